#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "content/schedule_data.hpp"

// The kiosk's configuration file (default /etc/kiosk/kiosk.json), as plain
// structs: every field has the default that applies when the file leaves it
// out, so a missing file means a kiosk on these defaults, and the only place
// the default is written. Each field has its entry in settings_table.cpp: its
// JSON key (the field name in snake_case, grouped as the structs are), its
// flag, its range and the line of documentation --help and
// platform/kiosk.example.json show; the comments here say why.

namespace kiosk {

enum class KioskMode {
    Interactive,  // lobby: attract loop when idle, a visitor session on touch
    Loop,         // event booth: the playlist forever, touches never leave the loop
};

enum class LogLevel { Trace, Debug, Info, Warn, Error, Critical, Off };

// Where packs come from and which ones are trusted ("packs").
struct PacksConfig {
    // Installed-pack state folder (kiosk-pack install): the kiosk runs its
    // current pack, else the last good one. Empty: no state folder; the kiosk
    // shows pack_dir or the default pack.
    std::string stateDir;
    // Development: a pack folder shown unverified. Empty: the default pack.
    std::string packDir;
    // Public key files (kiosk-pack keygen); a pack is trusted only when its
    // signature verifies against one of them.
    std::vector<std::string> trustedKeys;
    // Development: accept unsigned packs in the state folder. Never on a kiosk
    // in public: anyone with a USB stick could then change what it shows.
    bool allowUnsigned = false;
    // Installed packs kept for rollback besides the current one (0 to 50).
    int keepPacks = 3;
    // Folders under which USB sticks appear; the kiosk looks for packs there.
    std::vector<std::string> mountRoots = {"/media", "/run/media", "/mnt"};
    // A folder a sync tool (Syncthing) fills with signed packs from the staff
    // PC: each is installed as a stick's would be, once complete. Empty: none.
    std::string inbox;
    // A folder the kiosk writes its status file into (<host name>.status.json,
    // every minute and after each install) for the sync tool to carry back.
    // Empty: no status file.
    std::string outbox;
};

// Timing of a visitor's session ("session"); see SessionSettings.
struct SessionConfig {
    // Seconds without a touch before "まだご覧になりますか？ / Still there?".
    double idleSeconds = 60.0;
    // Seconds that question counts down before the attract loop returns.
    double countdownSeconds = 20.0;  // WCAG 2.2.1: at least 20 s of warning
};

// The staff panel ("staff").
struct StaffConfig {
    // The staff PIN as libsodium's crypto_pwhash_str() writes it
    // ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"; `kiosk-pack hash-pin`
    // makes one). Never the PIN itself. Empty: no PIN is set and the panel stays shut.
    // Its costs must lie within m=8..65536, t=1..4, p=1 (see pin_hash.hpp).
    std::string pinHash;
};

// Sound ("sound"), as percentages; see SoundSettings.
struct SoundConfig {
    // Master volume, 0 (silent) to 100.
    int volume = 80;
    // Master volume during the schedule's quiet hours, 0 (silent) to 100.
    int quietVolume = 0;
    // When a visitor wakes the kiosk, say once where the access button is (for
    // someone who cannot see the screen).
    bool speechOffer = true;
};

// The device's own schedule ("schedule"), in the format of a pack's
// schedule.json (content/README.md): time_zone, hours per weekday, per-date
// overrides and quiet hours. When present it replaces the pack's schedule, so
// that a booth's operator sets the hours of the venue, not the content author.
using ScheduleOverride = PackSchedule;

// The screen ("display").
struct DisplayConfig {
    // Clockwise rotation of the picture in degrees: 0, 90, 180 or 270; touch follows it.
    int rotation = 0;
    // The picture's diagonal in inches and the height of its lower edge above
    // the floor in millimetres, as mounted: they give sizes in millimetres and
    // the part of the screen a wheelchair user reaches (kiosk --check-access,
    // the reach mode). 0: not given; the lobby's 55-inch screen, its lower
    // edge 900 mm up, is assumed.
    double diagonalInches = 0.0;
    double bottomEdgeMm = 0.0;
};

// The log ("log"): always to stderr (the journal under systemd), and to a
// size-capped rotating file when `file` is set.
struct LogConfig {
    // Least severe level written: trace, debug, info, warn, error, critical or off.
    LogLevel level = LogLevel::Info;
    // Log file; empty: no file. Its folder is created when missing.
    std::string file;
    // Size at which the file rotates to FILE.1, FILE.2, ...
    std::uint64_t maxBytes = 5u << 20;
    // Rotated files kept besides the current one.
    int maxFiles = 3;
};

// The proof-of-play log ("proof_of_play"): a CSV row for everything shown (when,
// what, on which screen, for how long, in which mode), for staff to export.
struct ProofOfPlayConfig {
    // The CSV file; empty: nothing is recorded.
    std::string file;
    // Size at which the file moves to FILE.1 (replacing the older one): the
    // log never takes more than twice this.
    std::uint64_t maxBytes = 8u << 20;
};

struct KioskConfig {
    KioskMode mode = KioskMode::Interactive;
    PacksConfig packs;
    SessionConfig session;
    StaffConfig staff;
    SoundConfig sound;
    // `present` is false when the file has none: the pack's schedule applies.
    ScheduleOverride schedule;
    DisplayConfig display;
    LogConfig log;
    ProofOfPlayConfig proofOfPlay;
};

// The configuration file read when --config is not given.
inline constexpr const char* kDefaultConfigPath = "/etc/kiosk/kiosk.json";

const char* modeName(KioskMode mode);
const char* logLevelName(LogLevel level);

}  // namespace kiosk
