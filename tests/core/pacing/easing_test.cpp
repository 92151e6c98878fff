#include <catch2/catch.hpp>

#include "pacing/easing.hpp"

using namespace kiosk;

TEST_CASE("an eased motion starts at 0, ends at 1 and stays there outside 0..1") {
    for (auto ease : {easeOutCubic<double>, easeInOutCubic<double>}) {
        CHECK(ease(0.0) == 0.0);
        CHECK(ease(1.0) == 1.0);
        CHECK(ease(-3.0) == 0.0);  // a motion not begun yet
        CHECK(ease(7.5) == 1.0);   // a motion long over
    }
}

TEST_CASE("an eased motion only ever moves forward") {
    for (auto ease : {easeOutCubic<float>, easeInOutCubic<float>}) {
        float last = 0.0f;
        for (int i = 0; i <= 1000; ++i) {
            const float p = ease(i / 1000.0f);
            CHECK(p >= last);
            CHECK(p <= 1.0f);
            last = p;
        }
    }
}

TEST_CASE("ease-out is fast at first and settles gently") {
    CHECK(easeOutCubic(0.5) == Approx(0.875));  // 1 - 0.5^3
    CHECK(easeOutCubic(0.1) == Approx(0.271));  // 1 - 0.9^3: a quarter there in a tenth of the time
    CHECK(easeOutCubic(0.9) == Approx(0.999));
}

TEST_CASE("ease-in-out is slow at both ends and halfway at half time") {
    CHECK(easeInOutCubic(0.5) == Approx(0.5));
    CHECK(easeInOutCubic(0.1) == Approx(0.004));  // 4 * 0.1^3
    CHECK(easeInOutCubic(0.9) == Approx(0.996));
    CHECK(easeInOutCubic(0.25) == Approx(1.0 - easeInOutCubic(0.75)));  // symmetric
}
