// The proof-of-play log: what showed, from when, for how long, on a fake
// clock; rows survive a cut-off line, the file stays under its cap, and an
// export holds every row once.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "runtime/proof_of_play.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

constexpr int kTokyo = 9 * 3600;
constexpr double kNoon = 1795921200.0;  // 2026-11-29T03:00:00Z = 12:00 in Tokyo

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

PlayRecord record(double start, const std::string& item, double seconds) {
    return PlayRecord{start, "attract", item, seconds, "loop"};
}

}  // namespace

TEST_CASE("A row says when in local time, what, where, how long and in which mode") {
    CHECK(formatPlayRow(PlayRecord{kNoon, "attract", "event:2016-04-26-kyoto", 8.04, "loop"},
                        kTokyo) ==
          "2026-11-29T12:00:00+09:00,attract,event:2016-04-26-kyoto,8.0,loop");
    CHECK(formatPlayRow(PlayRecord{kNoon + 0.9, "home", "", 12.25, "interactive"}, 0) ==
          "2026-11-29T03:00:00Z,home,,12.2,interactive");
    // A comma or quote inside a field does not split the row.
    CHECK(formatPlayRow(PlayRecord{kNoon, "attract", "qr:https://x.jp/a,b \"c\"", 1, "loop"},
                        -3600) ==
          "2026-11-29T02:00:00-01:00,attract,\"qr:https://x.jp/a,b "
          "\"\"c\"\"\",1.0,loop");
}

TEST_CASE("The tracker ends a showing when something else shows") {
    PlayTracker tracker("interactive");
    CHECK_FALSE(tracker.observe("attract", "title", 10.0, kNoon));
    CHECK_FALSE(tracker.observe("attract", "title", 12.0, kNoon + 2));  // the same: nothing ends
    const auto title = tracker.observe("attract", "numbers", 18.0, kNoon + 8);
    REQUIRE(title);
    CHECK(title->item == "title");
    CHECK(title->startUnix == kNoon);
    CHECK(title->seconds == 8.0);
    CHECK(title->mode == "interactive");
    // A visitor wakes it: the slide ends, the home screen starts.
    const auto numbers = tracker.observe("home", "", 21.5, kNoon + 11.5);
    REQUIRE(numbers);
    CHECK(numbers->item == "numbers");
    CHECK(numbers->seconds == 3.5);
    // The same screen with another parameter is another showing.
    CHECK(tracker.observe("event", "2016-04-26-kyoto", 30.0, kNoon + 20)->screen == "home");
    CHECK(tracker.observe("event", "2017-01-01-x", 40.0, kNoon + 30)->item == "2016-04-26-kyoto");
    // The screen goes dark (schedule): the showing ends and nothing new starts.
    CHECK(tracker.observe("", "", 45.0, kNoon + 35)->seconds == 5.0);
    CHECK_FALSE(tracker.finish(50.0));
    // A wall clock set back during a showing does not matter: steady time measures it.
    CHECK_FALSE(tracker.observe("attract", "title", 60.0, kNoon + 50));
    const auto last = tracker.finish(64.0);
    REQUIRE(last);
    CHECK(last->seconds == 4.0);
    CHECK(last->startUnix == kNoon + 50);
}

TEST_CASE("The log starts with a header and appends rows") {
    kiosk::test::TempDir dir;
    PlayLogFile file(dir.path("logs/play.csv"), 1 << 20, kTokyo);  // the folder is made
    CHECK(file.append(record(kNoon, "title", 8)) == "");
    CHECK(file.append(record(kNoon + 8, "numbers", 10)) == "");
    CHECK(linesOf(readAll(dir.path("logs/play.csv"))) ==
          std::vector<std::string>{kPlayLogHeader,
                                   "2026-11-29T12:00:00+09:00,attract,title,8.0,loop",
                                   "2026-11-29T12:00:08+09:00,attract,numbers,10.0,loop"});
    // A second run appends to the same file, without a second header.
    PlayLogFile again(dir.path("logs/play.csv"), 1 << 20, kTokyo);
    CHECK(again.append(record(kNoon + 100, "map", 9)) == "");
    CHECK(linesOf(readAll(dir.path("logs/play.csv"))).size() == 4);
}

TEST_CASE("A row cut off by a power loss is closed before the next row") {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("play.csv");
    std::ofstream(path) << kPlayLogHeader << "\n2026-11-29T12:00:00+09:00,attract,ti";
    PlayLogFile file(path, 1 << 20, kTokyo);
    CHECK(file.append(record(kNoon, "numbers", 4)) == "");
    const auto lines = linesOf(readAll(path));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == "2026-11-29T12:00:00+09:00,attract,ti");
    CHECK(lines[2] == "2026-11-29T12:00:00+09:00,attract,numbers,4.0,loop");
}

