// Class 9, the long values: a hostile value was echoed whole in the problem
// naming it (800,000 characters of one configuration value in the log), and a
// script line of any length was taken in. A value shown in a configuration
// problem is cut to its first 80 bytes with its whole length; a script line
// over 1000 bytes ends the parse with one message (the script file itself,
// /dev/zero and the like: tests/hostile/program_inputs_test.sh).
#include <catch2/catch.hpp>
#include <fstream>

#include "config/config_reader.hpp"
#include "session/session_script.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

// Problems of a configuration file, read as the kiosk reads --config.
std::vector<std::string> configProblems(const std::string& text) {
    kiosk::test::TempDir dir;
    std::ofstream(dir.path("kiosk.json"), std::ios::binary) << text;
    std::vector<std::string> out;
    const ConfigLoad load = loadKioskConfig(dir.path("kiosk.json"), true);
    for (const auto& p : load.problems.all()) out.push_back(p.pointer + ": " + p.message);
    return out;
}

}  // namespace

TEST_CASE("long values: an out-of-range configuration value is shown cut, with its length") {
    const std::string longText(800000, 'x');
    CHECK(configProblems("{\"display\": {\"rotation\": \"" + longText + "\"}}") ==
          std::vector<std::string>{"/display/rotation: is \"" + std::string(79, 'x') +
                                   "... (800002 bytes); expected 0, 90, 180 or 270"});

    std::string numbers = "[0";
    for (int i = 0; i < 100000; ++i) numbers += ",90";
    numbers += "]";
    CHECK(configProblems("{\"display\": {\"rotation\": " + numbers + "}}") ==
          std::vector<std::string>{"/display/rotation: is " + numbers.substr(0, 80) +
                                   "... (300003 bytes); expected 0, 90, 180 or 270"});

    // Strings up to the reader's 16 KiB cap were quoted whole, too.
    const std::string word(16000, 'y');
    CHECK(configProblems("{\"mode\": \"" + word + "\"}") ==
          std::vector<std::string>{"/mode: is \"" + std::string(79, 'y') +
                                   "... (16002 bytes); expected \"interactive\" or \"loop\""});
    CHECK(configProblems("{\"packs\": {\"mount_roots\": [\"" + word + "\"]}}") ==
          std::vector<std::string>{"/packs/mount_roots/0: is \"" + std::string(79, 'y') +
                                   "... (16002 bytes); expected an absolute path such as "
                                   "\"/media\""});
}

TEST_CASE("long values: a long key or a long broken token is cut as well") {
    const std::string longKey(800000, 'k');
    CHECK(configProblems("{\"" + longKey + "\": 1}") ==
          std::vector<std::string>{"/" + std::string(79, 'k') +
                                   "... (800001 bytes): unknown key; expected \"mode\", "
                                   "\"packs\", \"session\", \"staff\", \"sound\", \"schedule\", "
                                   "\"display\", \"log\" or \"proof_of_play\""});
    // Not JSON at all: the parser quotes what it read, here a string left open.
    const auto broken = configProblems("{\"mode\": \"" + std::string(800000, 'z'));
    REQUIRE(broken.size() == 1);
    CHECK(broken[0] ==
          ": not valid JSON: at line 1, column 800011: syntax error while parsing "
          "value - invalid string: missing closing quote; last read: '\"" +
              std::string(79, 'z') + "... (800001 bytes)'");
}

TEST_CASE("long values: a script line too long for a script is one message") {
    const ScriptParseResult script =
        parseSessionScript("wait 1\nwait " + std::string(800000, '1') + "\nwait 2\n", "s.txt");
    CHECK(script.errors == std::vector<std::string>{"s.txt:2: line is 800005 bytes long; expected "
                                                    "at most 1000 (is this file a script?)"});
}
