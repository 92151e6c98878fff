// The USB path end to end on temporary folders: a folder appearing under a
// mount root is found, verified and installed, or refused with the reason
// staff will read.
#include "content/pack_loader.hpp"
#include "core/install/install_fixtures.hpp"
#include "install/crash_loop_guard.hpp"
#include "install/pack_state.hpp"
#include "jobs/job_runner.hpp"
#include "runtime/usb_installer.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct UsbRig {
    TestKey key;
    TempDir dir;
    std::string mountRoot = dir.path("media");
    std::string state = dir.path("state");
    std::vector<UsbEvent> events;
    int prepared = 0;

    UsbRig() { fs::create_directories(mountRoot); }

    UsbInstallStep step() {
        UsbInstallSettings s;
        s.mountRoots = {mountRoot};
        s.stateDir = state;
        s.trusted = key.trusted();
        return UsbInstallStep(s, [this](const std::string& packDir, std::string& why) {
            ++prepared;
            PackLoadResult loaded = loadPack(packDir);
            if (!loaded.pack) {
                why = loaded.problems.errors().front().format();
                return std::shared_ptr<Pack>();
            }
            return std::make_shared<Pack>(std::move(*loaded.pack));
        });
    }
    // Two looks, as the kiosk takes them a couple of seconds apart: the second
    // sees the stick settled.
    void plugIn(UsbInstallStep& step, const std::string& packDir, const std::string& label) {
        fs::create_directories(mountRoot + "/" + label);
        fs::copy(packDir, mountRoot + "/" + label + "/pack", fs::copy_options::recursive);
        const auto emit = [this](UsbEvent e) { events.push_back(std::move(e)); };
        step.run(emit);
        step.run(emit);
    }
    const UsbEvent& outcome() const {
        REQUIRE(events.size() >= 2);
        REQUIRE(events.back().result);
        return events.back();
    }
};

}  // namespace

TEST_CASE("A stick with a pack signed by a trusted key installs and hands over the loaded pack") {
    UsbRig rig;
    SignedPack pack(&rig.key, 7);
    auto step = rig.step();
    step.run([](UsbEvent) {});  // the kiosk was already watching
    rig.plugIn(step, pack.dir(), "STICK");
    REQUIRE(rig.events.size() == 2);
    CHECK(rig.events[0].notice.tone == InstallNotice::Tone::Working);
    const UsbEvent& done = rig.outcome();
    CHECK(done.result->outcome == InstallOutcome::Installed);
    CHECK(done.notice.tone == InstallNotice::Tone::Success);
    CHECK(done.notice.headline.en ==
          "Installed content version 7. It goes live at the next idle "
          "moment.");
    REQUIRE(done.pack);
    CHECK(done.pack->manifest.version == 7);
    CHECK(fs::equivalent(done.packDir, rig.state + "/current"));
    // Nothing was written to the stick.
    CHECK_FALSE(fs::exists(rig.mountRoot + "/STICK/pack/pack.json.tmp"));
    CHECK(fs::directory_entry(rig.mountRoot + "/STICK").exists());
}

TEST_CASE("An unsigned stick is refused and the state is untouched") {
    UsbRig rig;
    SignedPack pack(nullptr, 7);
    auto step = rig.step();
    rig.plugIn(step, pack.dir(), "STICK");
    const UsbEvent& done = rig.outcome();
    CHECK(done.result->outcome == InstallOutcome::RefusedUnsigned);
    CHECK(done.notice.tone == InstallNotice::Tone::Refusal);
    CHECK(done.notice.headline.ja == "署名がないため、このコンテンツは使えません。");
    CHECK(done.notice.detail.en == "The content on screen is unchanged.");
    CHECK_FALSE(done.pack);
    CHECK(rig.prepared == 0);
    CHECK_FALSE(fs::exists(rig.state + "/current"));
}

TEST_CASE("A stick signed by another key is refused as untrusted") {
    UsbRig rig;
    TestKey stranger;
    SignedPack pack(&stranger, 7);
    auto step = rig.step();
    rig.plugIn(step, pack.dir(), "STICK");
    CHECK(rig.outcome().result->outcome == InstallOutcome::RefusedUntrusted);
    CHECK(rig.outcome().notice.headline.en ==
          "Refused: the content is not signed by a trusted key.");
}

TEST_CASE("A tampered file on the stick is refused, naming the file") {
    UsbRig rig;
    SignedPack pack(&rig.key, 7);
    pack.writeText("events/2016.json", pack.readJson("events/2016.json").dump() + " ",
                   /*rehash=*/false);
    auto step = rig.step();
    rig.plugIn(step, pack.dir(), "STICK");
    const UsbEvent& done = rig.outcome();
    CHECK(done.result->outcome == InstallOutcome::RefusedDamaged);
    CHECK(done.notice.detail.en == "events/2016.json");
}

