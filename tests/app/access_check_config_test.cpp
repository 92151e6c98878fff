// The screen the access check and the reach mode measure: the configured one,
// else the lobby's.
#include <catch2/catch.hpp>

#include "access_check.hpp"

using namespace kiosk;

TEST_CASE("The configured screen's size and height are the ones measured") {
    DisplayConfig display;
    display.diagonalInches = 43;
    display.bottomEdgeMm = 700;
    const PhysicalScreen p = physicalScreenOf(display);
    CHECK(p.configured);
    CHECK(p.diagonalInches == 43.0);
    CHECK(p.bottomEdgeMm == 700.0);
}

TEST_CASE("What the configuration leaves out is the lobby's screen's, and it is said so") {
    const PhysicalScreen none = physicalScreenOf(DisplayConfig{});
    CHECK_FALSE(none.configured);
    CHECK(none.diagonalInches == lobbyScreen().diagonalInches);
    CHECK(none.bottomEdgeMm == lobbyScreen().bottomEdgeMm);
    DisplayConfig sizeOnly;
    sizeOnly.diagonalInches = 32;
    const PhysicalScreen p = physicalScreenOf(sizeOnly);
    CHECK_FALSE(p.configured);
    CHECK(p.diagonalInches == 32.0);
    CHECK(p.bottomEdgeMm == 900.0);
}
