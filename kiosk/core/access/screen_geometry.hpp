#pragma once
#include <string>

namespace kiosk {

// The screen as it hangs in the room: its size and how high its lower edge is.
struct PhysicalScreen {
    double diagonalInches = 55.0;  // the visible picture's diagonal
    double bottomEdgeMm = 900.0;   // the picture's lower edge above the floor
    // True when the configuration gave it; false: the lobby's screen assumed.
    bool configured = false;
};

// The lobby's own screen, assumed where the configuration gives none: a
// 55-inch panel, landscape, its lower edge 900 mm above the floor.
PhysicalScreen lobbyScreen();

// Where a wheelchair user can touch: an unobstructed forward reach from 15 in
// (380 mm) to 48 in (1,220 mm) above the floor (2010 ADA Standards for
// Accessible Design, 308.2.1; ICC A117.1 308.2.1 has the same band).
struct ReachBand {
    double lowMm = 380.0;
    double highMm = 1220.0;
};

// Pixels and millimetres on one screen, content side up: y grows downwards
// from the picture's top edge, as the kiosk lays out (a panel mounted turned
// is measured in its turned size). Pixels are taken to be square.
class ScreenGeometry {
  public:
    ScreenGeometry(const PhysicalScreen& physical, float widthPx, float heightPx);

    double mmPerPx() const { return mmPerPx_; }
    double mm(float px) const { return double(px) * mmPerPx_; }
    double widthMm() const { return mm(widthPx_); }
    double heightMm() const { return mm(heightPx_); }
    float widthPx() const { return widthPx_; }
    float heightPx() const { return heightPx_; }
    // How high above the floor the screen's row `y` is.
    double heightAboveFloorMm(float y) const;
    // The row that is `mm` above the floor (it may lie off the screen).
    float rowAt(double mm) const;
    const PhysicalScreen& physical() const { return physical_; }

  private:
    PhysicalScreen physical_;
    float widthPx_, heightPx_;
    double mmPerPx_;
};

// A row range of the screen, top to bottom, in pixels.
struct RowSpan {
    float top = 0, bottom = 0;
    float height() const { return bottom - top; }
    bool empty() const { return bottom <= top; }
};

// The part of the screen's height inside the reach band (empty when none is).
RowSpan reachableRows(const ScreenGeometry& screen, const ReachBand& band = {});

// "55-inch 1920x1080 landscape, lower edge 900 mm up".
std::string describe(const ScreenGeometry& screen);

}  // namespace kiosk
