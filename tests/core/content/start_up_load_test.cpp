// The kiosk's start-up loads its pack with checkSounds off: sounds are
// compared by size only, everything else is still hashed.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

PackLoadOptions startUp() {
    PackLoadOptions options;
    options.checkSounds = false;
    return options;
}

std::string bytesOf(const TempPack& pack, const std::string& file) {
    std::ifstream in(pack.path(file), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// The first narration clip, its bytes changed but not its size.
std::string spoilFirstClip(TempPack& pack) {
    const std::string clip = pack.readJson("narration.json")["clips"][0]["file"];
    std::string bytes = bytesOf(pack, clip);
    REQUIRE(bytes.size() > 100);
    bytes.replace(0, 4, "JUNK");
    pack.writeText(clip, bytes, /*rehash=*/false);
    return clip;
}

}  // namespace

TEST_CASE("A clip changed in place is refused by the full load and let through at start-up") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    const std::string clip = spoilFirstClip(pack);
    const auto full = loadPack(pack.dir());
    CHECK_FALSE(full.pack);
    REQUIRE_FALSE(errorLines(full).empty());
    CHECK(errorLines(full).front().rfind(clip + ": (file): SHA-256 is ", 0) == 0);
    // Installed packs were hashed when installed; the player logs a clip that
    // does not play.
    const auto quick = loadPack(pack.dir(), startUp());
    CHECK(quick.pack.has_value());
    CHECK(errorLines(quick).empty());
}

TEST_CASE("At start-up a clip of another size, or a changed picture or JSON file, is refused") {
    SECTION("a clip cut short") {
        TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
        const std::string clip = pack.readJson("narration.json")["clips"][0]["file"];
        const std::string bytes = bytesOf(pack, clip);
        pack.writeText(clip, bytes.substr(0, bytes.size() / 2), /*rehash=*/false);
        const auto result = loadPack(pack.dir(), startUp());
        CHECK_FALSE(result.pack);
        CHECK(contains(errorLines(result),
                       clip + ": (file): file is " + std::to_string(bytes.size() / 2) +
                           " bytes; the manifest says " + std::to_string(bytes.size())));
    }
    for (const std::string file : {"events/2014.json", "map.bin"}) {
        DYNAMIC_SECTION(file << " changed in place") {
            TempPack pack;
            std::string bytes = bytesOf(pack, file);
            bytes[bytes.size() / 2] ^= 1;
            pack.writeText(file, bytes, /*rehash=*/false);
            const auto result = loadPack(pack.dir(), startUp());
            CHECK_FALSE(result.pack);
            REQUIRE_FALSE(errorLines(result).empty());
            CHECK(errorLines(result).front().rfind(file + ": (file): SHA-256 is ", 0) == 0);
        }
    }
    SECTION("a picture changed in place") {
        TempPack pack;
        const nlohmann::json manifest = pack.readJson("pack.json");
        std::string picture;
        for (const auto& f : manifest["files"]) {
            const std::string path = f["path"];
            if (path.rfind("images/", 0) == 0) {
                picture = path;
                break;
            }
        }
        REQUIRE_FALSE(picture.empty());
        std::string bytes = bytesOf(pack, picture);
        bytes[bytes.size() / 2] ^= 1;
        pack.writeText(picture, bytes, /*rehash=*/false);
        const auto result = loadPack(pack.dir(), startUp());
        CHECK_FALSE(result.pack);
        CHECK(errorLines(result).front().rfind(picture + ": (file): SHA-256 is ", 0) == 0);
    }
}
