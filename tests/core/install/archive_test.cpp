// Pack archives: a plain ustar file carries a signed pack; anything a hostile
// or damaged stick might hold instead is refused before a byte is installed.
#include <fcntl.h>
#include <unistd.h>

#include "install/pack_installer.hpp"
#include "install/pack_verification.hpp"
#include "install/tar_archive.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// What indexing these archive bytes says ("" when it is fine).
std::string indexProblem(const std::string& bytes, const PackLimits& limits = {}) {
    TempDir dir;
    writeText(dir.path("a.tar"), bytes);
    const int fd = ::open(dir.path("a.tar").c_str(), O_RDONLY);
    TarIndex index;
    const std::string why = indexTarArchive(fd, bytes.size(), limits, index);
    ::close(fd);
    return why;
}

const TarItem kFile{"pack.json", "{}", '0', "", ""};

}  // namespace

TEST_CASE("A signed pack verifies from an archive, at the root or in one top folder") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    writeText(dir.path("root.kpack"), tarBytes(packItems(pack.dir())));
    writeText(dir.path("top.tar"), tarBytes(packItems(pack.dir(), "mypack/")));
    CHECK(verifyPack(dir.path("root.kpack"), key.trusted()).message() == "");
    CHECK(verifyPack(dir.path("top.tar"), key.trusted()).message() == "");
}

TEST_CASE("An archive written by tar --format=ustar verifies") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    const std::string command =
        "tar --format=ustar -cf " + dir.path("p.kpack") + " -C " + pack.dir() + " .";
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(verifyPack(dir.path("p.kpack"), key.trusted()).message() == "");
}

TEST_CASE("A damaged file inside an archive is named") {
    TestKey key;
    SignedPack pack(&key, 2);
    auto items = packItems(pack.dir());
    for (auto& item : items)
        if (item.name == "theme.json") item.data[5] ^= 1;
    TempDir dir;
    writeText(dir.path("p.kpack"), tarBytes(items));
    const auto result = verifyPack(dir.path("p.kpack"), key.trusted());
    CHECK(result.status == VerifyStatus::Damaged);
    CHECK(result.problem.file == "theme.json");
}

TEST_CASE("Archive entries that leave the pack are refused") {
    CHECK(
        indexProblem(tarBytes({kFile, {"../evil", "x", '0', "", ""}})) ==
        "entry 2 (\"../evil\"): path \"../evil\" leaves the pack; expected a path inside the pack");
    CHECK(indexProblem(tarBytes({kFile, {"events/../../evil", "x", '0', "", ""}})) ==
          "entry 2 (\"events/../../evil\"): path \"events/../../evil\" leaves the pack; expected a "
          "path "
          "inside the pack");
    CHECK(indexProblem(tarBytes({{"/etc/passwd", "x", '0', "", ""}})) ==
          "entry 1 (\"/etc/passwd\"): absolute path \"/etc/passwd\"; expected a path inside the "
          "pack");
    CHECK(indexProblem(tarBytes({{"evil", "x", '0', "", "/etc"}})) ==
          "entry 1 (\"/etc/evil\"): absolute path \"/etc/evil\"; expected a path inside the pack");
    CHECK(indexProblem(tarBytes({{"a\\b", "x", '0', "", ""}})) ==
          "entry 1 (\"a\\b\"): backslash in path \"a\\b\"; expected '/' as separator");
}

TEST_CASE("Links, devices and extension records in an archive are refused") {
    CHECK(indexProblem(tarBytes({kFile, {"theme.json", "", '2', "/etc/passwd", ""}})) ==
          "entry 2 (\"theme.json\") is a symbolic link; a pack archive holds plain files and "
          "folders only");
    CHECK(indexProblem(tarBytes({kFile, {"theme.json", "", '1', "pack.json", ""}})) ==
          "entry 2 (\"theme.json\") is a hard link; a pack archive holds plain files and folders "
          "only");
    CHECK(
        indexProblem(tarBytes({{"dev", "", '3', "", ""}})) ==
        "entry 1 (\"dev\") is a device or pipe; a pack archive holds plain files and folders only");
    CHECK(indexProblem(tarBytes({{"PaxHeader", "30 path=x\n", 'x', "", ""}})) ==
          "entry 1 (\"PaxHeader\") is a pax or GNU extension record; write the archive with tar "
          "--format=ustar");
}

