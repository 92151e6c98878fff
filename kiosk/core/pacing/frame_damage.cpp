#include "pacing/frame_damage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk {

PixelBox unite(const PixelBox& a, const PixelBox& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

namespace {

// The pixels a primitive touches, widened by the margin and kept on screen.
PixelBox pixelsOf(const DrawPrimitive& p, int width, int height, int margin) {
    if (!(p.x1 > p.x0) || !(p.y1 > p.y0)) return {};  // a state change, or NaN
    const auto clampTo = [](float v, int hi) { return int(std::clamp(v, 0.0f, float(hi))); };
    PixelBox box{clampTo(std::floor(p.x0) - float(margin), width),
                 clampTo(std::floor(p.y0) - float(margin), height),
                 clampTo(std::ceil(p.x1) + float(margin), width),
                 clampTo(std::ceil(p.y1) + float(margin), height)};
    return box.empty() ? PixelBox{} : box;
}

// Adds a box to a short list, uniting it with one it overlaps or, when the
// list is full, uniting the pair whose union grows the least.
void addBox(std::vector<PixelBox>& boxes, const PixelBox& box, size_t maxBoxes) {
    if (box.empty()) return;
    for (PixelBox& b : boxes) {
        const PixelBox u = unite(b, box);
        if (u.area() <= b.area() + box.area()) {  // overlapping or touching: no waste
            b = u;
            return;
        }
    }
    boxes.push_back(box);
    while (boxes.size() > std::max<size_t>(maxBoxes, 1)) {
        size_t bestI = 0, bestJ = 1;
        long long bestGrowth = std::numeric_limits<long long>::max();
        for (size_t i = 0; i < boxes.size(); ++i)
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                const long long growth =
                    unite(boxes[i], boxes[j]).area() - boxes[i].area() - boxes[j].area();
                if (growth < bestGrowth) {
                    bestGrowth = growth;
                    bestI = i;
                    bestJ = j;
                }
            }
        boxes[bestI] = unite(boxes[bestI], boxes[bestJ]);
        boxes.erase(boxes.begin() + long(bestJ));
    }
}

}  // namespace

std::vector<PixelBox> frameDamage(const std::vector<DrawPrimitive>& before,
                                  const std::vector<DrawPrimitive>& after, int width, int height,
                                  const DamageSettings& settings) {
    const size_t shorter = std::min(before.size(), after.size());
    size_t prefix = 0;
    while (prefix < shorter && before[prefix].key == after[prefix].key) ++prefix;
    size_t suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix].key == after[after.size() - 1 - suffix].key)
        ++suffix;

    std::vector<PixelBox> boxes;
    const auto collect = [&](const std::vector<DrawPrimitive>& frame) {
        for (size_t i = prefix; i < frame.size() - suffix; ++i)
            addBox(boxes, pixelsOf(frame[i], width, height, settings.margin), settings.maxBoxes);
    };
    collect(before);
    collect(after);

    long long damaged = 0;
    for (const PixelBox& b : boxes) damaged += b.area();
    if (double(damaged) > settings.wholeScreenShare * double(width) * double(height))
        return {PixelBox{0, 0, width, height}};
    return boxes;
}

}  // namespace kiosk
