// The settings table against what is written elsewhere: the example
// configuration shows every setting with its default (or the value a real
// installation sets) and its comment from the table, nothing the table
// lacks; --help lists every flag with its default; a flag given overrides the
// file and one not given leaves it alone.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "config/config_json.hpp"
#include "config/setting_flags.hpp"
#include "config/setting_text.hpp"
#include "config/settings_table.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using nlohmann::json;

namespace {

json exampleConfig() {
    std::ifstream in(kiosk::test::sourceDir() + "/platform/kiosk.example.json");
    return json::parse(in);
}

// The object a setting's key stands in: the file itself or its section.
const json& holderOf(const json& document, const Setting& setting) {
    return setting.section().empty() ? document : document.at(setting.section());
}

bool isComment(const std::string& key) {
    return key.compare(0, 2, "//") == 0;
}

// Parses `args` as the kiosk's command line would, the table's flags only.
void parse(CLI::App& app, std::vector<std::string> args) {
    std::reverse(args.begin(), args.end());  // CLI11 takes them last first
    app.parse(args);
}

}  // namespace

TEST_CASE("Every setting is in the example configuration with its default or example value") {
    const json example = exampleConfig();
    const json defaults = configToJson(KioskConfig{});
    for (const Setting& setting : kioskSettings()) {
        INFO(setting.pointer);
        const json& holder = holderOf(example, setting);
        const json expected = defaults.at(json::json_pointer(setting.pointer));
        if (expected.is_null()) {
            // Absent by default (the schedule): shown switched off, as "// key".
            CHECK(holder.contains("// " + setting.key()));
            CHECK_FALSE(holder.contains(setting.key()));
            continue;
        }
        REQUIRE(holder.contains(setting.key()));
        const json& shown = holder.at(setting.key());
        if (setting.example.empty()) {
            CHECK(shown == expected);
        } else {
            CHECK(shown == json::parse(setting.example));
            CHECK(shown != expected);  // else the example value says nothing
        }
    }
}

TEST_CASE("Every setting's comment in the example configuration is the table's description") {
    const json example = exampleConfig();
    for (const Setting& setting : kioskSettings()) {
        INFO(setting.pointer);
        const json& holder = holderOf(example, setting);
        REQUIRE(holder.contains("//" + setting.key()));
        CHECK(holder.at("//" + setting.key()).get<std::string>() == describe(setting));
    }
}

TEST_CASE("The example configuration has no key the table lacks") {
    const json example = exampleConfig();
    std::set<std::string> known;  // JSON pointers of settings and their sections
    for (const Setting& setting : kioskSettings()) {
        known.insert(setting.pointer);
        if (!setting.section().empty()) known.insert("/" + setting.section());
    }
    // A comment names a key ("//KEY", "// KEY") or is the file's own note ("//").
    const auto commented = [](const std::string& key) {
        std::string name = key.substr(2);
        return name.empty() || name[0] != ' ' ? name : name.substr(1);
    };
    for (const auto& [key, value] : example.items()) {
        const std::string name = isComment(key) ? commented(key) : key;
        if (isComment(key) && name.empty()) continue;
        INFO(key);
        CHECK(known.count("/" + name) == 1);
        // The schedule is a value of its own, checked by its reader.
        if (isComment(key) || !value.is_object() || name == "schedule") continue;
        for (const auto& item : value.items()) {
            INFO(item.key());
            const std::string inner = isComment(item.key()) ? commented(item.key()) : item.key();
            CHECK(known.count("/" + name + "/" + inner) == 1);
        }
    }
}

TEST_CASE("The table names every pointer and flag once") {
    std::set<std::string> pointers, flags;
    for (const Setting& setting : kioskSettings()) {
        CHECK(pointers.insert(setting.pointer).second);
        if (!setting.flag.empty()) CHECK(flags.insert(setting.flag).second);
        CHECK_FALSE(setting.doc.empty());
    }
    CHECK(flags.count("--keep-packs") == 1);
    CHECK(pointers.count("/packs/keep_packs") == 1);
}

