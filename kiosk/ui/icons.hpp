#pragma once
#include <imgui.h>

#include "input/rect.hpp"

namespace kiosk::ui {

// Simple vector icons drawn with the draw list, so that no icon font or image
// is needed and they stay sharp at every size.
enum class Icon {
    None,
    Home,
    Back,
    Timeline,
    Star,
    Map,
    Partners,
    Numbers,
    Info,
    ChevronLeft,
    ChevronRight,
    FitExtent,  // the whole map back in view: four corners framing a point
    Access      // the accessibility symbol: a figure with open arms in a ring
};

void drawIcon(ImDrawList& list, Icon icon, const kiosk::Rect& box, ImU32 color);

}  // namespace kiosk::ui
