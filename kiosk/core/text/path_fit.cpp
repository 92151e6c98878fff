#include "text/path_fit.hpp"

#include <algorithm>

namespace kiosk {

PathFit fitPathFromLeft(const std::vector<float>& widths, float separator, float ellipsis,
                        float maxWidth) {
    PathFit fit;
    if (widths.empty()) return fit;
    const size_t last = widths.size() - 1;
    fit.first = last;
    fit.lastItemWidth = std::min(widths[last], std::max(0.0f, maxWidth));
    if (widths[last] > maxWidth) return fit;  // the current item alone, cut at its end
    float used = widths[last];
    // Earlier items join from the right while they fit, keeping room for the
    // ellipsis as long as any item is still left out.
    while (fit.first > 0) {
        const float next = used + widths[fit.first - 1] + separator;
        const bool allShown = fit.first - 1 == 0;
        const float reserve = allShown ? 0.0f : ellipsis + separator;
        if (next + reserve > maxWidth) break;
        used = next;
        --fit.first;
    }
    fit.ellipsis = fit.first > 0 && used + ellipsis + separator <= maxWidth;
    return fit;
}

}  // namespace kiosk
