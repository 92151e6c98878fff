#pragma once
#include <string>

#include "scroll_driver.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the visitor asked for in the map's panel this frame.
struct MapPanelChoice {
    std::string select;    // an association tapped in the legend
    bool showAll = false;  // "All partners": back to the legend
};

// The panel beside (landscape) or below (portrait) the partner map: the legend
// of associations, or the selected association with every member named. Its
// list scrolls under a fixed head (the prompt, or the way back to the legend)
// and shows that it does; names wrap rather than being cut.
class MapPanel {
  public:
    void resetScroll() { scroll_.reset(); }
    bool animating() const { return scroll_.scroll().animating(); }
    // `selected` null draws the legend; `pickedCode` is a municipality tapped on the map.
    MapPanelChoice draw(const UiContext& ui, const Rect& panel, const Association* selected,
                        const std::string& pickedCode);

  private:
    // Each draws its list from y (already scrolled) within `width`; returns the height used.
    float drawLegend(const UiContext& ui, float x, float y, float width, const Rect& visible,
                     MapPanelChoice& choice);
    float drawMembers(const UiContext& ui, const Association& as, const std::string& pickedCode,
                      float x, float y, float width) const;

    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

// The edge of the panel's controls (legend rows, the way back to the legend):
// over 3:1 against the panel, so that they read as controls, not as text.
uint32_t mapPanelControlEdge(const Theme& theme);

// The selected association's heading, agreement line and members, from (x, y)
// within `width`; returns the height used (also the map screen's list fallback).
float drawAssociationMembers(const UiContext& ui, const Association& as, float x, float y,
                             float width);

}  // namespace kiosk::ui
