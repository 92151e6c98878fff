#pragma once
#include "session/attract_playlist.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// The attract loop's slides whose camera flies, both pure functions of the
// slide's time (see session/attract_tour.hpp and attract_spotlight.hpp).

// The timeline toured: the strip of event cards the timeline screen shows flies
// from its first year to each of the slide's stops in turn; each stop's date,
// category and title show large above the strip.
void drawTourSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide, double secondsIn);

// A partner region in the spotlight: the map flies from the whole country to
// the association's members, lights them in its colour one by one beside its
// name, prefecture, agreement date, member count and events, and flies back
// out. False when there is nothing to show (no map, unknown association).
bool drawSpotlightSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                        double secondsIn);

}  // namespace kiosk::ui
