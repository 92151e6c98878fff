// The installer: what each outcome leaves in the state folder, and that a
// refusal never touches the pack in use.
#include "install/pack_installer.hpp"
#include "install/pack_state.hpp"
#include "install/pack_verification.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string currentName(const std::string& state) {
    std::error_code ec;
    return fs::read_symlink(state + "/current", ec).filename().string();
}

std::vector<std::string> installedNames(const std::string& state) {
    std::vector<std::string> names;
    for (const auto& pack : listInstalledPacks(StateFolder(state))) names.push_back(pack.name);
    return names;
}

}  // namespace

TEST_CASE("A signed pack installs into an empty state folder and becomes current") {
    TestKey key;
    SignedPack pack(&key, 4);
    TempDir dir;
    const std::string state = dir.path("state");
    StateEnvironment env;
    env.now = 1764374400;
    uint64_t lastDone = 0, lastTotal = 0;
    env.progress = [&](uint64_t done, uint64_t total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const auto result = installPack(pack.dir(), state, key.trusted(), {}, env);
    CHECK(result.outcome == InstallOutcome::Installed);
    CHECK(result.reason == "installed tokyo23-partnership version 4");
    CHECK(result.version == 4);
    CHECK(result.currentVersion == 0);
    CHECK(lastTotal > 0);
    CHECK(lastDone == lastTotal);

    const auto verification = verifyPack(pack.dir(), key.trusted());
    const std::string name = "tokyo23-partnership-v4-" + verification.manifestSha256.substr(0, 12);
    CHECK(result.packDir == state + "/packs/" + name);
    CHECK(fs::read_symlink(state + "/current") == "packs/" + name);
    CHECK(verifyPack(state + "/current", key.trusted()).ok());
    CHECK(readText(state + "/current/pack.json") == readText(pack.path("pack.json")));
    CHECK(readText(state + "/current/pack.sig") == readText(pack.path("pack.sig")));
    CHECK(fs::is_empty(state + "/staging"));

    const auto history = readHistory(StateFolder(state), 10);
    REQUIRE(history.size() == 1);
    CHECK(history[0].time == 1764374400);
    CHECK(history[0].action == "install");
    CHECK(history[0].outcome == "installed");
    CHECK(history[0].pack == name);
    CHECK(history[0].message == pack.dir() + ": installed tokyo23-partnership version 4");
}

TEST_CASE("Installing the pack in use again changes nothing") {
    TestKey key;
    SignedPack pack(&key, 4);
    TempDir dir;
    REQUIRE(installPack(pack.dir(), dir.path("s"), key.trusted()).ok());
    const auto result = installPack(pack.dir(), dir.path("s"), key.trusted());
    CHECK(result.outcome == InstallOutcome::AlreadyInstalled);
    CHECK(result.reason == "tokyo23-partnership version 4 is already in use");
    CHECK(installedNames(dir.path("s")).size() == 1);
}

TEST_CASE("A newer pack replaces the current one, which stays for rollback") {
    TestKey key;
    SignedPack v1(&key, 1), v2(&key, 2);
    TempDir dir;
    const std::string state = dir.path("s");
    REQUIRE(installPack(v1.dir(), state, key.trusted()).ok());
    const auto result = installPack(v2.dir(), state, key.trusted());
    CHECK(result.reason == "installed tokyo23-partnership version 2 (was version 1)");
    CHECK(result.currentVersion == 1);
    CHECK(installedNames(state).size() == 2);
    CHECK(currentName(state).find("-v2-") != std::string::npos);
}

TEST_CASE("An older pack is refused unless a downgrade is asked for") {
    TestKey key;
    SignedPack v2(&key, 2), v3(&key, 3);
    TempDir dir;
    const std::string state = dir.path("s");
    REQUIRE(installPack(v3.dir(), state, key.trusted()).ok());
    auto result = installPack(v2.dir(), state, key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedDowngrade);
    CHECK(result.reason == "refused: version 2 is older than version 3 in use");
    CHECK(result.currentVersion == 3);
    CHECK(result.version == 2);
    CHECK(currentName(state).find("-v3-") != std::string::npos);
    CHECK(installedNames(state).size() == 1);

    InstallOptions options;
    options.allowDowngrade = true;
    result = installPack(v2.dir(), state, key.trusted(), options);
    CHECK(result.outcome == InstallOutcome::Installed);
    CHECK(currentName(state).find("-v2-") != std::string::npos);
}

TEST_CASE("A different pack with the version in use is refused as not newer") {
    TestKey key;
    SignedPack a(&key, 3, "1"), b(&key, 3, "2");
    TempDir dir;
    REQUIRE(installPack(a.dir(), dir.path("s"), key.trusted()).ok());
    const auto result = installPack(b.dir(), dir.path("s"), key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedDowngrade);
    CHECK(result.reason ==
          "refused: version 3 is already in use with different content; a new release needs a "
          "higher version");
}

TEST_CASE("Refusals name the reason and leave the pack in use") {
    TestKey key, stranger;
    SignedPack v1(&key, 1);
    TempDir dir;
    const std::string state = dir.path("s");
    REQUIRE(installPack(v1.dir(), state, key.trusted()).ok());
    const std::string before = currentName(state);

    SignedPack unsignedPack(nullptr, 2);
    auto result = installPack(unsignedPack.dir(), state, key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedUnsigned);
    CHECK(result.reason ==
          "refused: pack.sig: (file): file is missing; the pack is not signed (sign it "
          "with kiosk-pack sign)");

    SignedPack foreign(&stranger, 2);
    result = installPack(foreign.dir(), state, key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedUntrusted);

    SignedPack damaged(&key, 2);
    writeText(damaged.path("events/2016.json"), "{}");
    result = installPack(damaged.dir(), state, key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedDamaged);
    CHECK(result.file == "events/2016.json");
    CHECK_THAT(result.reason,
               Catch::StartsWith("refused: events/2016.json: (file): file is 2 bytes"));

    result = installPack(dir.path("nothing-here"), state, key.trusted());
    CHECK(result.outcome == InstallOutcome::Failed);

    CHECK(currentName(state) == before);
    CHECK(installedNames(state).size() == 1);
    CHECK(fs::is_empty(state + "/staging"));
    const auto history = readHistory(StateFolder(state), 10);
    REQUIRE(history.size() == 5);
    CHECK(history[1].outcome == "refused-unsigned");
    CHECK(history[2].outcome == "refused-untrusted");
    CHECK(history[3].outcome == "refused-damaged");
    CHECK(history[4].outcome == "failed");
}

TEST_CASE("Unsigned packs install only when allowed") {
    SignedPack pack(nullptr, 2);
    TempDir dir;
    InstallOptions options;
    options.allowUnsigned = true;
    CHECK(installPack(pack.dir(), dir.path("s"), {}, options).outcome == InstallOutcome::Installed);
    CHECK_FALSE(fs::exists(dir.path("s/current/pack.sig")));
}

TEST_CASE("A pack too large for the free disk is refused before anything is copied") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    StateEnvironment env;
    const uint64_t free = (64ull << 20) + (100u << 10);  // the reserve and 100 KiB
    env.freeBytes = [free](const std::string&) { return std::optional<uint64_t>(free); };
    const auto result = installPack(pack.dir(), dir.path("s"), key.trusted(), {}, env);
    CHECK(result.outcome == InstallOutcome::RefusedTooLarge);
    CHECK(result.freeBytes == free);
    CHECK(result.neededBytes > (64ull << 20));
    CHECK(result.reason == "refused: the pack needs " +
                               std::to_string((result.neededBytes + 999999) / 1000000) +
                               " MB of disk (with a reserve of 68 MB) and 68 MB are free");
    CHECK(installedNames(dir.path("s")).empty());
    CHECK_FALSE(fs::exists(dir.path("s/current")));

    env.freeBytes = [](const std::string&) { return std::optional<uint64_t>(1ull << 30); };
    CHECK(installPack(pack.dir(), dir.path("s"), key.trusted(), {}, env).ok());
}

