#pragma once
#include "session/attract_call_to_action.hpp"
#include "session/attract_slide_layout.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// The attract loop's call to action on this screen, one part per language of
// the pack (the same layout the kiosk hit-tests a waking touch against).
CallToAction callToActionOn(const UiContext& ui);

// What the slides keep clear of: the call to action, or nothing in loop mode.
CallToAction slideCallToAction(const UiContext& ui);

// The grid an attract slide is laid out on (UiContext's margin and gutter).
SlideGrid slideGrid(const UiContext& ui);

// Where slide `r`'s content goes: within the grid, above the call to action.
Rect slideContentBox(const UiContext& ui, const Rect& r);

// The always-visible call to action: "タッチしてください" and "Touch to start",
// each large in its own part and its own language, pulsing gently.
void drawTouchPrompt(const UiContext& ui, double now);

}  // namespace kiosk::ui
