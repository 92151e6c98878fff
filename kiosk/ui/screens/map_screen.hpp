#pragma once
#include <string>

#include "geo/map_view.hpp"
#include "map_painter.hpp"
#include "screen.hpp"
#include "screens/map_panel.hpp"

namespace kiosk::ui {

// The partner map: Japan from boundary data, every association's members in
// its colour, the 23 wards as the hub. Tap a region (exact hit test) or a
// legend entry to select an association: the map flies to it, its members
// light up one by one and the panel lists them. Drag pans, double tap and the
// buttons zoom. With an association id as parameter (a partner card) it opens
// flying to that association. A pack without map data shows the panel alone.
class MapScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void enter(const std::string& param, double now) override;
    void reset() override;
    bool animating(double now) const override;
    double settleSeconds() const override { return 3.0; }
    // With an association selected, the header's path names it.
    std::vector<std::string> headingParts(const UiContext& ui) const override;
    // Back with an association selected returns to the legend, not to the previous screen.
    bool stepBack() override;

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    Intent drawList(const UiContext& ui);
    // The members' colours with the selection revealed and the tapped municipality marked.
    MapPaint selectionPaint(const UiContext& ui);
    void drawMapControls(const UiContext& ui, const Rect& viewport);
    void handleMapTouch(const UiContext& ui, const MapData& map, const Rect& viewport);
    void select(const std::string& associationId, const UiContext& ui, const MapData& map);
    void showAll();
    // Fits the camera to the country when the viewport's size changes (first
    // frame, another screen shape) and follows it when it only moves (the
    // screen sliding in), keeping the selection in view.
    void placeCamera(const MapData& map, const Rect& viewport);

    MapPanel panel_;
    MapCamera camera_;
    Rect fittedViewport_;
    bool fitted_ = false;
    std::string selected_;    // association id
    std::string pickedCode_;  // municipality tapped
    double selectedAt_ = -1e9;
    bool pendingParamSelection_ = false;
    // The members' colours, derived once per pack rather than every frame.
    MapPaint basePaint_;
    const Pack* basePaintPack_ = nullptr;
};

}  // namespace kiosk::ui
