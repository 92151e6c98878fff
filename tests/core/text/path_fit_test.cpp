// The header's path shortens from the left and never cuts the current item's
// beginning.
#include <catch2/catch.hpp>

#include "text/path_fit.hpp"

using kiosk::fitPathFromLeft;
using kiosk::PathFit;

TEST_CASE("a path that fits shows whole") {
    const PathFit fit = fitPathFromLeft({100, 60, 200}, 20, 30, 500);
    CHECK(fit.first == 0);
    CHECK_FALSE(fit.ellipsis);
    CHECK(fit.lastItemWidth == 200);
}

TEST_CASE("a long path gives way from the left, behind an ellipsis") {
    // 100 + 20 + 60 + 20 + 200 = 400 > 350: the first item goes, "… › 60 › 200" is 330.
    const PathFit fit = fitPathFromLeft({100, 60, 200}, 20, 30, 350);
    CHECK(fit.first == 1);
    CHECK(fit.ellipsis);
    CHECK(fit.lastItemWidth == 200);
}

TEST_CASE("the current item alone is cut at its end, never at its beginning") {
    const PathFit fit = fitPathFromLeft({100, 60, 900}, 20, 30, 500);
    CHECK(fit.first == 2);
    CHECK_FALSE(fit.ellipsis);
    CHECK(fit.lastItemWidth == 500);
}

TEST_CASE("the current item and an ellipsis when nothing earlier fits beside it") {
    const PathFit fit = fitPathFromLeft({300, 400}, 20, 30, 460);
    CHECK(fit.first == 1);
    CHECK(fit.ellipsis);
    CHECK(fit.lastItemWidth == 400);
}

TEST_CASE("an empty path fits nothing") {
    const PathFit fit = fitPathFromLeft({}, 20, 30, 500);
    CHECK(fit.first == 0);
    CHECK_FALSE(fit.ellipsis);
}
