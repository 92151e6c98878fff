// kiosk --watch on the real interactive loop (NullDisplay, simulated clock):
// a built pack edited while a visitor's screen is open reloads in place, and
// a pack made invalid keeps the last good content under its problems until
// it is fixed. The folder is looked at inline, on the loop's clock.
#include <catch2/catch.hpp>

#include "kiosk_runtime.hpp"
#include "pack_watcher.hpp"
#include "support/null_kiosk.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 320, kHeight = 180;
const std::string kEventsFile = "events/2016.json";

NullDisplay smallPanel() {
    NullDisplaySettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    return NullDisplay(settings);
}

// The watched copy of the default pack, loaded; the loop's settings hold its watcher.
struct WatchedPack {
    test::TempPack pack;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 600.0, 5.0);
    std::unique_ptr<LiveContent> content;

    WatchedPack() {
        PackWatchSettings watch;
        watch.dir = pack.dir();
        watch.inlineLooks = true;
        WatchStart start = startWatching(watch, settings);
        REQUIRE(start.first.prepared);
        CHECK_FALSE(start.first.problems.hasErrors());
        settings.watcher = std::move(start.watcher);
        content = test::makeTestContent(settings);
        REQUIRE(content);
    }
    std::string firstEventId() const {
        return pack.readJson(kEventsFile)["events"][0]["id"].get<std::string>();
    }
    void retitleFirstEvent(const std::string& english) {
        auto events = pack.readJson(kEventsFile);
        events["events"][0]["title"]["en"] = english;
        pack.writeJson(kEventsFile, events);
    }
};

// Runs `step` once, at the first pass at or after `at` seconds.
struct Once {
    double at;
    std::function<void(KioskRuntime&, double)> step;
    bool done = false;
};

LoopPassHook inTurn(std::vector<Once>& steps) {
    return [&steps](KioskRuntime& runtime, double now) {
        for (Once& s : steps)
            if (!s.done && now >= s.at) {
                s.done = true;
                s.step(runtime, now);
            }
    };
}

}  // namespace

TEST_CASE("a saved edit reloads the watched pack on the event and language being shown") {
    test::ScopedImGui imgui;
    WatchedPack watched;
    const std::string id = watched.firstEventId();
    const ScreenRef event{ScreenId::Event, id};
    std::string titleSeen;
    ScreenRef screenSeen;
    Language languageSeen = Language::Japanese;
    std::vector<Once> steps = {
        {1.0,
         [&](KioskRuntime& r, double now) { r.app().showScreen(event, Language::English, now); }},
        {2.0, [&](KioskRuntime&, double) { watched.retitleFirstEvent("Edited in the preview"); }},
        {6.0, [&](KioskRuntime& r, double) {
             titleSeen = r.pack().findEvent(id)->title.en;
             screenSeen = r.app().visitorScreen();
             languageSeen = r.app().language();
         }}};
    NullDisplay display = smallPanel();
    const test::LoopRun run = test::runInteractiveFor(display, std::move(watched.content),
                                                      watched.settings, 7.0, inTurn(steps));
    CHECK(run.exitStatus == 0);
    CHECK(titleSeen == "Edited in the preview");
    CHECK(screenSeen == event);
    CHECK(languageSeen == Language::English);
}

TEST_CASE(
    "a watched pack made invalid keeps the last good content under its problems until fixed") {
    test::ScopedImGui imgui;
    WatchedPack watched;
    const std::string id = watched.firstEventId();
    const nlohmann::json good = watched.pack.readJson(kEventsFile);
    std::vector<std::string> problemsWhileBroken;
    bool lastGoodShown = false, packKept = false, fixedClean = false, fixedShown = false;
    std::vector<Once> steps = {{1.0,
                                [&](KioskRuntime&, double) {
                                    auto broken = good;
                                    broken["events"][0]["date"] = "2016-13-45";
                                    broken["events"][0]["title"]["en"] = "Broken";
                                    watched.pack.writeJson(kEventsFile, broken);
                                }},
                               {4.0,
                                [&](KioskRuntime& r, double) {
                                    for (const auto& p : r.packProblems().problems)
                                        problemsWhileBroken.push_back(p.format());
                                    lastGoodShown = r.packProblems().showingLastGood;
                                    packKept = r.pack().findEvent(id)->title.en != "Broken";
                                }},
                               {5.0,
                                [&](KioskRuntime&, double) {
                                    auto fixed = good;
                                    fixed["events"][0]["title"]["en"] = "Fixed";
                                    watched.pack.writeJson(kEventsFile, fixed);
                                }},
                               {9.0, [&](KioskRuntime& r, double) {
                                    fixedClean = !r.packProblems().showingLastGood;
                                    for (const auto& p : r.packProblems().problems)
                                        fixedClean =
                                            fixedClean && p.severity == Problem::Severity::Warning;
                                    fixedShown = r.pack().findEvent(id)->title.en == "Fixed";
                                }}};
    NullDisplay display = smallPanel();
    test::runInteractiveFor(display, std::move(watched.content), watched.settings, 10.0,
                            inTurn(steps));
    REQUIRE_FALSE(problemsWhileBroken.empty());
    CHECK(problemsWhileBroken.front().find(kEventsFile + ": /events/0/date") == 0);
    CHECK(lastGoodShown);
    CHECK(packKept);
    CHECK(fixedClean);
    CHECK(fixedShown);
}
