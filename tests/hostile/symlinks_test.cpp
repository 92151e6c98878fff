// Class 6: links and special files inside a pack. `validate` and `--pack` once
// followed links that `install` refused, and a strings.json pointing at a file
// outside the pack leaked that file's first byte in the JSON error. One rule
// now: a pack is regular files inside its own folder, for the loader (validate,
// --pack, build) and the installer's verification alike.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "content/pack_loader.hpp"
#include "install/pack_verification.hpp"
#include "support/temp_dir.hpp"
#include "support/temp_pack.hpp"

namespace fs = std::filesystem;
using kiosk::test::TempDir;
using kiosk::test::TempPack;

namespace {

std::vector<std::string> errorLines(const kiosk::PackLoadResult& result) {
    std::vector<std::string> lines;
    for (const auto& p : result.problems.errors()) lines.push_back(p.format());
    return lines;
}

bool anyLineHas(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& line : lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}

// Puts a link at `relative` to `target` and, as a careful attacker would, lists
// the target's size and SHA-256 in pack.json so that only the link is wrong.
void linkInto(TempPack& pack, const std::string& relative, const std::string& target) {
    fs::remove_all(pack.path(relative));
    fs::create_symlink(target, pack.path(relative));
    if (fs::is_regular_file(target)) pack.rehash(relative);
}

const char* const kEventCard = "images/events/2014-09-16-project-launched.png";

}  // namespace

TEST_CASE("symlinks: a section file linked outside the pack is refused unread") {
    TempDir outside;
    // Starts with a byte that a JSON error would quote ("last read: '#'").
    std::ofstream(outside.path("secret")) << "#root:$y$j9T$secret\n";
    TempPack pack;
    linkInto(pack, "strings.json", outside.path("secret"));

    const auto result = kiosk::loadPack(pack.dir());
    const auto errors = errorLines(result);
    CHECK_FALSE(result.pack);
    CHECK(anyLineHas(errors, "strings.json: (file): is a symbolic link; a pack holds plain files only"));
    CHECK_FALSE(anyLineHas(errors, "not valid JSON"));
    CHECK_FALSE(anyLineHas(errors, "#"));
}

TEST_CASE("symlinks: a picture linked to another file of the pack is refused") {
    TempPack pack;
    linkInto(pack, kEventCard, pack.path("images/events/2015-05-30-rokkon-festival-2015.png"));
    const auto result = kiosk::loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(anyLineHas(errorLines(result), "is a symbolic link; a pack holds plain files only"));
}

TEST_CASE("symlinks: a folder of the pack linked elsewhere is refused") {
    TempDir outside;
    TempPack pack;
    fs::copy(pack.path("images"), outside.path("images"), fs::copy_options::recursive);
    linkInto(pack, "images", outside.path("images"));
    const auto result = kiosk::loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(anyLineHas(errorLines(result),
                     "folder \"images\" is a symbolic link; a pack holds plain files only"));
}

TEST_CASE("symlinks: the map as a device or a pipe is refused before it is opened") {
    TempPack pack;
    SECTION("a device") { linkInto(pack, "map.bin", "/dev/zero"); }
    SECTION("a pipe") {
        fs::remove(pack.path("map.bin"));
        REQUIRE(mkfifo(pack.path("map.bin").c_str(), 0600) == 0);
    }
    const auto result = kiosk::loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(anyLineHas(errorLines(result), "map.bin: (file): "));
    CHECK(anyLineHas(errorLines(result), "a pack holds plain files only"));
}

TEST_CASE("symlinks: the loader and the installer's verification refuse the same pack") {
    // The very same strings, only behind a link: the loader once took it.
    TempDir outside;
    TempPack pack;
    fs::copy_file(pack.path("strings.json"), outside.path("strings.json"));
    linkInto(pack, "strings.json", outside.path("strings.json"));
    const auto loaded = kiosk::loadPack(pack.dir());
    kiosk::VerifyOptions unsignedToo;
    unsignedToo.allowUnsigned = true;
    const auto verified = kiosk::verifyPack(pack.dir(), {}, unsignedToo);
    CHECK_FALSE(loaded.pack);
    CHECK_FALSE(verified.ok());
    CHECK(verified.message().find("symbolic link") != std::string::npos);
}

TEST_CASE("symlinks: a narration clip linked elsewhere is refused, as the kiosk starts too") {
    // The kiosk's start-up compares clips by size only, and takes the
    // narration's clips as the manifest's check found them: the link must
    // still be seen, by that check or, without it, by the narration's own.
    TempDir outside;
    TempPack pack(kiosk::test::defaultPackDir(), TempPack::Narration::Keep);
    const std::string clip =
        "narration/ja/" +
        fs::path(*fs::directory_iterator(pack.path("narration/ja"))).filename().string();
    fs::copy_file(pack.path(clip), outside.path("clip.ogg"));
    linkInto(pack, clip, outside.path("clip.ogg"));
    kiosk::PackLoadOptions startUp;
    startUp.checkSounds = false;
    startUp.imageLimits.decode = false;
    SECTION("with the manifest's check") {}
    SECTION("without it") {
        startUp.verifyFiles = false;
    }
    const auto result = kiosk::loadPack(pack.dir(), startUp);
    CHECK_FALSE(result.pack);
    CHECK(anyLineHas(errorLines(result), clip));
    CHECK(anyLineHas(errorLines(result), "is a symbolic link; a pack holds plain files only"));
}
