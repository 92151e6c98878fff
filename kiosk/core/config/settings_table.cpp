#include "config/settings_table.hpp"

#include "config/pin_hash.hpp"

namespace kiosk {

namespace {

// The field `Member` of the section `Section` of a configuration, as a
// function the table can hold: field<&KioskConfig::packs, &PacksConfig::keepPacks>.
template <auto Section, auto Member>
auto& field(KioskConfig& config) {
    return (config.*Section).*Member;
}
template <auto Member>
auto& topField(KioskConfig& config) {
    return config.*Member;
}

// One maker per kind, so that a kind always comes with a field of its type.
Setting make(const char* pointer, const char* flag, SettingKind kind, SettingField field,
             const char* doc) {
    Setting s;
    s.pointer = pointer;
    s.flag = flag;
    s.kind = kind;
    s.field = field;
    s.doc = doc;
    return s;
}
Setting ranged(Setting s, double min, double max) {
    s.min = min;
    s.max = max;
    return s;
}
Setting withExample(Setting s, const char* exampleJson) {
    s.example = exampleJson;
    return s;
}

Setting switchSetting(const char* pointer, const char* flag, FieldOf<bool> f, const char* doc) {
    return make(pointer, flag, SettingKind::Switch, f, doc);
}
Setting whole(const char* pointer, const char* flag, FieldOf<int> f, int min, int max,
              const char* doc) {
    return ranged(make(pointer, flag, SettingKind::Whole, f, doc), min, max);
}
Setting number(const char* pointer, const char* flag, FieldOf<double> f, double min, double max,
               const char* doc) {
    return ranged(make(pointer, flag, SettingKind::Number, f, doc), min, max);
}
Setting bytes(const char* pointer, FieldOf<std::uint64_t> f, double min, double max,
              const char* doc) {
    return ranged(make(pointer, "", SettingKind::Bytes, f, doc), min, max);
}
Setting path(const char* pointer, const char* flag, FieldOf<std::string> f, const char* doc) {
    return make(pointer, flag, SettingKind::Path, f, doc);
}
Setting paths(const char* pointer, const char* flag, bool absoluteOnly,
              FieldOf<std::vector<std::string>> f, const char* doc) {
    return make(pointer, flag, absoluteOnly ? SettingKind::AbsolutePathList : SettingKind::PathList,
                f, doc);
}
Setting checkedText(const char* pointer, const char* flag, FieldOf<std::string> f,
                    std::string (*check)(const std::string&), const char* doc) {
    Setting s = make(pointer, flag, SettingKind::Text, f, doc);
    s.check = check;
    return s;
}
template <class Enum>
Setting choice(const char* pointer, const char* flag, FieldOf<Enum> f,
               std::vector<std::string> names, const char* flagChoice, const char* doc) {
    Setting s = make(pointer, flag, SettingKind::Choice, f, doc);
    s.choices = std::move(names);
    s.flagChoice = flagChoice;
    return s;
}
Setting wholeChoice(const char* pointer, const char* flag, FieldOf<int> f,
                    std::vector<std::string> values, const char* doc) {
    Setting s = make(pointer, flag, SettingKind::WholeChoice, f, doc);
    s.choices = std::move(values);
    return s;
}

std::vector<Setting> buildTable() {
    using C = KioskConfig;
    return {
        choice("/mode", "--loop", topField<&C::mode>, {"interactive", "loop"}, "loop",
               "Kiosk mode: interactive (lobby: the attract loop when idle, a visitor session on "
               "touch) or "
               "loop (event booth: the playlist forever, a tap pauses and a swipe changes "
               "slides, between the schedule's on hours)"),
        withExample(path("/packs/state_dir", "--state", field<&C::packs, &PacksConfig::stateDir>,
                         "Installed packs (kiosk-pack install): the kiosk runs the current one, "
                         "else the last good one"),
                    R"("/var/lib/kiosk")"),
        path("/packs/pack_dir", "--pack", field<&C::packs, &PacksConfig::packDir>,
             "Development: a pack folder shown without checking a signature; empty: the "
             "default pack"),
        withExample(paths("/packs/trusted_keys", "--trusted", false,
                          field<&C::packs, &PacksConfig::trustedKeys>,
                          "Public key files (the OUT.public of kiosk-pack keygen) whose signatures "
                          "are trusted; a file that is not such a key stops the kiosk"),
                    R"(["/etc/kiosk/staff.public"])"),
        switchSetting("/packs/allow_unsigned", "--allow-unsigned",
                      field<&C::packs, &PacksConfig::allowUnsigned>,
                      "Development only: accept unsigned packs in the state folder"),
        whole("/packs/keep_packs", "--keep-packs", field<&C::packs, &PacksConfig::keepPacks>, 0, 50,
              "Installed packs kept for rollback besides the one in use"),
        paths("/packs/mount_roots", "--mount-root", true,
              field<&C::packs, &PacksConfig::mountRoots>,
              "Folders where USB sticks appear, watched for packs to install into the state "
              "folder"),
        path("/packs/inbox", "--inbox", field<&C::packs, &PacksConfig::inbox>,
             "A folder a sync tool fills with signed packs; each is installed as a stick's "
             "would be, once it is complete (docs/staff/inbox.md)"),
        path("/packs/outbox", "--outbox", field<&C::packs, &PacksConfig::outbox>,
             "A folder the kiosk writes its status file into (HOST.status.json, every minute "
             "and after each install) for a sync tool to carry back"),
        number("/session/idle_seconds", "--idle-seconds",
               field<&C::session, &SessionConfig::idleSeconds>, 1.0, 86400.0,
               "Seconds without a touch before asking 'Still there?'"),
        number("/session/countdown_seconds", "--countdown-seconds",
               field<&C::session, &SessionConfig::countdownSeconds>, 1.0, 3600.0,
               "Seconds 'Still there?' counts down before the attract loop returns"),
        checkedText("/staff/pin_hash", "--staff-pin-hash", field<&C::staff, &StaffConfig::pinHash>,
                    pinHashProblem,
                    "The staff PIN's libsodium hash (kiosk-pack hash-pin prints one), never the "
                    "PIN; its costs within m=8..65536 KiB, t=1..4, p=1; empty: the staff panel "
                    "stays shut"),
        whole("/sound/volume", "--volume", field<&C::sound, &SoundConfig::volume>, 0, 100,
              "Master volume in percent; 0 is silent"),
        whole("/sound/quiet_volume", "--quiet-volume", field<&C::sound, &SoundConfig::quietVolume>,
              0, 100, "Master volume in percent during the schedule's quiet hours; 0 is silent"),
        switchSetting("/sound/speech_offer", "", field<&C::sound, &SoundConfig::speechOffer>,
                      "When a visitor wakes the kiosk, say once (at the master volume) where the "
                      "access button with spoken guidance is"),
        make("/schedule", "", SettingKind::Schedule, topField<&C::schedule>,
             "This venue's hours instead of the pack's, in the format of a pack's schedule.json "
             "(content/README.md); outside them the screen is dark"),
        wholeChoice("/display/rotation", "--rotation", field<&C::display, &DisplayConfig::rotation>,
                    {"0", "90", "180", "270"},
                    "Clockwise rotation of the picture in degrees, for a panel mounted turned; "
                    "touch follows it"),
        withExample(number("/display/diagonal_inches", "--diagonal-inches",
                           field<&C::display, &DisplayConfig::diagonalInches>, 0.0, 300.0,
                           "The picture's diagonal in inches, for sizes in millimetres and "
                           "reach (kiosk --check-access); 0: not given, 55 assumed"),
                    "55"),
        withExample(number("/display/bottom_edge_mm", "--bottom-edge-mm",
                           field<&C::display, &DisplayConfig::bottomEdgeMm>, 0.0, 3000.0,
                           "Height of the picture's lower edge above the floor in millimetres, "
                           "for what a wheelchair user reaches; 0: not given, 900 assumed"),
                    "900"),
        choice("/log/level", "", field<&C::log, &LogConfig::level>,
               {"trace", "debug", "info", "warn", "error", "critical", "off"}, "",
               "Least severe level written to the log"),
        withExample(path("/log/file", "", field<&C::log, &LogConfig::file>,
                         "Log file besides stderr (the journal under systemd), its folder created "
                         "when missing"),
                    R"("/var/log/kiosk/kiosk.log")"),
        bytes("/log/max_bytes", field<&C::log, &LogConfig::maxBytes>, 64u << 10, 1u << 30,
              "Size at which the log file rotates to FILE.1, FILE.2, ..."),
        whole("/log/max_files", "", field<&C::log, &LogConfig::maxFiles>, 1, 20,
              "Rotated log files kept besides the current one"),
        withExample(
            path("/proof_of_play/file", "", field<&C::proofOfPlay, &ProofOfPlayConfig::file>,
                 "CSV file with a row for every slide and screen shown (start, screen, "
                 "item, seconds, mode), for staff to export"),
            R"("/var/lib/kiosk/proof-of-play.csv")"),
        bytes("/proof_of_play/max_bytes", field<&C::proofOfPlay, &ProofOfPlayConfig::maxBytes>,
              64u << 10, 1u << 30,
              "Size at which the proof-of-play file moves to FILE.1, replacing the older one"),
    };
}

}  // namespace

std::string Setting::section() const {
    const size_t slash = pointer.find('/', 1);
    return slash == std::string::npos ? "" : pointer.substr(1, slash - 1);
}

std::string Setting::key() const {
    return pointer.substr(pointer.rfind('/') + 1);
}

const std::vector<Setting>& kioskSettings() {
    // Built once, on first use, and never changed: the table is a constant.
    static const std::vector<Setting> table = buildTable();
    return table;
}

}  // namespace kiosk
