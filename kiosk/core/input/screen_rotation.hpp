#pragma once
#include "input/pointer_event.hpp"

namespace kiosk {

// A panel mounted turned: the picture is drawn turned clockwise by `degrees`
// (0, 90, 180 or 270) on a panel of panelWidth x panelHeight pixels. The kiosk
// lays out in content coordinates (a portrait layout on a landscape panel
// turned by 90), and touches, which the panel reports in its own
// coordinates, are turned back so that they land where the picture is.
struct ScreenRotation {
    int degrees = 0;
    float panelWidth = 0.0f;
    float panelHeight = 0.0f;

    bool turned() const { return degrees % 360 != 0; }
    bool sideways() const { return degrees == 90 || degrees == 270; }
    float contentWidth() const { return sideways() ? panelHeight : panelWidth; }
    float contentHeight() const { return sideways() ? panelWidth : panelHeight; }

    // Where a point of the content lands on the panel.
    Point toPanel(Point content) const;
    // Where a touch on the panel is in the content.
    Point toContent(Point panel) const;
};

// True for the rotations a panel can be mounted at.
bool isRightAngle(int degrees);

}  // namespace kiosk
