// Class 1, sounds: the loader looked only at a sound's header, so a WAV whose
// data was missing or cut short, or an Ogg file that merely named Vorbis,
// passed `validate` and then played nothing (or failed) on the kiosk. Every
// sound is now decoded to its end when a pack is checked.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "content/pack_loader.hpp"
#include "core/content/pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string tapWav() {
    return fileBytes(sourceDir() + "/assets/sounds/tap.wav");
}
std::string toneOgg() {
    return fileBytes(sourceDir() + "/tests/fuzz/corpus/sound/tone-0.4s.ogg");
}

// What the loader says about `bytes` as the pack's tap sound (empty when it passes).
std::string validatorLine(const std::string& bytes, const std::string& name = "sounds/tap.wav") {
    TempPack pack;
    pack.writeText(name, bytes);
    editJson(pack, "theme.json", [&](nlohmann::json& t) { t["sounds"]["tap"] = name; });
    const Lines errors = errorLines(loadPack(pack.dir()));
    return errors.empty() ? "" : errors.front();
}

std::string says(const std::string& problem, const std::string& name = "sounds/tap.wav") {
    return "theme.json: /sounds/tap: sound \"" + name + "\" cannot be played: " + problem;
}

// The offset of a WAV chunk's id.
size_t chunkAt(const std::string& wav, const char* id) {
    return wav.find(id, 12);
}

}  // namespace

TEST_CASE("a WAV cut short inside its data fails validation") {
    const std::string wav = tapWav();
    REQUIRE(validatorLine(wav).empty());  // whole, it plays
    const std::string cut = wav.substr(0, wav.size() / 2);
    const uint32_t claimed = uint32_t(wav.size() - chunkAt(wav, "data") - 8);
    CHECK(validatorLine(cut) ==
          says("its data chunk claims " + std::to_string(claimed) + " bytes but " +
               std::to_string(cut.size() - chunkAt(wav, "data") - 8) + " follow (cut short?)"));
}

TEST_CASE("a WAV with a format but no data fails validation") {
    const std::string wav = tapWav();
    CHECK(validatorLine(wav.substr(0, chunkAt(wav, "data"))) == says("its WAV has no data chunk"));
}

TEST_CASE("a WAV whose frame size disagrees with its format fails validation") {
    std::string wav = tapWav();
    wav[chunkAt(wav, "fmt ") + 8 + 12] = 7;  // block align
    CHECK(validatorLine(wav).find("bytes a frame;") != std::string::npos);
}

TEST_CASE("an Ogg file that only names Vorbis fails validation") {
    const std::string fake =
        std::string("OggS\0\2", 6) + std::string(20, '\0') + "\x01vorbis" + std::string(40, '\0');
    CHECK(validatorLine(fake, "sounds/tap.ogg") ==
          says("it is an Ogg file without Vorbis audio", "sounds/tap.ogg"));
}

TEST_CASE("an OGG whose Vorbis headers are damaged fails validation") {
    std::string ogg = toneOgg();
    REQUIRE(validatorLine(ogg, "sounds/tap.ogg").empty());  // whole, it plays
    const size_t setup = ogg.find("\x05vorbis");  // the codebooks
    REQUIRE(setup != std::string::npos);
    for (size_t i = setup + 7; i < setup + 200; ++i) ogg[i] = char(ogg[i] ^ 0x5A);
    CHECK(validatorLine(ogg, "sounds/tap.ogg")
              .find("cannot be played: its Ogg Vorbis headers "
                    "are damaged") != std::string::npos);
}
