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
    // A QR code's module on the screen: a phone held 25 to 40 cm from the
    // glass reads 1 mm modules surely (the kiosk draws at least 1.2 mm where
    // there is room: qr/qr_sizing.hpp).
    double codeModuleMm = 1.0;
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

struct CodeFinding {
    std::string link;
    int modules = 0;      // across, with its quiet zone
    double moduleMm = 0;  // one module on the real screen
    double sideMm = 0;    // the whole code, quiet zone included
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
    std::vector<CodeFinding> codes;  // every QR code that shows, as drawn
    bool targetTooSmall = false;
    bool textTooSmall = false;
    bool codeTooSmall = false;
    bool passes() const {
        return !targetTooSmall && !textTooSmall && !codeTooSmall && outOfReach.empty();
    }
};

// Measures what `inventory` recorded of one frame on `screen`. Only what
// shows counts: targets and text are cut to the screen's edges first, and
// what lies wholly off it is left out. A target cut by an edge (its list's
// or the screen's) counts for reach but not as the smallest: scrolled into
// view, it is whole.
ScreenAccess measureScreen(const ScreenInventory& inventory, const ScreenGeometry& screen,
                           const AccessMinimums& minimums = {});

}  // namespace kiosk
