// Packs arriving in the inbox folder, on temporary folders with real signed
// packs: installed once when complete, waited for while partial, refused once.
#include "core/install/install_fixtures.hpp"
#include "install/install_state.hpp"
#include "runtime/inbox_installer.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct InboxRig {
    TestKey key;
    TempDir dir;
    std::string inbox = dir.path("inbox");
    std::string state = dir.path("state");
    std::vector<UsbEvent> events;
    InboxInstallStep step;
    double now = 0.0;

    InboxRig() : step(settings()) { fs::create_directories(inbox); }

    InboxInstallSettings settings() {
        InboxInstallSettings s;
        s.inbox = dir.path("inbox");
        s.stateDir = dir.path("state");
        s.trusted = key.trusted();
        s.settleSeconds = 2.0;
        return s;
    }
    // A look every 1.5 s of the step's clock, `count` times.
    void looks(int count) {
        for (int i = 0; i < count; ++i) {
            step.run(now, [this](UsbEvent e) { events.push_back(std::move(e)); });
            now += 1.5;
        }
    }
    std::vector<const UsbEvent*> outcomes() const {
        std::vector<const UsbEvent*> out;
        for (const auto& e : events)
            if (e.result) out.push_back(&e);
        return out;
    }
    std::string current() const { return linkedPackName(StateFolder(state).current); }
    std::string noteOf(const std::string& name) const {
        for (const auto& n : step.notes())
            if (n.name == name) return n.state + (n.detail.empty() ? "" : ": " + n.detail);
        return "(none)";
    }
    size_t installsInHistory() const { return readHistory(StateFolder(state), 1000).size(); }
};

}  // namespace

TEST_CASE("a signed pack in the inbox is installed once, and not again at later looks") {
    InboxRig rig;
    SignedPack pack(&rig.key, 7);
    fs::copy(pack.dir(), rig.inbox + "/release-7", fs::copy_options::recursive);
    rig.looks(2);  // seen, then settling
    CHECK(rig.outcomes().empty());
    rig.looks(1);
    REQUIRE(rig.outcomes().size() == 1);
    const UsbEvent& done = *rig.outcomes()[0];
    CHECK(done.result->outcome == InstallOutcome::Installed);
    CHECK(done.notice.tone == InstallNotice::Tone::Success);
    CHECK(done.notice.headline.en ==
          "Installed content version 7. It goes live at the next idle moment.");
    CHECK(fs::equivalent(done.packDir, rig.state + "/current"));
    CHECK(rig.events.front().notice.headline.en ==
          "Checking the content that arrived in the inbox folder…");
    CHECK(rig.noteOf("release-7").rfind("installed", 0) == 0);

    rig.looks(20);  // half a minute more
    CHECK(rig.outcomes().size() == 1);
    CHECK(rig.installsInHistory() == 1);

    // Another kiosk start (a fresh step) finds it in use and leaves it.
    InboxInstallStep restarted(rig.settings());
    std::vector<UsbEvent> after;
    for (double t = 0; t < 10; t += 1.5) restarted.run(t, [&](UsbEvent e) { after.push_back(e); });
    REQUIRE(after.size() == 1);
    CHECK_FALSE(after[0].result);
    CHECK(after[0].notice.headline.empty());
    CHECK(after[0].logLine.find("is the pack in use") != std::string::npos);
    CHECK(rig.installsInHistory() == 1);
}

TEST_CASE("a partial copy is waited for quietly, then installed when complete") {
    InboxRig rig;
    SignedPack pack(&rig.key, 3);
    const std::string target = rig.inbox + "/release-3";
    fs::copy(pack.dir(), target, fs::copy_options::recursive);
    // As Syncthing leaves it mid-way: one file not yet there, the next one
    // being written under its temporary name, another cut short.
    const auto manifest = nlohmann::json::parse(readText(target + "/pack.json"));
    const std::string missing = manifest["files"][0]["path"];
    const std::string shortened = manifest["files"][1]["path"];
    const std::string whole = readText(target + "/" + shortened);
    fs::rename(target + "/" + missing, rig.dir.path("held-back"));
    writeText(target + "/.syncthing.next.json.tmp", "{\"par");

    rig.looks(6);
    CHECK(rig.outcomes().empty());
    CHECK(rig.noteOf("release-3") == "copying: .syncthing.next.json.tmp");

    // The temporary file is gone, but a file is still missing.
    fs::remove(target + "/.syncthing.next.json.tmp");
    rig.looks(6);
    CHECK(rig.outcomes().empty());
    CHECK(rig.noteOf("release-3") == "waiting: " + missing + " is missing");
    for (const auto& e : rig.events) CHECK(e.notice.headline.empty());  // nothing on screen

    // It arrives; another is still short.
    fs::rename(rig.dir.path("held-back"), target + "/" + missing);
    writeText(target + "/" + shortened, whole.substr(0, whole.size() / 2));
    rig.looks(6);
    CHECK(rig.outcomes().empty());
    CHECK(rig.noteOf("release-3").find(shortened + " has ") != std::string::npos);
    CHECK(rig.current().empty());
    CHECK(rig.installsInHistory() == 0);  // never tried: nothing half-installed

    writeText(target + "/" + shortened, whole);
    rig.looks(3);
    REQUIRE(rig.outcomes().size() == 1);
    CHECK(rig.outcomes()[0]->result->outcome == InstallOutcome::Installed);
    CHECK(rig.current().find("-v3-") != std::string::npos);
}

