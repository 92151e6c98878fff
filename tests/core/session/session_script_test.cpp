#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "session/session_script.hpp"

using namespace kiosk;
using Type = ScriptCommand::Type;

namespace {

std::vector<std::string> errorsOf(const std::string& text) {
    return parseSessionScript(text, "demo.txt").errors;
}

}  // namespace

TEST_CASE("A valid script becomes its commands, comments and blank lines ignored") {
    const std::string text =
        "# open the timeline and look around\r\n"
        "\r\n"
        "tap 120 340.5\r\n"
        "  \t wait\t500   # let it settle\n"
        "drag 900 400 100.25 410 250\n"
        "shot timeline_2016-a\n"
        "expect-screen timeline\n"
        "wait 0";  // no newline at the end
    const ScriptParseResult result = parseSessionScript(text, "demo.txt");
    CHECK(result.errors.empty());
    REQUIRE(result.commands.size() == 6);

    const ScriptCommand& tap = result.commands[0];
    CHECK(tap.type == Type::Tap);
    CHECK(tap.line == 3);
    CHECK(tap.x1 == 120.0f);
    CHECK(tap.y1 == 340.5f);

    CHECK(result.commands[1].type == Type::Wait);
    CHECK(result.commands[1].line == 4);
    CHECK(result.commands[1].milliseconds == 500.0);

    const ScriptCommand& drag = result.commands[2];
    CHECK(drag.type == Type::Drag);
    CHECK(drag.line == 5);
    CHECK(drag.x1 == 900.0f);
    CHECK(drag.y1 == 400.0f);
    CHECK(drag.x2 == 100.25f);
    CHECK(drag.y2 == 410.0f);
    CHECK(drag.milliseconds == 250.0);

    CHECK(result.commands[3].type == Type::Shot);
    CHECK(result.commands[3].name == "timeline_2016-a");
    CHECK(result.commands[4].type == Type::ExpectScreen);
    CHECK(result.commands[4].name == "timeline");
    CHECK(result.commands[4].line == 7);
    CHECK(result.commands[5].type == Type::Wait);
    CHECK(result.commands[5].milliseconds == 0.0);
    CHECK(result.commands[5].line == 8);
}

TEST_CASE("Decimals may start or end with a point, a byte-order mark is tolerated") {
    const ScriptParseResult result = parseSessionScript("\xEF\xBB\xBFtap .5 7.\n", "demo.txt");
    CHECK(result.errors.empty());
    REQUIRE(result.commands.size() == 1);
    CHECK(result.commands[0].x1 == 0.5f);
    CHECK(result.commands[0].y1 == 7.0f);
}

TEST_CASE("An unknown command is named with the ones that exist") {
    CHECK(errorsOf("wait 1\nshot a\ntapp 1 2\n") ==
          std::vector<std::string>{
              "demo.txt:3: \"tapp\" is not a command; expected tap, drag, "
              "wait, shot, expect-screen, expect-version, usb-scan or no-input"});
}

TEST_CASE("A wrong number of arguments says how many are needed") {
    CHECK(errorsOf("tap 1\n") ==
          std::vector<std::string>{"demo.txt:1: tap needs 2 numbers (X Y), got 1"});
    CHECK(errorsOf("tap 1 2 3\n") ==
          std::vector<std::string>{"demo.txt:1: tap needs 2 numbers (X Y), got 3"});
    CHECK(errorsOf("drag 1 2 3 4\n") ==
          std::vector<std::string>{"demo.txt:1: drag needs 5 numbers (X1 Y1 X2 Y2 MS), got 4"});
    CHECK(errorsOf("wait\n") ==
          std::vector<std::string>{"demo.txt:1: wait needs 1 number (MS), got 0"});
    CHECK(errorsOf("shot\n") == std::vector<std::string>{"demo.txt:1: shot needs 1 name, got 0"});
    CHECK(errorsOf("expect-screen home map\n") ==
          std::vector<std::string>{"demo.txt:1: expect-screen needs 1 name, got 2"});
    // A misspelt screen fails before the session plays, not at its line.
    CHECK(errorsOf("expect-screen timelnie\n") ==
          std::vector<std::string>{
              "demo.txt:1: \"timelnie\" is not a screen; expected a name as --screen takes"});
}

