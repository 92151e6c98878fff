// Writes 30 days of made-up visitor figures into a figures database, the way
// the kiosk stores them, for the staff screenshots and the export test:
//   kiosk_fill_figures DATABASE TODAY(YYYY-MM-DD) [PACK]
// The items opened are the pack's first events (made-up ids without one).
// Weekdays peak at lunch, weekends are busier all afternoon; the numbers
// come from a fixed seed, so every run writes the same.
#include <cstdio>
#include <random>

#include "content/pack_loader.hpp"
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

// "event:<id>" for the first eight events of the pack at `dir` (none: made up).
std::vector<std::string> itemNames(const char* dir) {
    std::vector<std::string> names;
    const PackLoadResult loaded = dir ? loadPack(dir) : PackLoadResult{};
    if (loaded.pack)
        for (size_t i = 0; i < loaded.pack->events.size() && i < 8; ++i)
            names.push_back("event:" + loaded.pack->events[i].id);
    for (int i = int(names.size()); i < 8; ++i)
        names.push_back("event:" + std::to_string(2016 + i));
    return names;
}

std::vector<FigureCount> dayOfFigures(const CalendarDate& day,
                                      const std::vector<std::string>& items, std::mt19937& random) {
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
            out.push_back({at, FigureKind::Item, items[random() % items.size()], 1});
            if (random() % 10 == 0) out.push_back({at, FigureKind::Access, "larger_text", 1});
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: kiosk_fill_figures DATABASE TODAY [PACK]\n");
        return 2;
    }
    const auto today = parseIsoDate(argv[2], false);
    std::string problem, error;
    auto store = today ? FigureStore::open(argv[1], problem) : nullptr;
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", argv[1], today ? problem.c_str() : "TODAY is no date");
        return 1;
    }
    const std::vector<std::string> items = itemNames(argc == 4 ? argv[3] : nullptr);
    std::mt19937 random(20261203);
    for (int back = 29; back >= 0; --back)
        if (!store->add(dayOfFigures(addDays(*today, -back), items, random), error)) {
            std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
            return 1;
        }
    return 0;
}
