#pragma once
#include <optional>
#include <string>
#include <vector>

#include "access/screen_geometry.hpp"
#include "input/screen_inventory.hpp"

namespace kiosk {

// The least the kiosk holds itself to, with where each figure comes from.
struct AccessMinimums {
    // A touch target's shorter side: 20 mm keys were found as quick and sure
    // as 25 mm ones on a kiosk used standing, smaller ones slower and missed
    // more (Colle & Hiszem, "Standing at a kiosk", Ergonomics 47(13), 2004).
    double targetMm = 20.0;
    // Every text legible (legibility.hpp) from this far: a visitor within
    // reach of the screen reads it from half a metre to a metre, a seated one
    // at the far end, further from the top of a tall screen.
    double readingMm = 1000.0;
    ReachBand reach;
    // How much of a control must lie in the band to be touched there: a
    // fingertip's width (or all of a control smaller than that).
    double fingertipMm = 10.0;
};

struct TargetFinding {
    std::string label;
    double widthMm = 0, heightMm = 0;
    double shorterMm() const { return widthMm < heightMm ? widthMm : heightMm; }
};

struct TextFinding {
    std::string text;
    double typeMm = 0;
    double farthestMm = 0;  // the reading distance it suits
};

struct ReachFinding {
    std::string label;
    double lowMm = 0, highMm = 0;  // its lower and upper edge above the floor
    bool above = true;             // above the band (else below it)
};

// What one screen as drawn offers a visitor, measured on the real screen.
struct ScreenAccess {
    std::optional<TargetFinding> smallestTarget;
    std::optional<TextFinding> smallestText;
    std::vector<ReachFinding> outOfReach;
    bool targetTooSmall = false;
    bool textTooSmall = false;
    bool passes() const { return !targetTooSmall && !textTooSmall && outOfReach.empty(); }
};

// Measures what `inventory` recorded of one frame on `screen`. Only what
// shows counts: targets and text are cut to the screen's edges first, and
// what lies wholly off it is left out. A target cut by an edge (its list's
// or the screen's) counts for reach but not as the smallest: scrolled into
// view, it is whole.
ScreenAccess measureScreen(const ScreenInventory& inventory, const ScreenGeometry& screen,
                           const AccessMinimums& minimums = {});

}  // namespace kiosk
