#include <catch2/catch.hpp>

#include "text/text_template.hpp"

using namespace kiosk;

TEST_CASE("UI string placeholders are filled, unknown ones stay visible") {
    CHECK(fillTemplate("{n}市町村", {{"n", "144"}}) == "144市町村");
    CHECK(fillTemplate("Returning in {n} s", {{"n", "7"}}) == "Returning in 7 s");
    CHECK(fillTemplate("{a} and {b}", {{"b", "2"}, {"a", "1"}}) == "1 and 2");
    CHECK(fillTemplate("{missing} {n", {{"n", "1"}}) == "{missing} {n");
}

TEST_CASE("Counts are grouped by thousands") {
    CHECK(groupThousands(0) == "0");
    CHECK(groupThousands(372) == "372");
    CHECK(groupThousands(1004) == "1,004");
    CHECK(groupThousands(1234567) == "1,234,567");
}
