// The hourly figures on a fake wall clock: which local hour and day a count
// lands in, and what a visit counts.
#include <catch2/catch.hpp>

#include "stats/visit_counter.hpp"
#include "stats/visit_figures.hpp"

using namespace kiosk;

namespace {

constexpr int kTokyo = 9 * 3600;

// 2026-12-03T00:00:00+09:00 (a Thursday).
constexpr UnixSeconds kDec3 = 1796223600;

VisitMoment at(UnixSeconds wall, SessionPhase phase, ScreenRef screen = {},
               Language language = Language::Japanese, AccessChoices access = {}) {
    VisitMoment m;
    m.phase = phase;
    m.screen = std::move(screen);
    m.language = language;
    m.access = access;
    m.wall = wall;
    return m;
}

}  // namespace

TEST_CASE("a moment falls in its local hour, and midnight in Tokyo starts the next day") {
    REQUIRE(toLocalTime(kDec3, kTokyo).secondOfDay == 0);
    const LocalHour midnight = localHourAt(kDec3, kTokyo);
    CHECK(midnight.date == CalendarDate{2026, 12, 3});
    CHECK(midnight.hour == 0);
    const LocalHour before = localHourAt(kDec3 - 1, kTokyo);
    CHECK(before.date == CalendarDate{2026, 12, 2});
    CHECK(before.hour == 23);
    CHECK(localHourAt(kDec3 + 3599, kTokyo).hour == 0);
    CHECK(localHourAt(kDec3 + 3600, kTokyo).hour == 1);
    // The same instant in UTC is still the 2nd, at 15:00.
    const LocalHour utc = localHourAt(kDec3, 0);
    CHECK(utc.date == CalendarDate{2026, 12, 2});
    CHECK(utc.hour == 15);
    CHECK(weekdayOf({2026, 12, 3}) == 3);
    CHECK(weekdayOf({2026, 12, 6}) == 6);
    CHECK(weekdayOf({2026, 12, 7}) == 0);
}

TEST_CASE("a tally merges counts per hour, kind and name, and empties when taken") {
    HourlyTally tally;
    const LocalHour ten{{2026, 12, 3}, 10}, eleven{{2026, 12, 3}, 11};
    tally.add(eleven, FigureKind::Screen, "home");
    tally.add(ten, FigureKind::Screen, "home");
    tally.add(ten, FigureKind::Screen, "home", 2);
    tally.add(ten, FigureKind::Session, "");
    const auto counts = tally.take();
    CHECK(counts == std::vector<FigureCount>{{ten, FigureKind::Session, "", 1},
                                             {ten, FigureKind::Screen, "home", 3},
                                             {eleven, FigureKind::Screen, "home", 1}});
    CHECK(tally.empty());
    CHECK(tally.take().empty());
}

TEST_CASE("a visit counts once, with its screens, items, languages and access settings") {
    VisitCounter counter(kTokyo);
    HourlyTally tally;
    const UnixSeconds t = kDec3 + 10 * 3600 + 59 * 60;  // 10:59
    counter.observe(at(t, SessionPhase::Attract), tally);
    CHECK(tally.empty());  // the attract loop is nobody's visit
    counter.observe(at(t, SessionPhase::Active, {ScreenId::Home, {}}), tally);
    counter.observe(at(t + 1, SessionPhase::Active, {ScreenId::Home, {}}), tally);
    counter.observe(at(t + 5, SessionPhase::Active, {ScreenId::Event, "e1"}), tally);
    counter.observe(at(t + 9, SessionPhase::Active, {ScreenId::Event, "e2"}), tally);
    // Past 11:00: the rest counts in the next hour.
    counter.observe(at(t + 61, SessionPhase::Active, {ScreenId::Event, "e2"}, Language::English),
                    tally);
    AccessChoices larger;
    larger.textSize = TextSize::Larger;
    larger.highContrast = true;
    counter.observe(
        at(t + 70, SessionPhase::StillThere, {ScreenId::Home, {}}, Language::Japanese, larger),
        tally);
    counter.observe(
        at(t + 80, SessionPhase::Active, {ScreenId::Home, {}}, Language::English, larger), tally);
    const LocalHour ten{{2026, 12, 3}, 10}, eleven{{2026, 12, 3}, 11};
    CHECK(tally.take() == std::vector<FigureCount>{
                              {ten, FigureKind::Session, "", 1},
                              {ten, FigureKind::Screen, "event", 1},
                              {ten, FigureKind::Screen, "home", 1},
                              {ten, FigureKind::Item, "event:e1", 1},
                              {ten, FigureKind::Item, "event:e2", 1},
                              {ten, FigureKind::Language, "ja", 1},
                              {eleven, FigureKind::Screen, "home", 1},
                              {eleven, FigureKind::Language, "en", 1},
                              {eleven, FigureKind::Access, "contrast", 1},
                              {eleven, FigureKind::Access, "larger_text", 1},
                          });
    // The next visitor starts afresh: a session, its language again, no access yet.
    counter.observe(at(t + 200, SessionPhase::Attract), tally);
    counter.observe(at(t + 300, SessionPhase::Active, {ScreenId::Home, {}}), tally);
    CHECK(tally.take() == std::vector<FigureCount>{{eleven, FigureKind::Session, "", 1},
                                                   {eleven, FigureKind::Screen, "home", 1},
                                                   {eleven, FigureKind::Language, "ja", 1}});
}

TEST_CASE("without a wall clock nothing is counted") {
    VisitCounter counter(kTokyo);
    HourlyTally tally;
    VisitMoment m;
    m.phase = SessionPhase::Active;
    counter.observe(m, tally);
    CHECK(tally.empty());
}
