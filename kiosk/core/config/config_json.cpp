#include "config/config_json.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

json rangesToJson(const std::vector<DayRange>& ranges) {
    json out = json::array();
    for (const auto& r : ranges) out.push_back(formatDayRange(r));
    return out;
}

// Every weekday written out, so that the printout shows the hours in force.
json scheduleToJson(const ScheduleOverride& schedule) {
    // Without one the pack's schedule applies; null says so.
    if (!schedule.present) return json();
    json hours = json::object();
    for (size_t day = 0; day < 7; ++day)
        hours[kWeekdayKeys[day]] = rangesToJson(schedule.weekly[day]);
    json overrides = json::array();
    for (const auto& o : schedule.overrides)
        overrides.push_back({{"date", o.date.iso()}, {"hours", rangesToJson(o.hours)}});
    return {{"time_zone", schedule.timeZone},
            {"hours", hours},
            {"overrides", overrides},
            {"quiet", rangesToJson(schedule.quiet)}};
}

}  // namespace

json settingToJson(const Setting& setting, const KioskConfig& config) {
    // The table's fields take a configuration to write into; here one is
    // only read.
    KioskConfig& readOnly = const_cast<KioskConfig&>(config);
    return std::visit(
        [&](auto field) -> json {
            const auto& value = field(readOnly);
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_enum_v<T>)
                return setting.choices.at(size_t(value));
            else if constexpr (std::is_same_v<T, ScheduleOverride>)
                return scheduleToJson(value);
            else
                return value;
        },
        setting.field);
}

json configToJson(const KioskConfig& config) {
    json out = json::object();
    for (const Setting& setting : kioskSettings())
        out[json::json_pointer(setting.pointer)] = settingToJson(setting, config);
    return out;
}

}  // namespace kiosk
