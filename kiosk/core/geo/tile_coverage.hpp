#pragma once
#include <cstdint>
#include <vector>

namespace kiosk {

// Which square tiles of a picture hold any drawing: a map's raster is land
// over clear sea, and under software OpenGL every texel a textured quad covers
// costs, clear or not. Shown as the runs of its covered tiles, a country-wide
// map composites a fraction of its quad. Marked from what was drawn into the
// picture (the bounds of its triangles), so a tile left out holds no drawing.
class TileCoverage {
  public:
    // One row's stretch of covered tiles, columns [first, end).
    struct Run {
        int row = 0, first = 0, end = 0;
    };

    TileCoverage() = default;
    // A picture of width x height pixels in tiles of `tile` pixels, none covered.
    TileCoverage(int width, int height, int tile);

    // Covers every tile the box [x0, x1) x [y0, y1) (pixels, clamped to the
    // picture) touches.
    void mark(float x0, float y0, float x1, float y1);
    bool covered(int column, int row) const;

    int width() const { return width_; }
    int height() const { return height_; }
    int tile() const { return tile_; }
    int columns() const { return columns_; }
    int rows() const { return rows_; }
    // Every row's runs, top to bottom: the quads that show the picture.
    std::vector<Run> runs() const;

  private:
    int width_ = 0, height_ = 0, tile_ = 1, columns_ = 0, rows_ = 0;
    std::vector<uint8_t> covered_;  // row-major, columns_ x rows_
};

}  // namespace kiosk