TEST_CASE("Only keepPrevious earlier packs are kept, and never last-good") {
    TestKey key;
    TempDir dir;
    const std::string state = dir.path("s");
    InstallOptions options;
    options.keepPrevious = 2;
    SignedPack v1(&key, 1);
    REQUIRE(installPack(v1.dir(), state, key.trusted(), options).ok());
    REQUIRE(markGood(state).ok);  // v1 ran: it stays whatever the count
    std::vector<std::string> pruned;
    for (int version = 2; version <= 6; ++version) {
        SignedPack pack(&key, version);
        const auto result = installPack(pack.dir(), state, key.trusted(), options);
        REQUIRE(result.ok());
        pruned.insert(pruned.end(), result.pruned.begin(), result.pruned.end());
    }
    const auto names = installedNames(state);
    REQUIRE(names.size() == 4);  // v6 current, v5 and v4 kept, v1 last-good
    CHECK(names[0].find("-v6-") != std::string::npos);
    CHECK(names[1].find("-v5-") != std::string::npos);
    CHECK(names[2].find("-v4-") != std::string::npos);
    CHECK(names[3].find("-v1-") != std::string::npos);
    REQUIRE(pruned.size() == 2);
    CHECK(pruned[0].find("-v2-") != std::string::npos);
    CHECK(pruned[1].find("-v3-") != std::string::npos);
    CHECK(fs::is_empty(state + "/staging"));
}