TEST_CASE("At its cap the log moves to FILE.1 and starts again, so it never grows past twice") {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("play.csv");
    const size_t rowBytes = formatPlayRow(record(kNoon, "title", 8), kTokyo).size() + 1;
    const size_t cap = 10 * rowBytes;
    PlayLogFile file(path, cap, kTokyo);
    for (int i = 0; i < 100; ++i) {
        REQUIRE(file.append(record(kNoon + i * 8, "title", 8)) == "");
        const size_t current = readAll(path).size();
        const size_t older = readAll(path + ".1").size();
        REQUIRE(current <= cap);
        REQUIRE(current + older <= 2 * cap);
    }
    CHECK(linesOf(readAll(path))[0] == kPlayLogHeader);
    CHECK(linesOf(readAll(path + ".1"))[0] == kPlayLogHeader);
    // The newest row is the last of the current file.
    CHECK(linesOf(readAll(path)).back() ==
          formatPlayRow(record(kNoon + 99 * 8, "title", 8), kTokyo));
}

TEST_CASE("The recorder writes each showing once it ends, reading the wall clock only then") {
    kiosk::test::TempDir dir;
    double wall = kNoon;
    int wallReads = 0;
    ProofOfPlayRecorder recorder(PlayLogFile(dir.path("play.csv"), 1 << 20, kTokyo), "loop", [&] {
        ++wallReads;
        return wall;
    });
    for (int frame = 0; frame <= 600; ++frame) {  // ten seconds at 60 frames a second
        const double now = frame / 60.0;
        wall = kNoon + now;
        CHECK(recorder.observe("attract", now < 6.0 ? "title" : "numbers", now) == "");
    }
    CHECK(wallReads == 2);
    CHECK(recorder.finish(10.0) == "");
    CHECK(linesOf(readAll(dir.path("play.csv"))) ==
          std::vector<std::string>{kPlayLogHeader,
                                   "2026-11-29T12:00:00+09:00,attract,title,6.0,loop",
                                   "2026-11-29T12:00:06+09:00,attract,numbers,4.0,loop"});
}

TEST_CASE("A log that cannot be written says where and why") {
    kiosk::test::TempDir dir;
    std::ofstream(dir.path("file")) << "x";
    PlayLogFile file(dir.path("file/play.csv"), 1 << 20, kTokyo);  // under a plain file
    const std::string why = file.append(record(kNoon, "title", 8));
    CHECK(why.rfind(dir.path("file/play.csv") + ": cannot be opened: ", 0) == 0);
}

TEST_CASE("An export holds every row of both files once, oldest first, under a dated name") {
    kiosk::test::TempDir dir;
    const std::string path = dir.path("play.csv");
    const size_t rowBytes = formatPlayRow(record(kNoon, "title", 8), kTokyo).size() + 1;
    PlayLogFile file(path, 5 * rowBytes, kTokyo);
    for (int i = 0; i < 7; ++i)
        REQUIRE(file.append(record(kNoon + i, "s" + std::to_string(i), 1)) == "");
    REQUIRE(readAll(path + ".1").size() > 0);  // the rows are split over both files

    kiosk::test::TempDir stick;
    const PlayLogExport done = exportPlayLog(path, stick.dir(), kNoon + 3600, kTokyo);
    CHECK(done.error == "");
    CHECK(done.rows == 7);
    CHECK(done.path == stick.path("proof-of-play-20261129-130000.csv"));
    const auto lines = linesOf(readAll(done.path));
    REQUIRE(lines.size() == 8);
    CHECK(lines[0] == kPlayLogHeader);
    for (int i = 0; i < 7; ++i)
        CHECK(lines[i + 1].find(",attract,s" + std::to_string(i) + ",") != std::string::npos);

    // Nothing recorded yet: an export with the header alone, not an error.
    const PlayLogExport empty = exportPlayLog(dir.path("none.csv"), stick.dir(), kNoon, kTokyo);
    CHECK(empty.error == "");
    CHECK(empty.rows == 0);
    // A stick that is gone: the error names the file.
    const PlayLogExport gone = exportPlayLog(path, dir.path("no-stick"), kNoon, kTokyo);
    CHECK(gone.error.find(dir.path("no-stick")) == 0);
}
