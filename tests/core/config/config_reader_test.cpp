// The configuration file: every problem is reported with its place and a
// clear message, a typo is an error rather than a silently ignored setting,
// and a good file gives exactly the values it says.
#include <sodium.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "config/config_json.hpp"
#include "config/config_reader.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using nlohmann::json;

namespace {

// Every problem of a configuration as "kiosk.json: /pointer: message".
std::vector<std::string> problemsOf(const std::string& text, KioskConfig* config = nullptr) {
    ProblemList problems;
    const KioskConfig read =
        readKioskConfig(json::parse(text), "kiosk.json", "/etc/kiosk", problems);
    if (config) *config = read;
    std::vector<std::string> out;
    for (const auto& p : problems.all()) out.push_back(p.format());
    return out;
}

using Lines = std::vector<std::string>;

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string realHash(const std::string& pin) {
    REQUIRE(sodium_init() >= 0);
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN) == 0);
    return out;
}

}  // namespace

TEST_CASE("An empty configuration means the defaults") {
    KioskConfig config;
    CHECK(problemsOf("{}", &config).empty());
    CHECK(configToJson(config) == configToJson(KioskConfig{}));
    CHECK(config.mode == KioskMode::Interactive);
    CHECK(config.packs.mountRoots == Lines{"/media", "/run/media", "/mnt"});
    CHECK(config.session.idleSeconds == 60.0);
    CHECK_FALSE(config.schedule.present);
}

TEST_CASE("A configuration that is not an object is refused") {
    CHECK(problemsOf("[1, 2]") == Lines{"kiosk.json: (file): is an array; expected an object"});
}

TEST_CASE("Every field of a configuration is read") {
    KioskConfig c;
    const auto problems = problemsOf(R"({
        "mode": "loop",
        "packs": {"state_dir": "/var/lib/kiosk", "pack_dir": "packs/dev",
                  "trusted_keys": ["/etc/kiosk/staff.public", "keys/backup.public"],
                  "allow_unsigned": true, "keep_packs": 5, "mount_roots": ["/media/usb"]},
        "session": {"idle_seconds": 45.5, "countdown_seconds": 8},
        "sound": {"volume": 55, "quiet_volume": 10},
        "display": {"rotation": 270},
        "log": {"level": "debug", "file": "/var/log/kiosk/kiosk.log", "max_bytes": 1048576,
                "max_files": 4},
        "proof_of_play": {"file": "play.csv", "max_bytes": 65536}
    })",
                                     &c);
    CHECK(problems.empty());
    CHECK(c.mode == KioskMode::Loop);
    CHECK(c.packs.stateDir == "/var/lib/kiosk");
    CHECK(c.packs.packDir == "/etc/kiosk/packs/dev");  // relative to the file's folder
    CHECK(c.packs.trustedKeys == Lines{"/etc/kiosk/staff.public", "/etc/kiosk/keys/backup.public"});
    CHECK(c.packs.allowUnsigned);
    CHECK(c.packs.keepPacks == 5);
    CHECK(c.packs.mountRoots == Lines{"/media/usb"});
    CHECK(c.session.idleSeconds == 45.5);
    CHECK(c.session.countdownSeconds == 8.0);
    CHECK(c.sound.volume == 55);
    CHECK(c.sound.quietVolume == 10);
    CHECK(c.display.rotation == 270);
    CHECK(c.log.level == LogLevel::Debug);
    CHECK(c.log.file == "/var/log/kiosk/kiosk.log");
    CHECK(c.log.maxBytes == 1048576u);
    CHECK(c.log.maxFiles == 4);
    CHECK(c.proofOfPlay.file == "/etc/kiosk/play.csv");
    CHECK(c.proofOfPlay.maxBytes == 65536u);
}

TEST_CASE("A misspelt key is an error that suggests the right one") {
    CHECK(problemsOf(R"({"sesion": {}})") ==
          Lines{"kiosk.json: /sesion: unknown key; did you mean \"session\"?"});
    CHECK(problemsOf(R"({"session": {"idle_second": 30}})") ==
          Lines{"kiosk.json: /session/idle_second: unknown key; did you mean \"idle_seconds\"?"});
    CHECK(problemsOf(R"({"log": {"maxbytes": 100000}})") ==
          Lines{"kiosk.json: /log/maxbytes: unknown key; did you mean \"max_bytes\"?"});
    CHECK(problemsOf(R"({"display": {"orientation": 90}})") ==
          Lines{"kiosk.json: /display/orientation: unknown key; expected \"rotation\", "
                "\"diagonal_inches\" or \"bottom_edge_mm\""});
    CHECK(problemsOf(R"({"colour": "red"})") ==
          Lines{"kiosk.json: /colour: unknown key; expected \"mode\", \"packs\", \"session\", "
                "\"staff\", \"sound\", \"schedule\", \"display\", \"log\" or \"proof_of_play\""});
}

