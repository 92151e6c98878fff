// Class 10: a soak that cried wolf. `kiosk --soak 72` failed its own check
// (+4,100 KiB against 2,048) although memory was flat from the 29th simulated
// hour on: the baseline was taken before the picture cache had filled (43 of
// 44 pictures). The baseline is now the last time the cache grew, and the
// check stays strict: a leak of 1 MiB a day still fails.
#include <catch2/catch.hpp>

#include "runtime/soak_memory.hpp"

using kiosk::SoakMemoryJudge;
using kiosk::SoakMemorySample;

namespace {

constexpr long kStartKiB = 153264;
constexpr uint64_t kPictureBytes = 256 * 1024;

// An hourly sample as the soak takes it after each visitor, over `hours`.
// The cache holds 43 pictures until `fillsAt`, then 44 with memory a step of
// `stepKiB` higher; on top of that `leakPerDay` KiB a day.
SoakMemoryJudge soak(double hours, double fillsAt, long stepKiB, double leakPerDay) {
    SoakMemoryJudge judge;  // the default limits: 2,048 KiB, 512 KiB a day
    for (int h = 0; h <= int(hours); ++h) {
        const bool filled = h >= fillsAt;
        SoakMemorySample s;
        s.hours = h;
        s.cachedPictures = filled ? 44 : 43;
        s.cachedPictureBytes = s.cachedPictures * kPictureBytes;
        s.residentKiB = kStartKiB + (filled ? stepKiB : 0) + long(leakPerDay * h / 24.0);
        judge.add(s);
    }
    return judge;
}

}  // namespace

TEST_CASE("soak baseline: the cache filling at hour 29 is not a leak") {
    const auto judge = soak(72, 29, 4100, 0);
    CHECK(judge.growthSinceStartKiB() == 4100);  // what the soak once held against 2,048
    CHECK(judge.baseline().hours == 29);
    CHECK(judge.baseline().cachedPictures == 44);
    CHECK(judge.growthKiB() == 0);
    CHECK(judge.withinLimits());
}

TEST_CASE("soak baseline: a leak of 1 MiB a day fails, however late the cache filled") {
    CHECK_FALSE(soak(72, 0, 0, 1024).withinLimits());
    CHECK_FALSE(soak(72, 29, 4100, 1024).withinLimits());
    CHECK_FALSE(soak(72, 50, 4100, 1024).withinLimits());
    double perDay = 0;
    REQUIRE(soak(72, 29, 4100, 1024).trendKiBPerDay(perDay));
    CHECK(perDay == Approx(1024).margin(30));
}

TEST_CASE("soak baseline: growth past the limit after the baseline fails at once") {
    CHECK_FALSE(soak(2, 0, 0, 30000).withinLimits());  // 2.5 MB in two hours
    CHECK(soak(2, 0, 0, 0).withinLimits());
}

TEST_CASE("soak baseline: a short soak or a late baseline is judged on growth alone") {
    double perDay = 0;
    CHECK_FALSE(soak(2, 0, 0, 0).trendKiBPerDay(perDay));
    CHECK_FALSE(soak(72, 61, 4100, 0).trendKiBPerDay(perDay));
    CHECK(soak(72, 61, 4100, 0).withinLimits());
}

TEST_CASE("soak baseline: the summary names the baseline, the growth and the trend") {
    const auto line = soak(72, 29, 4100, 0).summary();
    CHECK(line.find("baseline at 29.0 simulated h") != std::string::npos);
    CHECK(line.find("44 pictures") != std::string::npos);
    CHECK(line.find("+4100 KiB since the start") != std::string::npos);
    CHECK(line.find("KiB a day over the last 21.5 h") != std::string::npos);
}
