// Reader of schedule.json: on hours per weekday, per-date overrides and quiet
// hours (see content/README.md).
#include <cstdio>
#include <set>

#include "content/json_reader.hpp"
#include "content/section_readers.hpp"

namespace kiosk {

using nlohmann::json;

const std::array<const char*, 7> kWeekdayKeys = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

namespace {

// Zones the kiosk can convert to exactly with a fixed offset: Japan has kept
// standard time all year since 1952. A zone with daylight saving would need
// the tz database's rules, which the kiosk does not read.
struct FixedZone {
    const char* name;
    int offsetSeconds;
};
constexpr FixedZone kFixedZones[] = {{"Asia/Tokyo", 9 * 3600}, {"Japan", 9 * 3600}, {"UTC", 0}};

bool twoDigits(const std::string& text, size_t at, int& out) {
    if (at + 2 > text.size()) return false;
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return false;
    out = (a - '0') * 10 + (b - '0');
    return true;
}

// "HH:MM" at `at`, 00:00..24:00, as minutes.
bool clockMinutes(const std::string& text, size_t at, int& out) {
    int h = 0, m = 0;
    if (!twoDigits(text, at, h) || text[at + 2] != ':' || !twoDigits(text, at + 3, m)) return false;
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return false;
    out = h * 60 + m;
    return true;
}

std::string inQuotes(const std::string& s) {
    return "\"" + s + "\"";
}

// A list of "HH:MM-HH:MM" strings; false after reporting any bad entry.
bool readRanges(JsonReader& reader, const json& value, const std::string& pointer,
                std::vector<DayRange>& out) {
    if (!reader.requireArray(value, pointer)) return false;
    bool ok = true;
    for (size_t i = 0; i < value.size(); ++i) {
        const std::string ptr = childPointer(pointer, i);
        if (!value[i].is_string()) {
            reader.error(ptr, std::string("is ") + jsonTypeName(value[i]) +
                                  "; expected a time range such as \"09:00-18:00\"");
            ok = false;
            continue;
        }
        std::string why;
        const std::string text = value[i].get<std::string>();
        if (auto range = parseDayRange(text, why)) {
            out.push_back(*range);
        } else {
            reader.error(ptr, inQuotes(text) + " " + why);
            ok = false;
        }
    }
    return ok;
}

void readWeeklyHours(JsonReader& reader, const json& hours, PackSchedule& out) {
    const std::string ptr = "/hours";
    if (!reader.requireObject(hours, ptr)) return;
    std::array<bool, 7> given = {};
    std::vector<DayRange> daily(1, DayRange{0, 1440});
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const std::string key = it.key();
        if (key == "daily") {
            daily.clear();
            readRanges(reader, it.value(), childPointer(ptr, key), daily);
            continue;
        }
        size_t day = 0;
        while (day < 7 && key != kWeekdayKeys[day]) ++day;
        if (day == 7) {
            reader.error(childPointer(ptr, key),
                         "is not a day; expected daily, mon, tue, wed, thu, fri, sat or sun");
            continue;
        }
        given[day] = true;
        out.weekly[day].clear();  // the listed hours replace the whole-day default
        readRanges(reader, it.value(), childPointer(ptr, key), out.weekly[day]);
    }
    for (size_t day = 0; day < 7; ++day)
        if (!given[day]) out.weekly[day] = daily;
}

void readOverrides(JsonReader& reader, const json& list, PackSchedule& out) {
    const std::string ptr = "/overrides";
    if (!reader.requireArray(list, ptr)) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string item = childPointer(ptr, i);
        if (!reader.requireObject(list[i], item)) continue;
        DateOverride entry;
        entry.indexInFile = i;
        std::string date;
        if (reader.readString(list[i], item, "date", date, true)) {
            if (auto parsed = parseIsoDate(date, false))
                entry.date = *parsed;
            else
                reader.error(item + "/date",
                             inQuotes(date) + " is not a date; expected YYYY-MM-DD, a real day");
        }
        const json* hours = reader.field(list[i], item, "hours", true);
        const bool hoursOk = hours && readRanges(reader, *hours, item + "/hours", entry.hours);
        if (entry.date.year == 0 || !hoursOk) continue;
        if (!seen.insert(entry.date.iso()).second) {
            reader.error(item + "/date",
                         inQuotes(date) + " is listed twice; expected each date once");
            continue;
        }
        out.overrides.push_back(std::move(entry));
    }
}

bool anyOnHours(const PackSchedule& schedule) {
    for (const auto& day : schedule.weekly)
        if (!day.empty()) return true;
    for (const auto& o : schedule.overrides)
        if (!o.hours.empty()) return true;
    return false;
}

}  // namespace

std::optional<DayRange> parseDayRange(const std::string& text, std::string& why) {
    DayRange range;
    if (text.size() != 11 || text[5] != '-' || !clockMinutes(text, 0, range.startMinute) ||
        !clockMinutes(text, 6, range.endMinute)) {
        why = "is not a time range; expected HH:MM-HH:MM such as \"09:00-18:00\"";
        return std::nullopt;
    }
    if (range.startMinute == 1440) {
        why = "starts at 24:00; a day's hours start at 00:00 to 23:59";
        return std::nullopt;
    }
    if (range.startMinute == range.endMinute) {
        why = "starts and ends at the same time; write \"00:00-24:00\" for the whole day";
        return std::nullopt;
    }
    if (range.endMinute == 0) range.endMinute = 1440;  // "18:00-00:00" ends at midnight
    return range;
}

std::string formatDayRange(const DayRange& range) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d:%02d-%02d:%02d", range.startMinute / 60,
                  range.startMinute % 60, range.endMinute / 60, range.endMinute % 60);
    return buf;
}

void readScheduleFile(const json& document, const std::string& file, PackSchedule& out,
                      ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    out.present = true;
    for (auto& day : out.weekly) day.assign(1, DayRange{0, 1440});
    std::string zone;
    if (reader.readString(document, "", "time_zone", zone, false)) {
        bool known = false;
        for (const FixedZone& z : kFixedZones)
            if (zone == z.name) {
                out.timeZone = zone;
                out.utcOffsetSeconds = z.offsetSeconds;
                known = true;
            }
        if (!known)
            reader.error(
                "/time_zone",
                inQuotes(zone) + " is not supported; expected Asia/Tokyo (+09:00 all year) or UTC");
    }
    if (const json* hours = reader.field(document, "", "hours", false)) {
        const size_t errorsBefore = problems.errorCount();
        readWeeklyHours(reader, *hours, out);
        if (problems.errorCount() == errorsBefore && !anyOnHours(out))
            reader.warning("/hours", "no day has on hours; the screen stays dark in loop mode");
    }
    if (const json* overrides = reader.field(document, "", "overrides", false))
        readOverrides(reader, *overrides, out);
    if (const json* quiet = reader.field(document, "", "quiet", false))
        readRanges(reader, *quiet, "/quiet", out.quiet);
    for (auto it = document.begin(); it != document.end(); ++it) {
        const std::string& key = it.key();
        if (key != "time_zone" && key != "hours" && key != "overrides" && key != "quiet")
            reader.error(childPointer("", key),
                         "is not a schedule field; expected time_zone, hours, overrides or quiet");
    }
}

}  // namespace kiosk