TEST_CASE("Numbers must be plain non-negative decimals, each bad one is reported") {
    CHECK(errorsOf("tap abc 1e3\n") ==
          std::vector<std::string>{
              "demo.txt:1: \"abc\" is not a number; expected a decimal such as 120 or 0.5",
              "demo.txt:1: \"1e3\" is not a number; expected a decimal such as 120 or 0.5"});
    CHECK(errorsOf("wait -5\n") ==
          std::vector<std::string>{"demo.txt:1: \"-5\" is negative; expected 0 or more"});
    CHECK(errorsOf("wait 1.2.3\n") ==
          std::vector<std::string>{
              "demo.txt:1: \"1.2.3\" is not a number; expected a decimal such as 120 or 0.5"});
    CHECK(errorsOf("wait nan\n") ==
          std::vector<std::string>{
              "demo.txt:1: \"nan\" is not a number; expected a decimal such as 120 or 0.5"});
    CHECK(errorsOf("wait 2000000000\n") ==
          std::vector<std::string>{
              "demo.txt:1: \"2000000000\" is too large; expected at most 1000000000"});
}

TEST_CASE("A drag must take some time") {
    CHECK(errorsOf("drag 1 2 3 4 0\n") ==
          std::vector<std::string>{
              "demo.txt:1: drag duration \"0\" is too short; expected more than 0 ms"});
}

TEST_CASE("Shot names are safe file names") {
    CHECK(errorsOf("shot ../x\n") ==
          std::vector<std::string>{
              "demo.txt:1: shot name \"../x\" may only use letters, digits, '-' and '_'"});
    CHECK(errorsOf("shot 年表\n").size() == 1);
}

TEST_CASE("Every line is checked: errors for the bad ones, commands for the good ones") {
    const ScriptParseResult result =
        parseSessionScript("tap 1 2\ntapp\nwait 100\nwait x\r\nshot ok\nshot a/b\n", "s.txt");
    CHECK(result.errors ==
          std::vector<std::string>{
              "s.txt:2: \"tapp\" is not a command; expected tap, drag, wait, shot, expect-screen, "
              "expect-version, usb-scan or no-input",
              "s.txt:4: \"x\" is not a number; expected a decimal such as 120 or 0.5",
              "s.txt:6: shot name \"a/b\" may only use letters, digits, '-' and '_'"});
    REQUIRE(result.commands.size() == 3);
    CHECK(result.commands[0].line == 1);
    CHECK(result.commands[1].line == 3);
    CHECK(result.commands[2].line == 5);
}

TEST_CASE("Huge scripts and lines are handled and their messages stay short") {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += i % 2 ? "wait 1\n" : "junk\n";
    const ScriptParseResult result = parseSessionScript(text, "big.txt");
    CHECK(result.commands.size() == 100000);
    REQUIRE(result.errors.size() == 101);
    CHECK(result.errors[99] ==
          "big.txt:199: \"junk\" is not a command; expected tap, drag, wait, shot, expect-screen, "
          "expect-version, usb-scan or no-input");
    CHECK(result.errors[100] == "big.txt: 99900 more problems not listed (only the first 100 are)");

    // The longest lines a script may have.
    const std::string longToken(kMaxScriptLineBytes - 5, 'x');
    const std::vector<std::string> errors = errorsOf(
        "wait " + longToken + "\n" + "tap" + std::string(kMaxScriptLineBytes - 4, ' ') + "1\n");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "demo.txt:1: \"" + std::string(40, 'x') +
                           "...\" is not a number; expected a decimal such as 120 or 0.5");
    CHECK(errors[1] == "demo.txt:2: tap needs 2 numbers (X Y), got 1");
}

TEST_CASE("A line too long for a script ends the parse with one message") {
    const ScriptParseResult result = parseSessionScript(
        "tap 1 2\nwat 3\nwait " + std::string(1 << 20, '1') + "\nwait 4\njunk\n", "log.txt");
    CHECK(result.errors ==
          std::vector<std::string>{
              "log.txt:2: \"wat\" is not a command; expected tap, drag, wait, shot, expect-screen, "
              "expect-version, usb-scan or no-input",
              "log.txt:3: line is 1048581 bytes long; expected at most 1000 (is this file a "
              "script?)"});
    CHECK(result.commands.size() == 1);
    // A file without a newline is one line.
    CHECK(errorsOf(std::string(kMaxScriptLineBytes + 1, '\0')) ==
          std::vector<std::string>{"demo.txt:1: line is 1001 bytes long; expected at most 1000 "
                                   "(is this file a script?)"});
}

TEST_CASE("USB scans and pack versions are script commands") {
    const ScriptParseResult r =
        parseSessionScript("usb-scan\nexpect-version 7\nusb-scan now\nexpect-version\n", "u.txt");
    REQUIRE(r.commands.size() == 2);
    CHECK(r.commands[0].type == ScriptCommand::Type::UsbScan);
    CHECK(r.commands[1].type == ScriptCommand::Type::ExpectVersion);
    CHECK(r.commands[1].milliseconds == 7);
    CHECK(r.errors == std::vector<std::string>{"u.txt:3: usb-scan needs no arguments, got 1",
                                               "u.txt:4: expect-version needs 1 number (the pack "
                                               "version), got 0"});
}

