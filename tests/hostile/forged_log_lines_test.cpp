// Class 7: names from packs, sticks, tar entries and manifests once went into
// the log, the journal and the staff panel verbatim, so a newline or a terminal
// escape in a file name wrote a fake log line. Every such name is now escaped
// (text/printable.hpp) wherever it is logged or shown.
#include <catch2/catch.hpp>

#include <string>

#include "content/pack_loader.hpp"
#include "content/problem.hpp"
#include "support/temp_pack.hpp"
#include "text/printable.hpp"

using kiosk::printable;

TEST_CASE("forged log lines: control characters are written out, text passes through") {
    CHECK(printable("images/a.png") == "images/a.png");
    CHECK(printable("写真/東京 区政会館.jpg") == "写真/東京 区政会館.jpg");
    CHECK(printable("a\nkiosk: installed") == "a\\nkiosk: installed");
    CHECK(printable("a\r\tb") == "a\\r\\tb");
    CHECK(printable("\x1b[2J") == "\\e[2J");
    CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(printable("\x7f") == "\\x7f");
    // A backslash is left alone: it cannot start a line.
    CHECK(printable("events\\2014.json") == "events\\2014.json");
    // C1 controls (NEL, CSI) and the bidirectional override that turns
    // "gnp.exe" around; line and paragraph separators.
    CHECK(printable("a\xc2\x85" "b") == "a\\u0085b");
    CHECK(printable("\xc2\x9b" "2J") == "\\u009b2J");
    CHECK(printable("x\xe2\x80\xae" "gnp.exe") == "x\\u202egnp.exe");
    CHECK(printable("a\xe2\x80\xa8" "b") == "a\\u2028b");
    // Bytes that are not UTF-8: a stray continuation, an overlong NUL, a cut sequence.
    CHECK(printable("\x80") == "\\x80");
    CHECK(printable("\xc0\x80") == "\\xc0\\x80");
    CHECK(printable("\xe6\x9d") == "\\xe6\\x9d");
}

TEST_CASE("forged log lines: a problem line stays one line whatever the pack names") {
    const kiosk::Problem problem{kiosk::Problem::Severity::Error,
                                 "images/x\nkiosk: installed evil version 99.png", "/k\x1b[2J",
                                 "image \"x\r\" is missing"};
    const std::string line = problem.format();
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
    CHECK(line.find('\x1b') == std::string::npos);
    CHECK(line ==
          "images/x\\nkiosk: installed evil version 99.png: /k\\e[2J: image \"x\\r\" is missing");
}

TEST_CASE("forged log lines: a pack path with a control character is refused by name") {
    kiosk::test::TempPack pack;
    auto events = pack.readJson("events/2014.json");
    events["events"][1]["image"] = "images/x\nkiosk: installed.png";
    pack.writeJson("events/2014.json", events);
    const auto result = kiosk::loadPack(pack.dir());
    REQUIRE_FALSE(result.pack);
    bool named = false;
    for (const auto& p : result.problems.errors()) {
        const std::string line = p.format();
        CHECK(line.find('\n') == std::string::npos);
        named = named || line.find("control character in path \"images/x\\nkiosk: installed.png\"") !=
                             std::string::npos;
    }
    CHECK(named);
}