TEST_CASE("Truncated and damaged archives are refused") {
    const std::string whole =
        tarBytes({kFile, {"theme.json", std::string(3000, 'x'), '0', "", ""}});
    CHECK(indexProblem(whole) == "");
    CHECK(indexProblem(whole.substr(0, 2000)) ==
          "entry 2 (\"theme.json\"): needs 3000 bytes but the archive ends first; the archive is "
          "truncated");
    CHECK(indexProblem(whole.substr(0, 1024 + 512 + 3072)) ==
          "ends at byte 4608 without the end-of-archive marker; the archive is truncated");
    CHECK(indexProblem(whole.substr(0, 700)) ==
          "ends at byte 700 without the end-of-archive marker; the archive is truncated");
    CHECK(indexProblem("") ==
          "ends at byte 0 without the end-of-archive marker; the archive is truncated");
    std::string flipped = whole;
    flipped[3] ^= 1;
    CHECK(indexProblem(flipped) ==
          "entry 1 at byte 0: header checksum does not match; the archive is damaged");
    CHECK(indexProblem(std::string(2048, 'x')) ==
          "entry 1 at byte 0: header checksum does not match; the archive is damaged");
}

TEST_CASE("Duplicate entries and archive limits are refused") {
    CHECK(indexProblem(tarBytes({kFile, kFile})) == "entry 2 (\"pack.json\"): appears twice");
    CHECK(indexProblem(tarBytes({{"a", "x", '0', "", ""}, {"a/b", "x", '0', "", ""}})) ==
          "\"a\" is both a file and a folder");
    PackLimits limits;
    limits.maxFileBytes = 100;
    CHECK(indexProblem(tarBytes({{"big", std::string(101, 'x'), '0', "", ""}}), limits) ==
          "entry 1 (\"big\"): is 101 bytes; the limit for one file is 100");
    limits = {};
    limits.maxFiles = 2;
    CHECK(indexProblem(
              tarBytes({{"a", "", '0', "", ""}, {"b", "", '0', "", ""}, {"c", "", '0', "", ""}}),
              limits) == "holds more than 2 files; that is the limit for a pack");
}

TEST_CASE("A hostile archive is refused by the installer and changes nothing") {
    TestKey key;
    TempDir state;
    SignedPack first(&key, 1);
    REQUIRE(installPack(first.dir(), state.path("s"), key.trusted()).outcome ==
            InstallOutcome::Installed);
    SignedPack second(&key, 2);
    auto items = packItems(second.dir());
    items.push_back({"../../escaped", "gotcha", '0', "", ""});
    TempDir stick;
    writeText(stick.path("p.kpack"), tarBytes(items));
    const auto result = installPack(stick.path("p.kpack"), state.path("s"), key.trusted());
    CHECK(result.outcome == InstallOutcome::RefusedDamaged);
    CHECK_THAT(result.reason, Catch::Contains("leaves the pack"));
    CHECK_FALSE(fs::exists(state.path("escaped")));
    CHECK_FALSE(fs::exists(fs::path(state.dir()).parent_path() / "escaped"));
    CHECK(fs::read_symlink(state.path("s/current")).string().find("-v1-") != std::string::npos);
}

TEST_CASE("A pack installs from an archive") {
    TestKey key;
    SignedPack pack(&key, 2);
    TempDir dir;
    writeText(dir.path("p.kpack"), tarBytes(packItems(pack.dir(), "release/")));
    const auto result = installPack(dir.path("p.kpack"), dir.path("state"), key.trusted());
    CHECK(result.reason == "installed tokyo23-partnership version 2");
    CHECK(verifyPack(dir.path("state/current"), key.trusted()).ok());
}
