#include "atlas_plan.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

int powerOfTwoAtLeast(double value) {
    int p = 1;
    while (p < value && p < (1 << 30)) p *= 2;
    return p;
}

int powerOfTwoAtMost(int value) {
    int p = 1;
    while (p * 2 <= value) p *= 2;
    return p;
}

// Texels the glyphs take with every size capped at `cap`, as packed
// (padding and the packer's waste included).
double packedArea(const std::vector<AtlasFont>& fonts, const AtlasLimits& limits, float cap) {
    double area = 0;
    for (const AtlasFont& font : fonts) {
        const double side =
            std::ceil(double(std::min(font.pixels, cap)) * limits.glyphSide) + limits.padding;
        area += double(font.glyphs) * side * side;
    }
    return area / limits.packedShare;
}

}  // namespace

AtlasPlan planGlyphAtlas(const std::vector<AtlasFont>& fonts, const AtlasLimits& limits) {
    // The widest atlas allowed (ImGui wants a power of two), as tall as allowed.
    const int widest = powerOfTwoAtMost(std::max(1, limits.maxSide));
    const double room = double(widest) * double(limits.maxSide);
    float largest = limits.minPixels;
    for (const AtlasFont& font : fonts) largest = std::max(largest, font.pixels);

    AtlasPlan plan;
    float cap = std::min(largest, std::max(limits.minPixels, limits.maxRasterPixels));
    if (packedArea(fonts, limits, cap) > room) {
        // The greatest whole pixel size that fits: area grows with the cap.
        int fitting = int(std::ceil(limits.minPixels)) - 1, tooBig = int(std::ceil(cap));
        while (tooBig - fitting > 1) {
            const int middle = fitting + (tooBig - fitting) / 2;
            (packedArea(fonts, limits, float(middle)) <= room ? fitting : tooBig) = middle;
        }
        cap = float(std::max(fitting, int(std::ceil(limits.minPixels))));
    }
    if (cap < largest) plan.capPixels = cap;
    const double area = packedArea(fonts, limits, cap);
    plan.fits = area <= room;
    for (const AtlasFont& font : fonts) plan.rasterPixels.push_back(std::min(font.pixels, cap));
    plan.width = std::min(widest, powerOfTwoAtLeast(std::sqrt(area)));
    plan.expectedHeight = int(std::ceil(area / plan.width));
    return plan;
}

}  // namespace kiosk
