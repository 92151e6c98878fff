// Writes 30 days of made-up visitor figures into a figures database, the way
// the kiosk stores them, for the staff screenshots and the export test:
//   kiosk_fill_figures DATABASE TODAY(YYYY-MM-DD)
// Weekdays peak at lunch, weekends are busier all afternoon; the numbers
// come from a fixed seed, so every run writes the same.
#include <cstdio>
#include <random>

#include "stats/figure_store.hpp"

using namespace kiosk;

namespace {

// Visits expected at `hour` on a day of `weekday` (0 Monday).
double expectedVisits(int weekday, int hour) {
    if (hour < 9 || hour > 18) return 0;
    const bool weekend = weekday >= 5;
    const double lunch = hour == 12 || hour == 13 ? 2.0 : 1.0;
    return (weekend ? 6.0 : 3.0) * (weekend ? 1.0 : lunch);
}

std::vector<FigureCount> dayOfFigures(const CalendarDate& day, std::mt19937& random) {
    static const char* screens[] = {"home", "timeline", "map", "partners", "event"};
    static const char* languages[] = {"ja", "ja", "ja", "en", "zh-Hans", "ko"};
    std::vector<FigureCount> out;
    for (int hour = 0; hour < 24; ++hour) {
        std::poisson_distribution<long> visits(expectedVisits(weekdayOf(day), hour));
        const long n = visits(random);
        if (n == 0) continue;
        const LocalHour at{day, hour};
        out.push_back({at, FigureKind::Session, "", n});
        for (long i = 0; i < n; ++i) {
            out.push_back({at, FigureKind::Screen, screens[random() % 5], 1});
            out.push_back({at, FigureKind::Language, languages[random() % 6], 1});
            out.push_back(
                {at, FigureKind::Item, "event:" + std::to_string(2016 + random() % 8), 1});
            if (random() % 10 == 0) out.push_back({at, FigureKind::Access, "larger_text", 1});
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: kiosk_fill_figures DATABASE TODAY\n");
        return 2;
    }
    const auto today = parseIsoDate(argv[2], false);
    std::string problem, error;
    auto store = today ? FigureStore::open(argv[1], problem) : nullptr;
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", argv[1], today ? problem.c_str() : "TODAY is no date");
        return 1;
    }
    std::mt19937 random(20261203);
    for (int back = 29; back >= 0; --back)
        if (!store->add(dayOfFigures(addDays(*today, -back), random), error)) {
            std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
            return 1;
        }
    return 0;
}
