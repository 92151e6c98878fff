// The crop of a picture that covers a box of another shape: around its focus
// point, never past its edges.
#include <catch2/catch.hpp>

#include "images/cover_window.hpp"

using namespace kiosk;

TEST_CASE("A 16:9 picture in a wide band keeps its focus point in view") {
    // 1280x720 in a 760x240 band: a third of its height shows.
    const float picture = 16.0f / 9.0f, band = 760.0f / 240.0f;
    const TextureWindow centred = coverWindow(picture, band, 0.5f, 0.5f);
    CHECK(centred.u0 == Approx(0.0f));
    CHECK(centred.u1 == Approx(1.0f));
    CHECK(centred.height() == Approx(picture / band));
    CHECK(centred.v0 == Approx(0.5f - centred.height() / 2));

    // Its subject near the top (Hokkaido on a map of Japan) is kept in the band.
    const TextureWindow north = coverWindow(picture, band, 0.5f, 0.3f);
    CHECK(north.v0 == Approx(0.3f - north.height() / 2));
    CHECK(north.v0 < centred.v0);
}

TEST_CASE("A focus point near an edge moves the crop only as far as the edge") {
    const TextureWindow top = coverWindow(16.0f / 9.0f, 4.0f, 0.5f, 0.0f);
    CHECK(top.v0 == Approx(0.0f));
    CHECK(top.height() == Approx((16.0f / 9.0f) / 4.0f));
    const TextureWindow right = coverWindow(16.0f / 9.0f, 1.0f, 1.0f, 0.5f);
    CHECK(right.u1 == Approx(1.0f));
    CHECK(right.width() == Approx(9.0f / 16.0f));
    CHECK(right.v0 == Approx(0.0f));
    CHECK(right.v1 == Approx(1.0f));
}

TEST_CASE("A picture of the box's own shape shows whole, wherever its focus") {
    const TextureWindow whole = coverWindow(1.5f, 1.5f, 0.9f, 0.1f);
    CHECK(whole.u0 == Approx(0.0f));
    CHECK(whole.v0 == Approx(0.0f));
    CHECK(whole.u1 == Approx(1.0f));
    CHECK(whole.v1 == Approx(1.0f));
}

TEST_CASE("Zooming in shrinks the window around the same point") {
    const TextureWindow zoomed = coverWindow(1.0f, 1.0f, 0.5f, 0.5f, 2.0f);
    CHECK(zoomed.u0 == Approx(0.25f));
    CHECK(zoomed.u1 == Approx(0.75f));
    // A zoom below 1 would uncover the box: it is taken as 1.
    const TextureWindow notLess = coverWindow(1.0f, 1.0f, 0.5f, 0.5f, 0.5f);
    CHECK(notLess.width() == Approx(1.0f));
}

TEST_CASE("A degenerate picture or box shows the whole picture") {
    const TextureWindow w = coverWindow(0.0f, 2.0f, 0.5f, 0.5f);
    CHECK(w.width() == Approx(1.0f));
    CHECK(w.height() == Approx(1.0f));
}