TEST_CASE("a complete pack signed by a stranger is refused once, not at every look") {
    InboxRig rig;
    TestKey stranger;
    SignedPack pack(&stranger, 4);
    fs::copy(pack.dir(), rig.inbox + "/release-4", fs::copy_options::recursive);
    rig.looks(20);
    REQUIRE(rig.outcomes().size() == 1);
    CHECK(rig.outcomes()[0]->result->outcome == InstallOutcome::RefusedUntrusted);
    CHECK(rig.outcomes()[0]->notice.tone == InstallNotice::Tone::Refusal);
    CHECK(rig.noteOf("release-4").rfind("refused", 0) == 0);
    CHECK(rig.installsInHistory() == 1);
    CHECK(rig.current().empty());
}

TEST_CASE("of several packs the newest is installed, an older one is logged once") {
    InboxRig rig;
    SignedPack older(&rig.key, 5, "1"), newer(&rig.key, 6, "2");
    fs::copy(older.dir(), rig.inbox + "/a-release", fs::copy_options::recursive);
    fs::copy(newer.dir(), rig.inbox + "/b-release", fs::copy_options::recursive);
    rig.looks(20);
    REQUIRE(rig.outcomes().size() == 1);
    CHECK(rig.outcomes()[0]->result->version == 6);
    CHECK(rig.current().find("-v6-") != std::string::npos);
    CHECK(rig.noteOf("a-release") == "older: version 5 is older than version 6 in use");
    int warnings = 0;
    for (const auto& e : rig.events) warnings += e.warning ? 1 : 0;
    CHECK(warnings == 1);
}

TEST_CASE("hidden entries and folders without pack.json are not packs") {
    InboxRig rig;
    fs::create_directories(rig.inbox + "/.stfolder");
    fs::create_directories(rig.inbox + "/notes");
    writeText(rig.inbox + "/notes/readme.txt", "for staff");
    writeText(rig.inbox + "/.syncthing.v9.kpack.tmp", "partial");
    rig.looks(5);
    CHECK(rig.events.empty());
    CHECK(rig.step.notes().empty());
}

TEST_CASE(
    "an archive written under a temporary name, or still growing, waits, renamed whole it "
    "installs") {
    InboxRig rig;
    SignedPack pack(&rig.key, 8);
    const std::string bytes = tarBytes(packItems(pack.dir()));
    // A sync tool writes it as .part; the kiosk does not even see a pack yet.
    writeText(rig.inbox + "/release-8.kpack.part", bytes.substr(0, bytes.size() / 3));
    rig.looks(4);
    CHECK(rig.events.empty());
    // A plain copy in place: the archive grows between looks.
    for (size_t cut : {bytes.size() / 3, bytes.size() / 2, bytes.size() * 3 / 4}) {
        writeText(rig.inbox + "/release-8.kpack", bytes.substr(0, cut));
        rig.looks(1);
    }
    CHECK(rig.outcomes().empty());
    CHECK(rig.noteOf("release-8.kpack") == "changing");
    fs::remove(rig.inbox + "/release-8.kpack");
    fs::rename(rig.inbox + "/release-8.kpack.part", rig.inbox + "/release-8.kpack");
    writeText(rig.inbox + "/release-8.kpack", bytes);
    rig.looks(3);
    REQUIRE(rig.outcomes().size() == 1);
    CHECK(rig.outcomes()[0]->result->outcome == InstallOutcome::Installed);
    CHECK(rig.current().find("-v8-") != std::string::npos);
}

TEST_CASE("an inbox folder that is not there is said once, and packs arrive once it is") {
    InboxRig rig;
    fs::remove_all(rig.inbox);
    rig.looks(5);
    REQUIRE(rig.events.size() == 1);
    CHECK(rig.events[0].warning);
    CHECK(rig.events[0].logLine.find("cannot be read") != std::string::npos);
    SignedPack pack(&rig.key, 2);
    fs::create_directories(rig.inbox);
    fs::copy(pack.dir(), rig.inbox + "/release-2", fs::copy_options::recursive);
    rig.looks(3);
    REQUIRE(rig.outcomes().size() == 1);
    CHECK(rig.outcomes()[0]->result->outcome == InstallOutcome::Installed);
}
