// Which tiles of a map's raster hold drawing: marked from boxes, shown as runs.
#include <catch2/catch.hpp>

#include <cmath>

#include "geo/tile_coverage.hpp"

using kiosk::TileCoverage;

namespace {
std::vector<TileCoverage::Run> runsOf(const TileCoverage& c) {
    return c.runs();
}
bool sameRun(const TileCoverage::Run& a, int row, int first, int end) {
    return a.row == row && a.first == first && a.end == end;
}
}  // namespace

TEST_CASE("A new coverage covers nothing and counts its edge tiles") {
    const TileCoverage c(100, 70, 32);  // 4 x 3 tiles, the last of each partly outside
    CHECK(c.columns() == 4);
    CHECK(c.rows() == 3);
    CHECK(runsOf(c).empty());
    CHECK_FALSE(c.covered(0, 0));
}

TEST_CASE("A box covers the tiles it touches, and no tile it only borders") {
    TileCoverage c(128, 128, 32);
    c.mark(10.0f, 40.0f, 64.0f, 50.0f);  // ends on column 2's first edge
    const auto runs = runsOf(c);
    REQUIRE(runs.size() == 1);
    CHECK(sameRun(runs[0], 1, 0, 2));
    CHECK_FALSE(c.covered(2, 1));
    c.mark(64.0f, 40.0f, 64.5f, 41.0f);  // half a pixel into column 2
    CHECK(c.covered(2, 1));
    CHECK(runsOf(c).size() == 1);  // one run of three now
}

TEST_CASE("Runs split at uncovered tiles and go row by row") {
    TileCoverage c(160, 64, 32);  // 5 x 2
    c.mark(0, 0, 20, 10);         // (0,0)
    c.mark(70, 5, 150, 10);       // (2..4, 0)
    c.mark(40, 40, 50, 60);       // (1, 1)
    const auto runs = runsOf(c);
    REQUIRE(runs.size() == 3);
    CHECK(sameRun(runs[0], 0, 0, 1));
    CHECK(sameRun(runs[1], 0, 2, 5));
    CHECK(sameRun(runs[2], 1, 1, 2));
}

TEST_CASE("Boxes reaching past the picture are clamped, and empty or invalid ones mark nothing") {
    TileCoverage c(100, 70, 32);
    c.mark(-50, -50, -1, -1);
    c.mark(200, 10, 300, 20);
    c.mark(10, 10, 10, 20);  // no width
    c.mark(std::nanf(""), 0, 20, 20);
    CHECK(runsOf(c).empty());
    c.mark(-10, 64, 1000, 1000);  // the whole last row, from its first pixel
    const auto runs = runsOf(c);
    REQUIRE(runs.size() == 1);
    CHECK(sameRun(runs[0], 2, 0, 4));
}

TEST_CASE("Everything marked covers every tile, those at the edges too, in a run a row") {
    TileCoverage c(100, 70, 32);
    c.mark(0, 0, 100, 70);
    const auto runs = runsOf(c);
    REQUIRE(runs.size() == 3);
    for (int row = 0; row < 3; ++row) CHECK(sameRun(runs[size_t(row)], row, 0, 4));
}
