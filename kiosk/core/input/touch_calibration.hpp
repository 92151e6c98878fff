#pragma once
#include <optional>
#include <string>
#include <vector>

#include "input/pointer_event.hpp"

namespace kiosk {

// How taps relate to the targets they were meant for, as a transform of the
// picture: the touch panel may report its coordinates turned or mirrored
// relative to what is drawn (a panel mounted turned with the system rotating
// the picture but not the touch, or a controller with an axis reversed).
enum class TouchTransform {
    None,       // taps land on their targets
    Rotated90,  // taps land where the target would be with the picture turned 90° clockwise
    Rotated180,
    Rotated270,
    MirroredLeftRight,
    MirroredTopBottom,
    MirroredDiagonal,      // x and y swapped (top left to bottom right axis)
    MirroredAntiDiagonal,  // x and y swapped and both reversed
};

// The rotation in degrees clockwise a TouchTransform turns by; nothing for mirrors.
std::optional<int> rotationDegrees(TouchTransform transform);

// Where the transform puts a point of a screen `width` x `height` (in
// proportion to the screen, so that it works on landscape and portrait alike).
Point applyTransform(TouchTransform transform, Point p, float width, float height);

// The touch grid: nine targets at known points (the four corners, the middle
// of each edge and the centre), the outer ones 8 % of the shorter side in from
// the edges (a finger's reach into a bezel), in the order staff tap them: row
// by row from the top left.
std::vector<Point> touchGridTargets(float width, float height);

struct TargetJudgement {
    Point target;
    Point tap;
    float dx = 0.0f, dy = 0.0f;  // the tap minus the target, in px
    float distancePx = 0.0f;
    std::optional<double> distanceMm;  // when the screen's size is known
    bool close = false;                // within the tolerance
};

struct TouchGridVerdict {
    std::vector<TargetJudgement> targets;
    // The transform that best explains the taps; None when they land on
    // their targets or no transform explains them better.
    TouchTransform transform = TouchTransform::None;
    // The display.rotation that would make touch follow the picture (with
    // the system's own rotation of the picture off): set only for rotations.
    std::optional<int> suggestedRotation;
    // Every tap within the tolerance of its target.
    bool allClose = false;
    // The mean offset over all taps: a shift of the whole touch surface.
    float meanDx = 0.0f, meanDy = 0.0f;
};

struct TouchGridTolerance {
    // A tap this close to its target is on it: 5 mm when the screen's size
    // is known (a fingertip is 8 to 10 mm wide), else 2.5 % of the shorter side.
    double mm = 5.0;
    double fractionOfShortSide = 0.025;
};

// Judges taps (one per target, in the same order) on a screen `width` x
// `height` whose picture is turned by `currentRotation` (display.rotation);
// `mmPerPx` is 0 when the screen's diagonal is not configured.
TouchGridVerdict judgeTouchGrid(const std::vector<Point>& targets, const std::vector<Point>& taps,
                                float width, float height, int currentRotation, double mmPerPx,
                                const TouchGridTolerance& tolerance = {});

// The staff wording key that says it ("touch_rotated_90", "touch_mirrored_lr", ...).
const char* transformKey(TouchTransform transform);

}  // namespace kiosk
