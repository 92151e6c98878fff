#pragma once
#include "content/pack.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// One event's card on the timeline strip: its category's colour down the left
// edge, the date, the title and as much of the summary as fits. The timeline
// screen and the attract loop's tour draw the same cards.
// `fill` is the card's colour (pressed, or the tour's stop); `edge` 0..1 rings
// it in the category's colour.
void drawTimelineCard(const UiContext& ui, const Rect& card, const Event& event, uint32_t fill,
                      float edge = 0.0f);

// The header of a year's section: the Gregorian year large, the era beside
// it, a rule under both across the section's `width`.
void drawTimelineYearHeader(const UiContext& ui, float x, float y, float width, float headerHeight,
                            int year);

}  // namespace kiosk::ui
