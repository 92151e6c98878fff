// What the loader says about narration.json: each test breaks one thing in a
// copy of the default pack and pins the exact problem line.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

// Points the first clip at `file` (and rehashes narration.json).
void pointFirstClip(TempPack& pack, const std::string& file) {
    editJson(pack, "narration.json", [&](json& n) { n["clips"][0]["file"] = file; });
}

}  // namespace

TEST_CASE("The default pack's narration loads: a clip for each text, in both languages") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
    const NarrationIndex& narration = result.pack->narration;
    CHECK(narration.size() > 2000);
    CHECK(narration.find(Language::Japanese, "これまでの歩み"));
    CHECK(narration.find(Language::English, "Timeline"));
    CHECK(narration.find(Language::English, "of"));  // position_of's literal pieces
    CHECK(narration.find(Language::Japanese, "件中"));
    CHECK(narration.find(Language::Japanese, "件目"));
    CHECK(narration.find(Language::English, "200"));     // composed numbers
    CHECK(narration.find(Language::English, "Tsumagoi Village"));  // a place as English shows it
    CHECK(narration.find(Language::Japanese, "嬬恋村"));
    const NarrationClip* date = narration.find(Language::Japanese, "平成28年（2016年）4月26日");
    REQUIRE(date);
    CHECK(date->seconds > 1.0);
}

TEST_CASE("A narration clip outside the pack is refused by name") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    pointFirstClip(pack, "../outside.ogg");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(contains(errorLines(result),
                   "narration.json: /clips/0/file: path \"../outside.ogg\" leaves the pack; "
                   "expected a path inside the pack"));
}

TEST_CASE("A missing narration clip is refused by name") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    pack.writeText("narration/ja/gone.ogg", "x");  // listed in pack.json, then removed
    pack.remove("narration/ja/gone.ogg");
    pointFirstClip(pack, "narration/ja/gone.ogg");
    PackLoadOptions options;
    options.verifyFiles = false;  // the manifest check would stop at the listing first
    const auto result = loadPack(pack.dir(), options);
    CHECK_FALSE(result.pack);
    CHECK(contains(errorLines(result),
                   "narration.json: /clips/0/file: narration clip \"narration/ja/gone.ogg\" is "
                   "missing"));
}

TEST_CASE("A WAV named .ogg is refused as a narration clip") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    std::string wav = "RIFF";
    wav += std::string(
        "\x28\0\0\0WAVEfmt "
        "\x10\0\0\0\x01\0\x01\0\x22\x56\0\0\x44\xac\0\0\x02\0\x10\0data\x04\0\0\0\0\0\0\0",
        40);
    pack.writeText("narration/ja/fake.ogg", wav);
    pointFirstClip(pack, "narration/ja/fake.ogg");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(contains(errorLines(result),
                   "narration.json: /clips/0/file: narration clip \"narration/ja/fake.ogg\" is not "
                   "OGG Vorbis (narration clips are OGG; a WAV must be encoded first)"));
}

TEST_CASE("A text with two clips in one language, or a clip in an unknown language, is refused") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    editJson(pack, "narration.json", [](json& n) {
        n["clips"][1]["text"] = n["clips"][0]["text"];
        n["clips"][1]["lang"] = n["clips"][0]["lang"];
        n["clips"][2]["lang"] = "fr";
    });
    const auto document = pack.readJson("narration.json");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack);
    CHECK(contains(errorLines(result), "narration.json: /clips/1/text: \"" +
                                           document["clips"][0]["text"].get<std::string>() +
                                           "\" (ja) has a clip already; expected one each"));
    CHECK(contains(errorLines(result),
                   "narration.json: /clips/2/lang: \"fr\" is not a language; expected ja, en, "
                   "zh-Hans, zh-Hant or ko"));
}

TEST_CASE("A pack without narration.json loads, with no speech") {
    TempPack pack(defaultPackDir(), TempPack::Narration::Keep);
    editJson(pack, "pack.json", [](json& m) { m["content"].erase("narration"); });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(result.pack->narration.empty());
}
