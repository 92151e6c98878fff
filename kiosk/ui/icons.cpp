#include "icons.hpp"

#include <cmath>
#include <initializer_list>

namespace kiosk::ui {

namespace {
ImVec2 at(const Rect& b, float fx, float fy) {
    return ImVec2(b.x + b.w * fx, b.y + b.h * fy);
}

// Each icon fills the box `b`; drawIcon picks one stroke width for them all,
// so that their lines match.

void drawHome(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    const ImVec2 roof[] = {at(b, 0.1f, 0.5f), at(b, 0.5f, 0.12f), at(b, 0.9f, 0.5f)};
    list.AddPolyline(roof, 3, color, 0, stroke);
    list.AddRect(at(b, 0.22f, 0.45f), at(b, 0.78f, 0.88f), color, 0, 0, stroke);
}

void drawChevronLeft(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    const ImVec2 pts[] = {at(b, 0.62f, 0.15f), at(b, 0.3f, 0.5f), at(b, 0.62f, 0.85f)};
    list.AddPolyline(pts, 3, color, 0, stroke * 1.2f);
}

void drawChevronRight(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    const ImVec2 pts[] = {at(b, 0.38f, 0.15f), at(b, 0.7f, 0.5f), at(b, 0.38f, 0.85f)};
    list.AddPolyline(pts, 3, color, 0, stroke * 1.2f);
}

void drawTimeline(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    list.AddLine(at(b, 0.05f, 0.5f), at(b, 0.95f, 0.5f), color, stroke);
    for (float fx : {0.2f, 0.5f, 0.8f}) list.AddCircleFilled(at(b, fx, 0.5f), b.w * 0.1f, color);
    list.AddLine(at(b, 0.2f, 0.5f), at(b, 0.2f, 0.22f), color, stroke);
    list.AddLine(at(b, 0.8f, 0.5f), at(b, 0.8f, 0.22f), color, stroke);
    list.AddLine(at(b, 0.5f, 0.5f), at(b, 0.5f, 0.78f), color, stroke);
}

void drawStar(ImDrawList& list, const Rect& b, ImU32 color) {
    ImVec2 pts[10];
    for (int i = 0; i < 10; ++i) {
        const float angle = float(M_PI) * (-0.5f + i * 0.2f);
        const float r = (i % 2 == 0 ? 0.45f : 0.19f);
        pts[i] = ImVec2(b.x + b.w * (0.5f + r * std::cos(angle)),
                        b.y + b.h * (0.54f + r * std::sin(angle)));
    }
    // A star is concave: fill the inner pentagon, then the five points.
    const ImVec2 inner[] = {pts[1], pts[3], pts[5], pts[7], pts[9]};
    list.AddConvexPolyFilled(inner, 5, color);
    for (int i = 0; i < 10; i += 2)
        list.AddTriangleFilled(pts[i], pts[(i + 9) % 10], pts[(i + 1) % 10], color);
}

// The international accessibility symbol (the United Nations' figure): a
// ring, the head, arms open wide and legs apart, recognised in every language.
void drawAccess(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    list.AddCircle(at(b, 0.5f, 0.5f), b.w * 0.47f, color, 32, stroke);
    list.AddCircleFilled(at(b, 0.5f, 0.22f), b.w * 0.075f, color);
    list.AddLine(at(b, 0.22f, 0.36f), at(b, 0.78f, 0.36f), color, stroke);
    list.AddLine(at(b, 0.5f, 0.36f), at(b, 0.5f, 0.6f), color, stroke);
    list.AddLine(at(b, 0.5f, 0.6f), at(b, 0.34f, 0.82f), color, stroke);
    list.AddLine(at(b, 0.5f, 0.6f), at(b, 0.66f, 0.82f), color, stroke);
}

void drawMap(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    list.AddCircle(at(b, 0.5f, 0.38f), b.w * 0.28f, color, 24, stroke);
    const ImVec2 tip[] = {at(b, 0.26f, 0.52f), at(b, 0.5f, 0.92f), at(b, 0.74f, 0.52f)};
    list.AddPolyline(tip, 3, color, 0, stroke);
    list.AddCircleFilled(at(b, 0.5f, 0.38f), b.w * 0.1f, color);
}

void drawPartners(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    list.AddCircle(at(b, 0.36f, 0.5f), b.w * 0.26f, color, 24, stroke);
    list.AddCircle(at(b, 0.64f, 0.5f), b.w * 0.26f, color, 24, stroke);
}

void drawNumbers(ImDrawList& list, const Rect& b, ImU32 color) {
    list.AddRectFilled(at(b, 0.12f, 0.55f), at(b, 0.3f, 0.9f), color);
    list.AddRectFilled(at(b, 0.41f, 0.32f), at(b, 0.59f, 0.9f), color);
    list.AddRectFilled(at(b, 0.7f, 0.1f), at(b, 0.88f, 0.9f), color);
}

void drawInfo(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    list.AddCircle(at(b, 0.5f, 0.5f), b.w * 0.44f, color, 32, stroke);
    list.AddCircleFilled(at(b, 0.5f, 0.3f), b.w * 0.07f, color);
    list.AddLine(at(b, 0.5f, 0.45f), at(b, 0.5f, 0.76f), color, stroke * 1.2f);
}
// Four corner brackets, a viewfinder around the whole, with a dot at its
// centre: "show everything", not "go home".
void drawFitExtent(ImDrawList& list, const Rect& b, ImU32 color, float stroke) {
    const float arm = 0.28f;
    for (float fx : {0.1f, 0.9f})
        for (float fy : {0.1f, 0.9f}) {
            const float dx = fx < 0.5f ? arm : -arm, dy = fy < 0.5f ? arm : -arm;
            const ImVec2 corner[] = {at(b, fx, fy + dy), at(b, fx, fy), at(b, fx + dx, fy)};
            list.AddPolyline(corner, 3, color, 0, stroke);
        }
    list.AddCircleFilled(at(b, 0.5f, 0.5f), b.w * 0.1f, color);
}
}  // namespace

void drawIcon(ImDrawList& list, Icon icon, const Rect& b, ImU32 color) {
    const float stroke = std::max(2.0f, b.w * 0.09f);
    switch (icon) {
        case Icon::None:
            break;
        case Icon::Home:
            drawHome(list, b, color, stroke);
            break;
        case Icon::Back:
        case Icon::ChevronLeft:
            drawChevronLeft(list, b, color, stroke);
            break;
        case Icon::ChevronRight:
            drawChevronRight(list, b, color, stroke);
            break;
        case Icon::Timeline:
            drawTimeline(list, b, color, stroke);
            break;
        case Icon::Star:
            drawStar(list, b, color);
            break;
        case Icon::Map:
            drawMap(list, b, color, stroke);
            break;
        case Icon::Partners:
            drawPartners(list, b, color, stroke);
            break;
        case Icon::Numbers:
            drawNumbers(list, b, color);
            break;
        case Icon::Info:
            drawInfo(list, b, color, stroke);
            break;
        case Icon::FitExtent:
            drawFitExtent(list, b, color, stroke);
            break;
        case Icon::Access:
            drawAccess(list, b, color, stroke);
            break;
    }
}

}  // namespace kiosk::ui
