#pragma once
#include "session/attract_playlist.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// A `qr` slide of the attract loop: the link's code large in the middle of
// `r`, under it the slide's caption (what the link is, when it has one),
// "Scan with your phone" and the link's host, over the plain backdrop. False
// when the pack has no code for the slide's link (the caller shows the title
// instead).
bool drawLinkSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide);

}  // namespace kiosk::ui
