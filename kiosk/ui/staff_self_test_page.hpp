#pragma once
#include <vector>

#include "input/touch_calibration.hpp"
#include "staff/staff_services.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// The staff panel's self-test page: the pack checked again against its
// manifest, every text's glyphs against the live fonts, a test tone on each
// loudspeaker, and a touch grid that checks the screen's rotation and
// calibration. The checks run as staff jobs; the page draws their progress
// and results, and holds the touch grid's taps.
class StaffSelfTestPage {
  public:
    void draw(const UiContext& ui, const Rect& area, StaffServices& services);
    // The touch grid is up: it takes the whole screen, and the panel draws
    // nothing else (its buttons would take the taps meant for the targets).
    bool coversScreen() const { return gridUp_; }
    void drawGrid(const UiContext& ui, StaffSelfTest& test);
    // Drops a grid left half tapped (the panel closed); its last verdict stays.
    void cancelGrid() { gridUp_ = false; }

  private:
    // Each returns the height it used.
    float drawCheckButtons(const UiContext& ui, float x, float y, float w, StaffSelfTest& test);
    float drawPackResult(const UiContext& ui, float x, float y, float w, StaffServices& services,
                         StaffSelfTest& test);
    float drawGlyphResult(const UiContext& ui, float x, float y, float w, StaffServices& services,
                          StaffSelfTest& test);
    float drawToneSection(const UiContext& ui, float x, float y, float w, StaffSelfTest& test);
    float drawTouchButton(const UiContext& ui, float x, float y, float w);
    void drawTouchResult(const UiContext& ui, float x, float y, float w, float h);
    void drawGridMap(const UiContext& ui, const Rect& map) const;

    bool gridUp_ = false;
    Rect gridScreen_;  // the screen the taps were made on
    std::vector<Point> targets_;
    std::vector<Point> taps_;
    std::optional<TouchGridVerdict> verdict_;
};

}  // namespace kiosk::ui
