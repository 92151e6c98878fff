#pragma once
#include <cstddef>
#include <vector>

namespace kiosk {

// How much of a header's path ("Timeline › 2016 › the event") fits a width.
// The path shortens from the left: the current (last) item always shows, from
// its beginning, and earlier items give way first, replaced by one ellipsis.
struct PathFit {
    size_t first = 0;       // index of the first item shown
    bool ellipsis = false;  // "…" and a separator stand before it
    float lastItemWidth =
        0.0f;  // the width the last item may take (less than its own: cut at its end)
};

// `widths`: each item's width; `separator`: the width between two items (and
// after the ellipsis); `ellipsis`: the ellipsis's width.
PathFit fitPathFromLeft(const std::vector<float>& widths, float separator, float ellipsis,
                        float maxWidth);

}  // namespace kiosk
