#include <catch2/catch.hpp>
#include <set>

#include "pacing/motion_steps.hpp"

using namespace kiosk;

TEST_CASE("a stepped motion takes exactly its steps, in order, from start to end") {
    std::set<double> seen;
    double last = -1.0;
    for (int i = 0; i <= 6000; ++i) {  // 10 s at 600 frames a second
        const double p = steppedProgress(i / 6000.0, 60);
        CHECK(p >= last);
        last = p;
        seen.insert(p);
    }
    CHECK(seen.size() == 61);  // 0, 1/60, ..., 1
    CHECK(*seen.begin() == 0.0);
    CHECK(*seen.rbegin() == 1.0);
}

TEST_CASE("a stepped motion holds between steps and jumps at them") {
    CHECK(steppedProgress(0.249, 4) == 0.0);
    CHECK(steppedProgress(0.25, 4) == 0.25);
    CHECK(steppedProgress(0.3, 4) == 0.25);
    CHECK(steppedProgress(0.75, 4) == 0.75);  // 0.75 * 4 is exactly 3
}

TEST_CASE("stepped progress stays within 0..1 and passes through without steps") {
    CHECK(steppedProgress(-0.5, 10) == 0.0);
    CHECK(steppedProgress(1.7, 10) == 1.0);
    CHECK(steppedProgress(0.123, 0) == Approx(0.123));
}
