// What the loader says about the sounds a pack names in theme.json: each test
// breaks one thing in a copy of the default pack and pins the exact problem line.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

std::string defaultSound(const std::string& name) {
    std::ifstream in(sourceDir() + "/assets/sounds/" + name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A RIFF/WAVE header with this encoding and format, and a little data: its
// last 8 bytes are the data chunk's size (4) and its 4 bytes of samples.
std::string wavHeader(int encoding, int channels, int rate, int bits) {
    std::string b = "RIFF";
    const auto put = [&](uint32_t v, int n) {
        for (int i = 0; i < n; ++i) b.push_back(char((v >> (8 * i)) & 0xFF));
    };
    put(36 + 4, 4);
    b += "WAVEfmt ";
    put(16, 4);
    put(uint32_t(encoding), 2);
    put(uint32_t(channels), 2);
    put(uint32_t(rate), 4);
    put(uint32_t(rate * channels * bits / 8), 4);
    put(uint32_t(channels * bits / 8), 2);
    put(uint32_t(bits), 2);
    b += "data";
    put(4, 4);
    put(0, 4);
    return b;
}

// Names `path` as the pack's `name` sound in theme.json.
void nameSound(TempPack& pack, const std::string& name, const json& path) {
    editJson(pack, "theme.json", [&](json& t) { t["sounds"][name] = path; });
}

}  // namespace

TEST_CASE("Sounds named in theme.json load and are kept by name") {
    TempPack pack;
    pack.writeText("sounds/tap.wav", defaultSound("tap.wav"));
    pack.writeText("sounds/music.wav", defaultSound("music.wav"));
    nameSound(pack, "tap", "sounds/tap.wav");
    nameSound(pack, "music", "sounds/music.wav");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
    CHECK(result.pack->theme.sounds ==
          std::map<std::string, std::string>{{"music", "sounds/music.wav"},
                                             {"tap", "sounds/tap.wav"}});
}

TEST_CASE("A pack without sounds names none (the kiosk plays its defaults)") {
    TempPack pack;
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(result.pack->theme.sounds.empty());
}

TEST_CASE("Sound name the kiosk does not play") {
    TempPack pack;
    pack.writeText("sounds/click.wav", defaultSound("tap.wav"));
    nameSound(pack, "click", "sounds/click.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"theme.json: /sounds/click: is not a sound the kiosk plays; "
                                      "expected tap, page, wake or music"});
}

TEST_CASE("Sounds given as a list") {
    TempPack pack;
    editJson(pack, "theme.json", [](json& t) { t["sounds"] = json::array({"sounds/tap.wav"}); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"theme.json: /sounds: is an array; expected an object"});
}

TEST_CASE("Sound path given as a number") {
    TempPack pack;
    nameSound(pack, "tap", 3);
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"theme.json: /sounds/tap: is an integer; expected a string"});
}

TEST_CASE("Sound file not listed in pack.json") {
    TempPack pack;
    pack.writeText("sounds/tap.wav", defaultSound("tap.wav"), false);
    nameSound(pack, "tap", "sounds/tap.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/tap: \"sounds/tap.wav\" is not listed in pack.json files"});
}

TEST_CASE("Sound path that leaves the pack") {
    TempPack pack;
    nameSound(pack, "page", "../page.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"theme.json: /sounds/page: path \"../page.wav\" leaves the "
                                      "pack; expected a path inside the pack"});
}

TEST_CASE("Sound file that is neither WAV nor OGG") {
    TempPack pack;
    pack.writeText("sounds/tap.wav", "ID3\x04 an MP3 by its look");
    nameSound(pack, "tap", "sounds/tap.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/tap: sound \"sounds/tap.wav\" cannot be played: it is "
                "neither WAV (RIFF/WAVE) nor OGG Vorbis"});
}

TEST_CASE("WAV in an encoding the kiosk does not play, and one with a wild sample rate") {
    TempPack pack;
    pack.writeText("sounds/tap.wav", wavHeader(2, 1, 22050, 4));
    pack.writeText("sounds/page.wav", wavHeader(1, 2, 1000000, 16));
    nameSound(pack, "tap", "sounds/tap.wav");
    nameSound(pack, "page", "sounds/page.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/page: sound \"sounds/page.wav\" cannot be played: 1000000 "
                "Hz; expected 8000 to 192000",
                "theme.json: /sounds/tap: sound \"sounds/tap.wav\" cannot be played: WAV "
                "encoding 2 is not played; expected PCM or float"});
}

TEST_CASE("Ogg file that carries no Vorbis audio") {
    TempPack pack;
    pack.writeText("sounds/music.ogg", std::string("OggS\0\x02", 6) + "OpusHead and more");
    nameSound(pack, "music", "sounds/music.ogg");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/music: sound \"sounds/music.ogg\" cannot be played: it is an "
                "Ogg file without Vorbis audio"});
}

TEST_CASE("WAV of 64-bit float samples, which SDL does not play") {
    TempPack pack;
    pack.writeText("sounds/tap.wav", wavHeader(3, 1, 44100, 64) + std::string(4, '\0'));
    nameSound(pack, "tap", "sounds/tap.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/tap: sound \"sounds/tap.wav\" cannot be played: 64-bit float "
                "samples; expected 32-bit float"});
}

TEST_CASE("WAV longer than ten minutes") {
    TempPack pack;
    // 8 kHz, 8 bits, mono: 601 seconds of data is 4.8 MB.
    std::string wav = wavHeader(1, 1, 8000, 8);
    const uint32_t bytes = 8000 * 601;
    wav.resize(wav.size() - 8);
    for (int i = 0; i < 4; ++i) wav.push_back(char((bytes >> (8 * i)) & 0xFF));
    wav += std::string(bytes, '\x80');
    pack.writeText("sounds/music.wav", wav);
    nameSound(pack, "music", "sounds/music.wav");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /sounds/music: sound \"sounds/music.wav\" cannot be played: it plays "
                "longer than 10 minutes"});
}
