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

json configToJson(const KioskConfig& c) {
    json out;
    out["mode"] = modeName(c.mode);
    out["packs"] = {
        {"state_dir", c.packs.stateDir},       {"pack_dir", c.packs.packDir},
        {"trusted_keys", c.packs.trustedKeys}, {"allow_unsigned", c.packs.allowUnsigned},
        {"keep_packs", c.packs.keepPacks},     {"mount_roots", c.packs.mountRoots}};
    out["session"] = {{"idle_seconds", c.session.idleSeconds},
                      {"countdown_seconds", c.session.countdownSeconds}};
    out["staff"] = {{"pin_hash", c.staff.pinHash}};
    out["sound"] = {{"volume", c.sound.volume}, {"quiet_volume", c.sound.quietVolume}};
    // Without one the pack's schedule applies; null says so.
    out["schedule"] = c.schedule.present ? scheduleToJson(c.schedule) : json();
    out["display"] = {{"rotation", c.display.rotation}};
    out["log"] = {{"level", logLevelName(c.log.level)},
                  {"file", c.log.file},
                  {"max_bytes", c.log.maxBytes},
                  {"max_files", c.log.maxFiles}};
    out["proof_of_play"] = {{"file", c.proofOfPlay.file}, {"max_bytes", c.proofOfPlay.maxBytes}};
    return out;
}

}  // namespace kiosk
