#include "geo/tile_coverage.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

TileCoverage::TileCoverage(int width, int height, int tile)
    : width_(std::max(width, 0)), height_(std::max(height, 0)), tile_(std::max(tile, 1)) {
    columns_ = (width_ + tile_ - 1) / tile_;
    rows_ = (height_ + tile_ - 1) / tile_;
    covered_.assign(size_t(columns_) * size_t(rows_), 0);
}

void TileCoverage::mark(float x0, float y0, float x1, float y1) {
    // NaN fails both comparisons: such a box marks nothing.
    if (!(x1 > x0 && y1 > y0) || columns_ == 0 || rows_ == 0) return;
    if (x1 <= 0 || y1 <= 0 || x0 >= float(width_) || y0 >= float(height_)) return;
    const auto tileOf = [this](float at, int count) {
        return std::clamp(int(std::floor(at / float(tile_))), 0, count - 1);
    };
    // A box ending on a tile's first pixel edge does not reach into it.
    const int c0 = tileOf(x0, columns_), c1 = tileOf(std::nextafter(x1, x0), columns_);
    const int r0 = tileOf(y0, rows_), r1 = tileOf(std::nextafter(y1, y0), rows_);
    for (int r = r0; r <= r1; ++r)
        std::fill(covered_.begin() + r * columns_ + c0, covered_.begin() + r * columns_ + c1 + 1,
                  uint8_t(1));
}

bool TileCoverage::covered(int column, int row) const {
    if (column < 0 || row < 0 || column >= columns_ || row >= rows_) return false;
    return covered_[size_t(row) * size_t(columns_) + size_t(column)] != 0;
}

std::vector<TileCoverage::Run> TileCoverage::runs() const {
    std::vector<Run> out;
    for (int r = 0; r < rows_; ++r) {
        int c = 0;
        while (c < columns_) {
            while (c < columns_ && !covered(c, r)) ++c;
            const int first = c;
            while (c < columns_ && covered(c, r)) ++c;
            if (c > first) out.push_back({r, first, c});
        }
    }
    return out;
}

}  // namespace kiosk