TEST_CASE("Keys starting with // are comments") {
    CHECK(
        problemsOf(R"({"//": "lobby kiosk", "session": {"// idle": "a minute", "idle_seconds": 60},
                         "schedule": {"//": "venue hours", "hours": {"daily": ["09:00-18:00"]}}})")
            .empty());
}

TEST_CASE("A value of the wrong type names the type it should have") {
    CHECK(problemsOf(R"({"mode": 1})") ==
          Lines{"kiosk.json: /mode: is an integer; expected a string"});
    CHECK(problemsOf(R"({"packs": "/var/lib/kiosk"})") ==
          Lines{"kiosk.json: /packs: is a string; expected an object"});
    CHECK(problemsOf(R"({"packs": {"allow_unsigned": "yes"}})") ==
          Lines{"kiosk.json: /packs/allow_unsigned: is a string; expected true or false"});
    CHECK(problemsOf(R"({"packs": {"trusted_keys": "staff.public"}})") ==
          Lines{"kiosk.json: /packs/trusted_keys: is a string; expected an array"});
    CHECK(problemsOf(R"({"packs": {"mount_roots": ["/media", 7]}})") ==
          Lines{"kiosk.json: /packs/mount_roots/1: is an integer; expected a string"});
    CHECK(problemsOf(R"({"session": {"idle_seconds": "60"}})") ==
          Lines{"kiosk.json: /session/idle_seconds: is a string; expected a number"});
    CHECK(problemsOf(R"({"sound": {"volume": 50.5}})") ==
          Lines{"kiosk.json: /sound/volume: is a number; expected an integer"});
    CHECK(problemsOf(R"({"log": {"max_bytes": "5M"}})") ==
          Lines{"kiosk.json: /log/max_bytes: is a string; expected a whole number of bytes"});
    CHECK(problemsOf(R"({"staff": {"pin_hash": null}})").empty());  // null: the default
}

TEST_CASE("A value out of range names the range") {
    CHECK(problemsOf(R"({"session": {"idle_seconds": 0}})") ==
          Lines{"kiosk.json: /session/idle_seconds: is 0; expected 1 to 86400"});
    CHECK(problemsOf(R"({"session": {"countdown_seconds": 7200}})") ==
          Lines{"kiosk.json: /session/countdown_seconds: is 7200; expected 1 to 3600"});
    CHECK(problemsOf(R"({"sound": {"volume": 101, "quiet_volume": -1}})") ==
          Lines{"kiosk.json: /sound/volume: is 101; expected 0 to 100",
                "kiosk.json: /sound/quiet_volume: is -1; expected 0 to 100"});
    CHECK(problemsOf(R"({"packs": {"keep_packs": -1}})") ==
          Lines{"kiosk.json: /packs/keep_packs: is -1; expected 0 to 50"});
    CHECK(problemsOf(R"({"log": {"max_files": 99}})") ==
          Lines{"kiosk.json: /log/max_files: is 99; expected 1 to 20"});
    CHECK(problemsOf(R"({"log": {"max_bytes": 1000}})") ==
          Lines{"kiosk.json: /log/max_bytes: is 1000; expected 65536 to 1073741824 bytes"});
    CHECK(problemsOf(R"({"proof_of_play": {"max_bytes": -5}})") ==
          Lines{"kiosk.json: /proof_of_play/max_bytes: is an integer below 0; expected a whole "
                "number of bytes"});
}

TEST_CASE("Rotation is one of the four right angles") {
    KioskConfig c;
    CHECK(problemsOf(R"({"display": {"rotation": 180}})", &c).empty());
    CHECK(c.display.rotation == 180);
    CHECK(problemsOf(R"({"display": {"rotation": 45}})") ==
          Lines{"kiosk.json: /display/rotation: is 45; expected 0, 90, 180 or 270"});
    CHECK(problemsOf(R"({"display": {"rotation": 360}})") ==
          Lines{"kiosk.json: /display/rotation: is 360; expected 0, 90, 180 or 270"});
    CHECK(problemsOf(R"({"display": {"rotation": "90"}})") ==
          Lines{"kiosk.json: /display/rotation: is \"90\"; expected 0, 90, 180 or 270"});
}

