#include "content/color_contrast.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

double channel(uint32_t rgb, int shift) {
    return double((rgb >> shift) & 255u) / 255.0;
}

// sRGB's transfer function undone, as WCAG 2.x writes it (0.03928 is the
// figure it gives; 0.04045 gives the same result for 8-bit channels).
double linear(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relativeLuminance(uint32_t rgb) {
    return 0.2126 * linear(channel(rgb, 16)) + 0.7152 * linear(channel(rgb, 8)) +
           0.0722 * linear(channel(rgb, 0));
}

double contrastRatio(uint32_t a, uint32_t b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

uint32_t blendOver(uint32_t over, uint32_t under, double alpha) {
    alpha = std::clamp(alpha, 0.0, 1.0);
    uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const double mixed = channel(over, shift) * alpha + channel(under, shift) * (1.0 - alpha);
        out |= uint32_t(std::lround(mixed * 255.0)) << shift;
    }
    return out;
}

bool isLargeText(double cssPixels, bool bold) {
    return cssPixels >= 24.0 || (bold && cssPixels >= 18.66);
}

}  // namespace kiosk