TEST_CASE("An older pack than the one installed is refused with both versions") {
    UsbRig rig;
    SignedPack newer(&rig.key, 9), older(&rig.key, 8);
    REQUIRE(installPack(newer.dir(), rig.state, rig.key.trusted()).ok());
    auto step = rig.step();
    rig.plugIn(step, older.dir(), "STICK");
    const UsbEvent& done = rig.outcome();
    CHECK(done.result->outcome == InstallOutcome::RefusedDowngrade);
    CHECK(done.notice.headline.en == "Refused: version 8 is older than version 9 in use.");
}

TEST_CASE("A stick with no pack on it is reported once") {
    UsbRig rig;
    auto step = rig.step();
    step.run([](UsbEvent) {});
    fs::create_directories(rig.mountRoot + "/PHOTOS");
    writeText(rig.mountRoot + "/PHOTOS/cat.jpg", "not a pack");
    std::vector<UsbEvent> events;
    step.run([&](UsbEvent e) { events.push_back(std::move(e)); });
    step.run([&](UsbEvent e) { events.push_back(std::move(e)); });
    REQUIRE(events.size() == 1);
    CHECK(events[0].notice.headline.en == "No content was found on this USB stick.");
}

TEST_CASE("A look at the sticks runs as a job: the render thread only collects its events") {
    UsbRig rig;
    SignedPack pack(&rig.key, 5);
    fs::create_directories(rig.mountRoot + "/STICK");
    fs::copy(pack.dir(), rig.mountRoot + "/STICK/pack", fs::copy_options::recursive);
    UsbInstallSettings s;
    s.mountRoots = {rig.mountRoot};
    s.stateDir = rig.state;
    s.trusted = rig.key.trusted();
    auto step = std::make_shared<UsbInstallStep>(s, PackPreparer{});
    JobRunner jobs;
    std::vector<UsbEvent> events;
    // A stick is looked at twice (it must have settled) before its pack installs.
    for (int look = 0; look < 2; ++look) {
        REQUIRE(jobs.submit<bool>(
            "job_install", kStateFolder,
            [step, &events](JobContext& job) {
                step->run([&](UsbEvent e) {
                    job.post(
                        [&events, e = std::move(e)]() mutable { events.push_back(std::move(e)); });
                });
                return true;
            },
            [](bool) {}));
        jobs.waitIdle();
    }
    CHECK(events.empty());  // nothing reaches the app between frames
    jobs.applyFinished();
    REQUIRE_FALSE(events.empty());
    REQUIRE(events.back().result);
    CHECK(events.back().result->outcome == InstallOutcome::Installed);
    CHECK_FALSE(events.back().packDir.empty());
    CHECK_FALSE(events.back().pack);  // no preparer: the kiosk loads it in the same job
}

TEST_CASE("A stick holding a pack the kiosk set aside is skipped and says why") {
    UsbRig rig;
    SignedPack good(&rig.key, 1), crashing(&rig.key, 2);
    REQUIRE(installPack(good.dir(), rig.state, rig.key.trusted()).ok());
    const InstallResult installed = installPack(crashing.dir(), rig.state, rig.key.trusted());
    REQUIRE(installed.ok());
    const std::string crashingName = fs::path(installed.packDir).filename().string();
    // Version 2 stopped the kiosk three times in a minute; the fourth start sets it aside.
    constexpr int64_t kT0 = 1800000000;
    StateEnvironment env;
    env.steps.sync = false;
    for (int i = 0; i < 4; ++i) {
        env.now = kT0 + i;
        guardAgainstCrashLoop(rig.state, crashingName, rig.key.trusted(), {}, env);
    }
    const std::string goodName = linkedPackName(rig.state + "/current");
    REQUIRE(goodName != crashingName);

    // Its stick is still in when the kiosk comes back on version 1.
    auto step = rig.step();
    rig.plugIn(step, crashing.dir(), "STICK");
    REQUIRE(rig.events.size() == 2);
    const UsbEvent& skipped = rig.events.back();
    CHECK_FALSE(skipped.result);
    REQUIRE(skipped.setAside);
    CHECK(skipped.setAside->pack == crashingName);
    CHECK(skipped.notice.tone == InstallNotice::Tone::Refusal);
    const std::string date = setAsideDate(kT0 + 3);
    CHECK(skipped.notice.headline.en == "Skipped: this content (version 2) was set aside on " +
                                            date + " because it stopped the kiosk 3 times.");
    CHECK(skipped.notice.detail.en ==
          "A fixed pack needs a higher version. The content on screen is unchanged.");
    CHECK_THAT(skipped.logLine, Catch::Contains("skipped: " + crashingName + " was set aside on " +
                                                date + " because it stopped the kiosk 3 times"));
    CHECK(rig.prepared == 0);
    CHECK(linkedPackName(rig.state + "/current") == goodName);
    const auto history = readHistory(StateFolder(rig.state), 1);
    REQUIRE(history.size() == 1);
    CHECK(history[0].outcome == "skipped-set-aside");

    // A fixed release on the next stick installs as usual.
    SignedPack fixed(&rig.key, 3);
    rig.plugIn(step, fixed.dir(), "FIXED");
    CHECK(rig.outcome().result->outcome == InstallOutcome::Installed);
}
