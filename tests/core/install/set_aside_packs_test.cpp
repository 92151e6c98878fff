// The memory of packs set aside for crashing the kiosk, and how a pack on a
// stick is matched against it.
#include "content/sha256.hpp"
#include "install/pack_installer.hpp"
#include "install/set_aside_packs.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

constexpr int64_t kT0 = 1800000000;

std::string sha256Of(const std::string& packDir) {
    return sha256OfFile(packDir + "/pack.json").value();
}

}  // namespace

TEST_CASE("A set-aside pack is found on a stick as a folder or an archive, by its manifest") {
    TestKey key;
    TempDir dir;
    const StateFolder state(dir.path("state"));
    SignedPack crashing(&key, 2), other(&key, 3), sameVersion(&key, 2, "1");
    fs::create_directories(state.root);
    REQUIRE(rememberSetAsidePack(state,
                                 {sha256Of(crashing.dir()), kT0, 3,
                                  "tokyo23-partnership-v2-" + sha256Of(crashing.dir()).substr(0, 12)},
                                 {})
                .empty());

    const auto found = findSetAsidePack(state, crashing.dir());
    REQUIRE(found);
    CHECK(found->time == kT0);
    CHECK(found->uncleanEnds == 3);
    writeText(dir.path("crashing.kpack"), tarBytes(packItems(crashing.dir())));
    CHECK(findSetAsidePack(state, dir.path("crashing.kpack")));
    // Another release, or the same version rebuilt, is a different pack.
    CHECK_FALSE(findSetAsidePack(state, other.dir()));
    CHECK_FALSE(findSetAsidePack(state, sameVersion.dir()));
    // Nothing to read on the stick: not a match (the installer says why).
    CHECK_FALSE(findSetAsidePack(state, dir.path("nothing-here")));
}

TEST_CASE("Setting a pack aside again replaces its line, damaged lines are skipped") {
    TempDir dir;
    const StateFolder state(dir.path("state"));
    fs::create_directories(state.root);
    const std::string a(64, 'a'), b(64, 'b');
    writeText(state.setAside, "garbage\n" + a + " 1 3 ../../etc\n" + std::string(64, 'Z') +
                                  " 1 3 tokyo23-partnership-v2-aaaaaaaaaaaa\n");
    CHECK(readSetAsidePacks(state).empty());
    REQUIRE(rememberSetAsidePack(state, {a, kT0, 3, "x-v2-aaaaaaaaaaaa"}, {}).empty());
    REQUIRE(rememberSetAsidePack(state, {b, kT0 + 1, 3, "x-v3-bbbbbbbbbbbb"}, {}).empty());
    REQUIRE(rememberSetAsidePack(state, {a, kT0 + 2, 4, "x-v2-aaaaaaaaaaaa"}, {}).empty());
    const auto packs = readSetAsidePacks(state);
    REQUIRE(packs.size() == 2);
    CHECK(packs[0].manifestSha256 == b);
    CHECK(packs[1].manifestSha256 == a);
    CHECK(packs[1].time == kT0 + 2);
    CHECK(packs[1].uncleanEnds == 4);
}