TEST_CASE("Words from a fixed list name the list") {
    CHECK(problemsOf(R"({"mode": "lop"})") ==
          Lines{"kiosk.json: /mode: is \"lop\"; expected \"interactive\" or \"loop\""});
    CHECK(problemsOf(R"({"mode": "preview"})") ==
          Lines{"kiosk.json: /mode: is \"preview\"; expected \"interactive\" or \"loop\""});
    CHECK(problemsOf(R"({"log": {"level": "verbose"}})") ==
          Lines{"kiosk.json: /log/level: is \"verbose\"; expected \"trace\", \"debug\", \"info\", "
                "\"warn\", \"error\", \"critical\" or \"off\""});
}

TEST_CASE("Paths: mount roots are absolute, others relative to the file, none empty") {
    CHECK(problemsOf(R"({"packs": {"mount_roots": ["media", "/mnt"]}})") ==
          Lines{"kiosk.json: /packs/mount_roots/0: is \"media\"; expected an absolute path such "
                "as \"/media\""});
    CHECK(problemsOf(R"({"packs": {"trusted_keys": [""]}})") ==
          Lines{"kiosk.json: /packs/trusted_keys/0: is empty; expected a path"});
    KioskConfig c;
    CHECK(problemsOf(R"({"log": {"file": ""}, "packs": {"state_dir": "state"}})", &c).empty());
    CHECK(c.log.file.empty());  // empty turns the log file off
    CHECK(c.packs.stateDir == "/etc/kiosk/state");
}

TEST_CASE("The staff PIN hash must be a libsodium hash, never the PIN") {
    const std::string hash = realHash("2468");
    KioskConfig c;
    CHECK(problemsOf(json{{"staff", {{"pin_hash", hash}}}}.dump(), &c).empty());
    CHECK(c.staff.pinHash == hash);

    const std::string howTo =
        "; expected a libsodium PIN hash \"$argon2id$v=19$m=...,t=...,p=...$SALT$HASH\" "
        "(kiosk-pack hash-pin makes one)";
    CHECK(problemsOf(R"({"staff": {"pin_hash": "2468"}})") ==
          Lines{"kiosk.json: /staff/pin_hash: looks like a PIN itself, which must never be stored" +
                howTo});
    CHECK(problemsOf(R"({"staff": {"pin_hash": "$2y$10$abcdefghijklmnopqrstuv"}})") ==
          Lines{"kiosk.json: /staff/pin_hash: is not an Argon2 hash" + howTo});
    std::string otherVersion = hash;
    otherVersion.replace(otherVersion.find("v=19"), 4, "v=16");
    CHECK(problemsOf(json{{"staff", {{"pin_hash", otherVersion}}}}.dump()) ==
          Lines{"kiosk.json: /staff/pin_hash: has version \"v=16\"; expected \"v=19\""});
    std::string badCosts = hash;
    badCosts.replace(badCosts.find("m="), 2, "x=");
    CHECK(problemsOf(json{{"staff", {{"pin_hash", badCosts}}}}.dump())[0].find(
              "/staff/pin_hash: has costs \"x=") != std::string::npos);
    // Cut off when pasted: one character of the hash part is left, which no
    // base64 decoder can make a byte of (a longer cut may decode, depending
    // on the random salt and hash, and libsodium then accepts a short hash).
    const std::string cut = hash.substr(0, hash.rfind('$') + 2);
    CHECK(problemsOf(json{{"staff", {{"pin_hash", cut}}}}.dump()) ==
          Lines{"kiosk.json: /staff/pin_hash: is not a hash libsodium can check a PIN against" +
                howTo});
    CHECK(problemsOf(json{{"staff", {{"pin_hash", hash + "!"}}}}.dump()) ==
          Lines{"kiosk.json: /staff/pin_hash: has a salt or hash that is not base64" + howTo});
    CHECK(problemsOf(json{{"staff", {{"pin_hash", hash + std::string(100, 'A')}}}}.dump()) ==
          Lines{"kiosk.json: /staff/pin_hash: is " + std::to_string(hash.size() + 100) +
                " characters long" + howTo});
}

TEST_CASE("A schedule in the configuration replaces the pack's, checked by the same reader") {
    KioskConfig c;
    CHECK(problemsOf(R"({"schedule": {"hours": {"daily": ["09:00-18:00"], "sun": []},
                         "overrides": [{"date": "2026-12-31", "hours": []}],
                         "quiet": ["12:00-13:00"]}})",
                     &c)
              .empty());
    REQUIRE(c.schedule.present);
    CHECK(c.schedule.weekly[0] == std::vector<DayRange>{{9 * 60, 18 * 60}});
    CHECK(c.schedule.weekly[6].empty());
    REQUIRE(c.schedule.overrides.size() == 1);
    CHECK(c.schedule.overrides[0].date.iso() == "2026-12-31");
    CHECK(c.schedule.quiet == std::vector<DayRange>{{12 * 60, 13 * 60}});

    CHECK(problemsOf(R"({"schedule": {"hours": {"mon": ["9-18"]}}})") ==
          Lines{"kiosk.json: /schedule/hours/mon/0: \"9-18\" is not a time range; expected "
                "HH:MM-HH:MM such as \"09:00-18:00\""});
    CHECK(problemsOf(R"({"schedule": {"overrides": [{"date": "2026-02-30", "hours": []}]}})") ==
          Lines{"kiosk.json: /schedule/overrides/0/date: \"2026-02-30\" is not a date; expected "
                "YYYY-MM-DD, a real day"});
    CHECK(problemsOf(R"({"schedule": "always"})") ==
          Lines{"kiosk.json: /schedule: is a string; expected an object"});
    CHECK_FALSE(c.schedule.overrides.empty());
}

