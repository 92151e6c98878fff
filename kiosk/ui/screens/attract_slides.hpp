#pragma once
#include "content/agreement_years.hpp"
#include "picture.hpp"
#include "session/attract_playlist.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Full-screen slides of the attract loop, each drawn into `r` (which slides in
// and out during transitions). `progress` runs 0..1 over the slide's time and
// drives its slow movement.
// Slowly drifting and growing circles behind a slide: the attract loop's pan
// and zoom when the slide has no picture of its own.
void drawBackdrop(const UiContext& ui, const Rect& r, double progress, uint32_t tint);
// The backdrop's gradient alone, for a slide whose figures must stand clear.
void drawPlainBackdrop(const UiContext& ui, const Rect& r);
void drawTitleSlide(const UiContext& ui, const Rect& r, double secondsShown);
void drawEventSlide(const UiContext& ui, const Rect& r, const Event& event, double progress);
// How far an event slide's picture zooms, and its pan and zoom at `progress`;
// the attract screen asks for the next slide's picture with the same motion.
constexpr float kSlideZoom = 1.12f;
PanZoom eventSlideMotion(const Event& event, double progress);
void drawNumbersSlide(const UiContext& ui, const Rect& r, double progress);
void drawPartnersSlide(const UiContext& ui, const Rect& r, double progress);
// The partners' growth as a time-lapse: associations light up on the map by
// agreement date over `span` (agreementYears of the pack), and the counter
// lands on each year's total.
void drawGrowthSlide(const UiContext& ui, const Rect& r, double progress, YearSpan span);

// Dispatches on the slide's type.
void drawAttractSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                      double progress, double secondsIn);

}  // namespace kiosk::ui
