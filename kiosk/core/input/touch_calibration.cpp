#include "input/touch_calibration.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

constexpr TouchTransform kAll[] = {
    TouchTransform::None,
    TouchTransform::Rotated90,
    TouchTransform::Rotated180,
    TouchTransform::Rotated270,
    TouchTransform::MirroredLeftRight,
    TouchTransform::MirroredTopBottom,
    TouchTransform::MirroredDiagonal,
    TouchTransform::MirroredAntiDiagonal,
};

float distance(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// The mean distance between each tap and where `transform` puts its target.
float meanError(TouchTransform transform, const std::vector<Point>& targets,
                const std::vector<Point>& taps, float width, float height) {
    float sum = 0.0f;
    for (size_t i = 0; i < taps.size(); ++i)
        sum += distance(taps[i], applyTransform(transform, targets[i], width, height));
    return taps.empty() ? 0.0f : sum / float(taps.size());
}

// The transform that explains the taps far better than none does, or None:
// a calibration a little off is an offset, not a rotation.
TouchTransform bestTransform(const std::vector<Point>& targets, const std::vector<Point>& taps,
                             float width, float height, float tolerancePx) {
    const float unchanged = meanError(TouchTransform::None, targets, taps, width, height);
    TouchTransform best = TouchTransform::None;
    float bestError = unchanged;
    for (const TouchTransform t : kAll) {
        const float error = meanError(t, targets, taps, width, height);
        if (error < bestError) {
            best = t;
            bestError = error;
        }
    }
    const bool clearlyBetter = bestError * 3.0f < unchanged && unchanged > 4.0f * tolerancePx;
    return clearlyBetter ? best : TouchTransform::None;
}

}  // namespace

std::optional<int> rotationDegrees(TouchTransform transform) {
    switch (transform) {
        case TouchTransform::None:
            return 0;
        case TouchTransform::Rotated90:
            return 90;
        case TouchTransform::Rotated180:
            return 180;
        case TouchTransform::Rotated270:
            return 270;
        default:
            return std::nullopt;
    }
}

Point applyTransform(TouchTransform transform, Point p, float width, float height) {
    // In proportions of the screen (u across, v down), then back to pixels.
    const float u = p.x / width, v = p.y / height;
    float x = u, y = v;
    switch (transform) {
        case TouchTransform::None:
            break;
        case TouchTransform::Rotated90:  // top left goes to top right
            x = 1 - v, y = u;
            break;
        case TouchTransform::Rotated180:
            x = 1 - u, y = 1 - v;
            break;
        case TouchTransform::Rotated270:  // top left goes to bottom left
            x = v, y = 1 - u;
            break;
        case TouchTransform::MirroredLeftRight:
            x = 1 - u;
            break;
        case TouchTransform::MirroredTopBottom:
            y = 1 - v;
            break;
        case TouchTransform::MirroredDiagonal:
            x = v, y = u;
            break;
        case TouchTransform::MirroredAntiDiagonal:
            x = 1 - v, y = 1 - u;
            break;
    }
    return {x * width, y * height};
}

std::vector<Point> touchGridTargets(float width, float height) {
    const float inset = 0.08f * std::min(width, height);
    const float xs[] = {inset, width / 2, width - inset};
    const float ys[] = {inset, height / 2, height - inset};
    std::vector<Point> targets;
    for (const float y : ys)
        for (const float x : xs) targets.push_back({x, y});
    return targets;
}

TouchGridVerdict judgeTouchGrid(const std::vector<Point>& targets, const std::vector<Point>& taps,
                                float width, float height, int currentRotation, double mmPerPx,
                                const TouchGridTolerance& tolerance) {
    TouchGridVerdict verdict;
    const size_t n = std::min(targets.size(), taps.size());
    const std::vector<Point> aimed(targets.begin(), targets.begin() + long(n));
    const std::vector<Point> landed(taps.begin(), taps.begin() + long(n));
    const float tolerancePx = mmPerPx > 0
                                  ? float(tolerance.mm / mmPerPx)
                                  : float(tolerance.fractionOfShortSide * std::min(width, height));
    verdict.allClose = n > 0;
    for (size_t i = 0; i < n; ++i) {
        TargetJudgement j;
        j.target = aimed[i];
        j.tap = landed[i];
        j.dx = j.tap.x - j.target.x;
        j.dy = j.tap.y - j.target.y;
        j.distancePx = std::hypot(j.dx, j.dy);
        if (mmPerPx > 0) j.distanceMm = j.distancePx * mmPerPx;
        j.close = j.distancePx <= tolerancePx;
        verdict.allClose = verdict.allClose && j.close;
        verdict.meanDx += j.dx / float(n);
        verdict.meanDy += j.dy / float(n);
        verdict.targets.push_back(j);
    }
    if (n == 0) return verdict;
    verdict.transform = bestTransform(aimed, landed, width, height, tolerancePx);
    if (const auto turn = rotationDegrees(verdict.transform); turn && *turn != 0)
        verdict.suggestedRotation = ((currentRotation + *turn) % 360 + 360) % 360;
    return verdict;
}

const char* transformKey(TouchTransform transform) {
    switch (transform) {
        case TouchTransform::None:
            return "touch_follows";
        case TouchTransform::Rotated90:
            return "touch_rotated_90";
        case TouchTransform::Rotated180:
            return "touch_rotated_180";
        case TouchTransform::Rotated270:
            return "touch_rotated_270";
        case TouchTransform::MirroredLeftRight:
            return "touch_mirrored_lr";
        case TouchTransform::MirroredTopBottom:
            return "touch_mirrored_tb";
        case TouchTransform::MirroredDiagonal:
            return "touch_mirrored_diagonal";
        case TouchTransform::MirroredAntiDiagonal:
            return "touch_mirrored_antidiagonal";
    }
    return "touch_follows";
}

}  // namespace kiosk
