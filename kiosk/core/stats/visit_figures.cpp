#include "stats/visit_figures.hpp"

namespace kiosk {

namespace {

struct KindName {
    FigureKind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {{FigureKind::Session, "session"},
                                   {FigureKind::Screen, "screen"},
                                   {FigureKind::Item, "item"},
                                   {FigureKind::Language, "language"},
                                   {FigureKind::Access, "access"}};

}  // namespace

const char* figureKindName(FigureKind kind) {
    for (const auto& k : kKindNames)
        if (k.kind == kind) return k.name;
    return "?";
}

std::optional<FigureKind> parseFigureKind(const std::string& name) {
    for (const auto& k : kKindNames)
        if (name == k.name) return k.kind;
    return std::nullopt;
}

LocalHour localHourAt(UnixSeconds t, int utcOffsetSeconds) {
    const LocalTime local = toLocalTime(t, utcOffsetSeconds);
    return {local.date, local.secondOfDay / 3600};
}

int weekdayOf(const CalendarDate& date) {
    // 1970-01-01 was a Thursday (3 with Monday 0).
    const int64_t days = daysFromCivil(date);
    return int(((days + 3) % 7 + 7) % 7);
}

void HourlyTally::add(const LocalHour& hour, FigureKind kind, const std::string& name, long count) {
    if (count != 0) counts_[{hour, kind, name}] += count;
}

std::vector<FigureCount> HourlyTally::take() {
    std::vector<FigureCount> out;
    out.reserve(counts_.size());
    for (const auto& [key, count] : counts_)
        out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    counts_.clear();
    return out;
}

}  // namespace kiosk