TEST_CASE("A script that plays no input is refused unless it says it means to") {
    const std::string noInput =
        "demo.txt: the script plays no input (no tap, drag or usb-scan line), so it tests no "
        "visitor; a script meant to watch the kiosk left alone says so with a line \"no-input\"";
    CHECK(errorsOf("") == std::vector<std::string>{noInput});
    CHECK(errorsOf("# only a comment\n\n") == std::vector<std::string>{noInput});
    CHECK(errorsOf("wait 1000\nshot attract\nexpect-screen attract\nexpect-version 1\n") ==
          std::vector<std::string>{noInput});
    // Any one line of input is enough.
    CHECK(errorsOf("wait 1000\ntap 10 10\n").empty());
    CHECK(errorsOf("drag 1 2 3 4 5\n").empty());
    CHECK(errorsOf("usb-scan\nwait 500\n").empty());
}

TEST_CASE("no-input lets a script watch the kiosk left alone, and only that") {
    const ScriptParseResult watch =
        parseSessionScript("# the attract loop\nno-input\nwait 7500\nshot a\n", "demo.txt");
    CHECK(watch.errors.empty());
    REQUIRE(watch.commands.size() == 2);  // a statement about the script, not a step of it
    CHECK(watch.commands[0].type == Type::Wait);
    CHECK(errorsOf("no-input\n").empty());

    CHECK(errorsOf("no-input\nwait 10\nusb-scan\ntap 1 2\n") ==
          std::vector<std::string>{"demo.txt:1: no-input, but line 3 plays input (usb-scan)"});
    CHECK(errorsOf("tap 1 2\nno-input  # left alone\n") ==
          std::vector<std::string>{"demo.txt:2: no-input, but line 1 plays input (tap)"});
    CHECK(errorsOf("no-input now\n") ==
          std::vector<std::string>{"demo.txt:1: no-input needs no arguments, got 1"});
}

TEST_CASE("The input check waits until every line is right") {
    // A script with broken lines is told about those alone: its input may be
    // on one of them.
    CHECK(errorsOf("wait 100\ntap 1\n") ==
          std::vector<std::string>{"demo.txt:2: tap needs 2 numbers (X Y), got 1"});
}

TEST_CASE("Taps and drags off the screen the script plays on are named, line by line") {
    const ScriptParseResult script = parseSessionScript(
        "tap 120 340.5\ntap 960 10\nwait 100\ndrag 900 400 100 410 250\ndrag 10 10 10 540 "
        "100\ntap 959.5 539\n",
        "tour.script");
    REQUIRE(script.errors.empty());
    CHECK(inputOffScreen(script.commands, 961, 541, "tour.script").empty());
    CHECK(inputOffScreen(script.commands, 960, 541, "tour.script") ==
          std::vector<std::string>{
              "tour.script:2: tap at 960, 10 is off the 960x541 screen and would reach nothing; "
              "expected X below 960 and Y below 541"});
    CHECK(inputOffScreen(script.commands, 320, 180, "tour.script") ==
          std::vector<std::string>{
              "tour.script:1: tap at 120, 340.5 is off the 320x180 screen and would reach "
              "nothing; expected X below 320 and Y below 180",
              "tour.script:2: tap at 960, 10 is off the 320x180 screen and would reach nothing; "
              "expected X below 320 and Y below 180",
              "tour.script:4: drag from 900, 400 to 100, 410 is off the 320x180 screen and would "
              "reach nothing; expected X below 320 and Y below 180",
              "tour.script:5: drag from 10, 10 to 10, 540 is off the 320x180 screen and would "
              "reach nothing; expected X below 320 and Y below 180",
              "tour.script:6: tap at 959.5, 539 is off the 320x180 screen and would reach "
              "nothing; expected X below 320 and Y below 180"});
}

TEST_CASE("A script tapping off the screen thousands of times gets a short answer") {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "tap 2000 10\n";
    const ScriptParseResult script = parseSessionScript(text, "big.txt");
    const auto problems = inputOffScreen(script.commands, 1920, 1080, "big.txt");
    REQUIRE(problems.size() == 101);
    CHECK(problems[99].rfind("big.txt:100: tap at 2000, 10 is off the 1920x1080 screen", 0) == 0);
    CHECK(problems[100] == "big.txt: 4900 more problems not listed (only the first 100 are)");
}