TEST_CASE("A pack the kiosk cannot load is refused when a load check is given") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    InstallOptions options;
    std::string checked;
    options.loadCheck = [&checked](const std::string& packDir) {
        checked = packDir;
        return std::string("playlist.json: /slides: is empty");
    };
    const auto result = installPack(pack.dir(), dir.path("s"), key.trusted(), options);
    CHECK(result.outcome == InstallOutcome::RefusedInvalid);
    CHECK(result.reason == "refused: the kiosk cannot load it: playlist.json: /slides: is empty");
    CHECK(checked.find("/staging/") != std::string::npos);
    CHECK(installedNames(dir.path("s")).empty());
    CHECK(fs::is_empty(dir.path("s/staging")));
}

TEST_CASE("A damaged installed copy of the offered pack is replaced by a fresh one") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    const std::string state = dir.path("s");
    const auto first = installPack(pack.dir(), state, key.trusted());
    REQUIRE(first.ok());
    fs::permissions(first.packDir + "/theme.json", fs::perms::owner_write, fs::perm_options::add);
    writeText(first.packDir + "/theme.json", "{}");
    const auto again = installPack(pack.dir(), state, key.trusted());
    CHECK(again.outcome == InstallOutcome::Installed);
    CHECK(verifyPack(state + "/current", key.trusted()).ok());
}

TEST_CASE("Leftovers of an interrupted install are cleared by the next one") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    const std::string state = dir.path("s");
    fs::create_directories(state + "/staging/install-abc123/events");
    writeText(state + "/staging/install-abc123/events/2014.json", "half");
    fs::create_symlink("packs/nothing", state + "/current.new");
    REQUIRE(installPack(pack.dir(), state, key.trusted()).ok());
    CHECK(fs::is_empty(state + "/staging"));
    CHECK_FALSE(fs::is_symlink(state + "/current.new"));
}

TEST_CASE("A source that changes or goes away during the copy is refused and changes nothing") {
    TestKey key;
    SignedPack v1(&key, 1);
    TempDir dir;
    const std::string state = dir.path("s");
    REQUIRE(installPack(v1.dir(), state, key.trusted()).ok());
    const std::string before = currentName(state);

    // The manifest lists theme.json after the events; it changes once copying has begun.
    SignedPack changing(&key, 2);
    StateEnvironment env;
    std::string changed = readText(changing.path("theme.json"));
    changed[3] = changed[3] == 'a' ? 'b' : 'a';
    env.progress = [&changing, &changed](uint64_t done, uint64_t) {
        if (done > 0) writeText(changing.path("theme.json"), changed);
    };
    auto result = installPack(changing.dir(), state, key.trusted(), {}, env);
    CHECK(result.outcome == InstallOutcome::RefusedDamaged);
    CHECK(result.file == "theme.json");
    CHECK_THAT(
        result.reason,
        Catch::StartsWith("refused: theme.json: changed while being copied: SHA-256 is now "));

    SignedPack pulled(&key, 2);
    env.progress = [&pulled](uint64_t done, uint64_t) {
        if (done > 0) fs::remove(pulled.path("theme.json"));
    };
    result = installPack(pulled.dir(), state, key.trusted(), {}, env);
    CHECK(result.outcome == InstallOutcome::Failed);
    CHECK(result.reason == "cannot read theme.json from " + pulled.dir() +
                               " (file is missing); was the medium removed?");

    CHECK(currentName(state) == before);
    CHECK(listInstalledPacks(StateFolder(state)).size() == 1);
    CHECK(fs::is_empty(state + "/staging"));
}

TEST_CASE("The pack the kiosk is showing is never pruned") {
    TestKey key;
    SignedPack v1(&key, 1), v2(&key, 2), v3(&key, 3);
    TempDir dir;
    const std::string state = dir.path("s");
    InstallOptions options;
    options.keepPrevious = 0;
    const auto first = installPack(v1.dir(), state, key.trusted(), options);
    REQUIRE(first.ok());
    options.packInUse = fs::path(first.packDir).filename().string();
    CHECK(installPack(v2.dir(), state, key.trusted(), options).pruned.empty());
    const auto third = installPack(v3.dir(), state, key.trusted(), options);
    REQUIRE(third.pruned.size() == 1);
    CHECK(third.pruned[0].find("-v2-") != std::string::npos);
    CHECK(fs::exists(first.packDir));
}