TEST_CASE("--help lists every flag of the table with its default and range") {
    CLI::App app;
    KioskConfig fromFlags;
    addSettingFlags(app, fromFlags);
    const std::string help = app.help();
    for (const Setting& setting : kioskSettings()) {
        if (setting.flag.empty()) continue;
        INFO(setting.flag);
        const size_t at = help.find("  " + setting.flag + " ");
        REQUIRE(at != std::string::npos);
        const size_t next = help.find("\n  --", at + 1);
        const std::string entry = help.substr(at, next - at);
        CHECK(entry.find(flagHelp(setting)) != std::string::npos);
        CHECK(entry.find("(default " + defaultText(setting)) != std::string::npos);
    }
    // The words themselves, so that a change to how defaults are written shows.
    CHECK(help.find("(default 3; 0 to 50)") != std::string::npos);
    CHECK(help.find("(default /media /run/media /mnt)") != std::string::npos);
    CHECK(help.find("(default 60; 1 to 86400)") != std::string::npos);
    CHECK(help.find("(default 0; 0, 90, 180 or 270)") != std::string::npos);
    CHECK(help.find("(default interactive; interactive or loop); --loop sets loop") !=
          std::string::npos);
}

TEST_CASE("A flag given overrides the file, one not given leaves the file's value") {
    CLI::App app;
    KioskConfig fromFlags;
    addSettingFlags(app, fromFlags);
    parse(app, {"--keep-packs", "7", "--loop", "--mount-root", "/srv/usb", "--allow-unsigned"});
    KioskConfig config;  // as the file set it
    config.packs.keepPacks = 9;
    config.session.idleSeconds = 45;
    config.sound.volume = 30;
    CHECK(applyGivenFlags(app, fromFlags, config).empty());
    CHECK(config.packs.keepPacks == 7);
    CHECK(config.mode == KioskMode::Loop);
    CHECK(config.packs.mountRoots == std::vector<std::string>{"/srv/usb"});
    CHECK(config.packs.allowUnsigned);
    CHECK(config.session.idleSeconds == 45);
    CHECK(config.sound.volume == 30);
}

TEST_CASE("A flag's value out of the table's range is refused as the file's would be") {
    CLI::App app;
    KioskConfig fromFlags;
    addSettingFlags(app, fromFlags);
    CHECK_THROWS_AS(parse(app, {"--keep-packs", "51"}), CLI::ValidationError);
    CLI::App rotation;
    addSettingFlags(rotation, fromFlags);
    CHECK_THROWS_AS(parse(rotation, {"--rotation", "45"}), CLI::ValidationError);
    CLI::App pin;
    addSettingFlags(pin, fromFlags);
    parse(pin, {"--staff-pin-hash", "abc"});
    KioskConfig config;
    const std::string problem = applyGivenFlags(pin, fromFlags, config);
    INFO(problem);
    CHECK(problem.rfind("--staff-pin-hash is not an Argon2 hash", 0) == 0);
}

TEST_CASE("Defaults and ranges are written from the configuration's defaults") {
    const auto find = [](const std::string& pointer) {
        for (const Setting& s : kioskSettings())
            if (s.pointer == pointer) return s;
        FAIL("no setting " << pointer);
        return Setting{};
    };
    CHECK(defaultText(find("/packs/keep_packs")) == "3");
    CHECK(allowedText(find("/packs/keep_packs")) == "0 to 50");
    CHECK(defaultText(find("/packs/state_dir")) == "none");
    CHECK(defaultText(find("/session/idle_seconds")) == "60");
    CHECK(defaultText(find("/log/level")) == "info");
    CHECK(defaultText(find("/log/max_bytes")) == "5242880");
    CHECK(defaultText(find("/packs/allow_unsigned")) == "false");
    CHECK(defaultText(find("/schedule")) == "none");
}
