#include "input/screen_rotation.hpp"

namespace kiosk {

bool isRightAngle(int degrees) {
    return degrees == 0 || degrees == 90 || degrees == 180 || degrees == 270;
}

Point ScreenRotation::toPanel(Point c) const {
    switch (degrees) {
        case 90:
            return {panelWidth - c.y, c.x};  // the content's left edge runs along the top
        case 180:
            return {panelWidth - c.x, panelHeight - c.y};
        case 270:
            return {c.y, panelHeight - c.x};
        default:
            return c;
    }
}

Point ScreenRotation::toContent(Point p) const {
    switch (degrees) {
        case 90:
            return {p.y, panelWidth - p.x};
        case 180:
            return {panelWidth - p.x, panelHeight - p.y};
        case 270:
            return {panelHeight - p.y, p.x};
        default:
            return p;
    }
}

}  // namespace kiosk
