#include <stb_image.h>

#include <catch2/catch.hpp>

#include "build/raster_canvas.hpp"

using namespace kiosk;

TEST_CASE("two triangles sharing an edge cover a square with no seam") {
    CoverageMask mask(10, 10);
    mask.addTriangle({2, 2}, {8, 2}, {8, 8});
    mask.addTriangle({2, 2}, {8, 8}, {2, 8});  // the other winding
    for (int y = 2; y < 8; ++y)
        for (int x = 2; x < 8; ++x) CHECK(mask.coverage(x, y) == 16);
    CHECK(mask.coverage(1, 5) == 0);
    CHECK(mask.coverage(8, 5) == 0);
    mask.clear();
    CHECK(mask.coverage(4, 4) == 0);
}

TEST_CASE("an edge through a pixel covers part of it") {
    CoverageMask mask(4, 4);
    mask.addTriangle({0, 0}, {4, 0}, {0, 4});  // the diagonal halves the pixels on it
    CHECK(mask.coverage(0, 0) == 16);
    CHECK(mask.coverage(1, 2) > 0);
    CHECK(mask.coverage(1, 2) < 16);
    CHECK(mask.coverage(3, 3) == 0);
}

TEST_CASE("a line is as thick as asked") {
    CoverageMask mask(20, 20);
    mask.addLine({0, 10}, {20, 10}, 2.0f);
    CHECK(mask.coverage(5, 9) == 16);
    CHECK(mask.coverage(5, 10) == 16);
    CHECK(mask.coverage(5, 8) == 0);
    CHECK(mask.coverage(5, 11) == 0);
}

TEST_CASE("painting blends through the coverage, over transparent or opaque pixels") {
    RasterCanvas canvas(4, 1);
    CoverageMask mask(4, 1);
    mask.addTriangle({0, -1}, {2, -1}, {0, 3});  // pixel 0 fully, pixel 1 partly
    mask.addTriangle({2, -1}, {2, 3}, {0, 3});
    canvas.paint(mask, 0xFF0000, 0.5f);
    const auto& p = canvas.rgba();
    CHECK(p[0] == 255);
    CHECK(p[3] == 128);  // half opaque red over nothing
    CHECK(p[8 + 3] == 0);
    canvas.fill(0x0000FF);
    canvas.paint(mask, 0xFF0000, 0.5f);
    CHECK(p[0] == 128);
    CHECK(p[2] == 128);
    CHECK(p[3] == 255);
}

TEST_CASE("a vertical gradient runs from the top colour to the bottom one") {
    RasterCanvas canvas(1, 3);
    canvas.fillVertical(0x000000, 0xFF00FF);
    CHECK(canvas.rgba()[0] == 0);
    CHECK(canvas.rgba()[4] == 128);
    CHECK(canvas.rgba()[8] == 255);
    CHECK(canvas.rgba()[10] == 255);
}

TEST_CASE("a canvas encodes as a PNG that decodes to the same pixels") {
    RasterCanvas canvas(7, 5);
    canvas.fillVertical(0x102030, 0xA0B0C0);
    CoverageMask mask(7, 5);
    mask.addTriangle({1, 1}, {6, 1}, {1, 4.5f});
    canvas.paint(mask, 0xEEB902, 0.8f);
    const std::string png = canvas.encodePng();
    REQUIRE(!png.empty());
    int w = 0, h = 0, channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(png.data()),
                                            int(png.size()), &w, &h, &channels, 4);
    REQUIRE(pixels);
    CHECK(w == 7);
    CHECK(h == 5);
    CHECK(std::equal(canvas.rgba().begin(), canvas.rgba().end(), pixels));
    stbi_image_free(pixels);
}
