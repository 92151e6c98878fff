#include "images/picture_budget.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

constexpr uint64_t kBytesPerPixel = 4;
constexpr int kSlidesAtOnce = 3;  // leaving, coming and next
constexpr int kBoxStep = 64;      // how the UI rounds a picture's box up

uint64_t roundedUp(double pixels) {
    const auto whole = uint64_t(std::max(0.0, std::ceil(pixels)));
    return (whole + kBoxStep - 1) / kBoxStep * kBoxStep;
}

}  // namespace

uint64_t pictureCacheBudget(int width, int height, float slideZoom) {
    const double zoom = std::max(1.0f, slideZoom);
    const uint64_t slide = roundedUp(width * zoom) * roundedUp(height * zoom) * kBytesPerPixel;
    const uint64_t screenful = roundedUp(width) * roundedUp(height) * kBytesPerPixel;
    return std::max(kLeastPictureBudget, kSlidesAtOnce * slide + screenful);
}

}  // namespace kiosk