TEST_CASE("Every problem of a file is reported in one go") {
    const auto problems = problemsOf(R"({
        "mode": "booth", "sesion": {}, "sound": {"volume": 300},
        "display": {"rotation": 45}, "log": {"level": "loud", "file": 3}})");
    CHECK(problems ==
          Lines{"kiosk.json: /sesion: unknown key; did you mean \"session\"?",
                "kiosk.json: /mode: is \"booth\"; expected \"interactive\" or \"loop\"",
                "kiosk.json: /sound/volume: is 300; expected 0 to 100",
                "kiosk.json: /display/rotation: is 45; expected 0, 90, 180 or 270",
                "kiosk.json: /log/level: is \"loud\"; expected \"trace\", \"debug\", \"info\", "
                "\"warn\", \"error\", \"critical\" or \"off\"",
                "kiosk.json: /log/file: is an integer; expected a string"});
}

TEST_CASE("A missing default file means the defaults, a missing --config file is an error") {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("kiosk.json");
    const ConfigLoad optional = loadKioskConfig(path, false);
    CHECK(optional.ok());
    CHECK_FALSE(optional.fromFile);
    CHECK(optional.problems.size() == 0);

    const ConfigLoad required = loadKioskConfig(path, true);
    REQUIRE(required.problems.size() == 1);
    CHECK(required.problems.all()[0].format() == path + ": (file): no such file");
    CHECK_FALSE(required.ok());

    const ConfigLoad folder = loadKioskConfig(dir.dir(), true);
    REQUIRE(folder.problems.size() == 1);
    CHECK(folder.problems.all()[0].format() == dir.dir() + ": (file): is not a regular file");
}

TEST_CASE("A broken file names its path and the place of the fault, the defaults stay") {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("kiosk.json");
    writeFile(path, "{\"session\": {\"idle_seconds\": 30,}}");
    const ConfigLoad broken = loadKioskConfig(path, true);
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems.all()[0].format() ==
          path +
              ": (file): not valid JSON: at line 1, column 33: syntax error while parsing object "
              "key - unexpected '}'; expected string literal");

    writeFile(path, R"({"session": {"idle_seconds": 30}, "sound": {"volume": 500}})");
    const ConfigLoad wrong = loadKioskConfig(path, true);
    CHECK(wrong.fromFile);
    CHECK(wrong.problems.all()[0].format() == path + ": /sound/volume: is 500; expected 0 to 100");
    // Half a configuration is not applied: the idle time that was right stays at its default.
    CHECK(wrong.config.session.idleSeconds == 60.0);

    writeFile(path, R"({"session": {"idle_seconds": 30}, "log": {"file": "logs/kiosk.log"}})");
    const ConfigLoad good = loadKioskConfig(path, true);
    CHECK(good.ok());
    CHECK(good.config.session.idleSeconds == 30.0);
    CHECK(good.config.log.file == dir.path("logs/kiosk.log"));
}

TEST_CASE("The printed configuration reads back as the same configuration") {
    KioskConfig c;
    REQUIRE(problemsOf(R"({"mode": "loop", "packs": {"trusted_keys": ["/k.public"]},
                           "schedule": {"hours": {"daily": ["09:00-18:00"]},
                                        "overrides": [{"date": "2026-12-31", "hours": []}],
                                        "quiet": ["22:00-06:00"]},
                           "log": {"level": "warn"}})",
                       &c)
                .empty());
    const json printed = configToJson(c);
    KioskConfig again;
    CHECK(problemsOf(printed.dump(), &again).empty());
    CHECK(configToJson(again) == printed);
    CHECK(printed["schedule"]["hours"]["sun"] == json{"09:00-18:00"});
    CHECK(printed["schedule"]["quiet"] == json{"22:00-06:00"});
    CHECK(printed["log"]["level"] == "warn");
    // Without a schedule the pack's applies, and the printout says so with null.
    CHECK(configToJson(KioskConfig{})["schedule"].is_null());
}
