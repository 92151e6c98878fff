// The narration made for real: MeCab reading, espeak-ng speaking and the OGG
// encoder, on a few clips so that it runs in seconds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "content/narration_file.hpp"
#include "content/sound_file_check.hpp"
#include "narration_step.hpp"
#include "ogg_encoder.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using kiosk::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const std::vector<NarrationLine> kLines = {
    {Language::Japanese, "これまでの歩み", "ja", "コレマデノアユミ"},
    {Language::English, "of", "en-us", "of"},
    {Language::English, "嬬恋村", "en-us", "Tsumagoi Village"},
};

}  // namespace

TEST_CASE("MeCab reads a line per line, and needs the kiosk's help with numbers") {
    const auto read = runMecab({"町村会", "2016", "嬬恋村"});
    REQUIRE(read.has_value());
    REQUIRE(read->size() == 3);
    CHECK((*read)[0] == "チョウソンカイ");
    CHECK((*read)[1] == "ニゼロイチロク");  // why the kiosk reads numbers itself
    CHECK((*read)[2] == "ツマゴイムラ");
}

TEST_CASE(
    "A tiny pack's clips are synthesised, play, and are byte for byte the same when made again") {
    TempDir first, second;
    std::vector<std::string> written;
    size_t synthesised = 0;
    ProblemList problems;
    REQUIRE(writeNarration(kLines, {}, first.dir(), {}, written, synthesised, problems));
    CHECK(problems.all().empty());
    CHECK(synthesised == 3);
    REQUIRE(written.size() == 4);  // narration.json and three clips
    for (size_t i = 1; i < written.size(); ++i) {
        const std::string bytes = bytesOf(fs::path(first.dir()) / written[i]);
        CHECK(soundFileProblem(bytes).empty());
        const double seconds = oggVorbisSeconds((fs::path(first.dir()) / written[i]).string());
        CHECK(seconds > 0.1);
        CHECK(seconds < 3.0);
    }
    std::vector<std::string> again;
    REQUIRE(writeNarration(kLines, {}, second.dir(), {}, again, synthesised, problems));
    REQUIRE(again == written);
    for (const auto& path : written)
        CHECK(bytesOf(fs::path(first.dir()) / path) == bytesOf(fs::path(second.dir()) / path));

    // The loader takes what the build wrote.
    NarrationIndex index;
    const auto document = nlohmann::json::parse(bytesOf(fs::path(first.dir()) / kNarrationFile));
    readNarrationFile(first.dir(), document, kNarrationFile, {}, index, problems);
    CHECK(problems.all().empty());
    CHECK(index.size() == 3);
    REQUIRE(index.find(Language::English, "嬬恋村"));
    CHECK(index.find(Language::English, "嬬恋村")->seconds > 0.3);
}

TEST_CASE("A rebuild copies the clips an earlier build made instead of synthesising them") {
    TempDir first, second;
    std::vector<std::string> written, again;
    size_t synthesised = 0;
    ProblemList problems;
    REQUIRE(writeNarration(kLines, {}, first.dir(), {}, written, synthesised, problems));
    NarrationBuildOptions options;
    options.previousOutput = first.dir();
    auto lines = kLines;
    lines.push_back({Language::English, "Home", "en-us", "Home"});
    REQUIRE(writeNarration(lines, {}, second.dir(), options, again, synthesised, problems));
    CHECK(synthesised == 1);
    CHECK(again.size() == 5);
}

TEST_CASE("The encoder's stream is the same for the same samples, and silence is cut") {
    SpeechAudio audio;
    audio.rate = 22050;
    audio.samples.assign(22050, 0);
    for (size_t i = 5000; i < 10000; ++i) audio.samples[i] = int16_t((i % 50) * 400 - 10000);
    trimSilence(audio, 0.05);
    CHECK(audio.samples.size() < 5000 + 2 * 1103 + 2);
    const SpeechAudio wide = resampled(audio, 16000);
    CHECK(wide.rate == 16000);
    CHECK(wide.samples.size() == audio.samples.size() * 320 / 441);
    const std::string a = encodeOggVorbis(wide, -0.1f), b = encodeOggVorbis(wide, -0.1f);
    CHECK(a == b);
    CHECK(soundFileProblem(a).empty());
}

TEST_CASE("A venue's recording takes a text's place, and a WAV recording is refused") {
    TempDir source, staging;
    SpeechAudio tone;
    tone.rate = 16000;
    for (int i = 0; i < 8000; ++i) tone.samples.push_back(int16_t((i % 40) * 500 - 10000));
    fs::create_directories(fs::path(source.dir()) / "narration/venue");
    {
        std::ofstream(fs::path(source.dir()) / "narration/venue/of.ogg", std::ios::binary)
            << encodeOggVorbis(tone, 0.3f);
    }
    NarrationBuildOptions options;
    options.sourceDir = source.dir();
    const Recordings recordings = {{{Language::English, "of"}, "narration/venue/of.ogg"}};
    std::vector<std::string> written;
    size_t synthesised = 0;
    ProblemList problems;
    REQUIRE(
        writeNarration(kLines, recordings, staging.dir(), options, written, synthesised, problems));
    CHECK(synthesised == 2);
    CHECK(std::count(written.begin(), written.end(), "narration/venue/of.ogg") == 1);
    CHECK(bytesOf(fs::path(staging.dir()) / "narration/venue/of.ogg") ==
          bytesOf(fs::path(source.dir()) / "narration/venue/of.ogg"));

    {
        std::ofstream(fs::path(source.dir()) / "narration/venue/of.ogg", std::ios::binary)
            << "RIFF\x24\0\0\0WAVE";
    }
    TempDir again;
    written.clear();
    CHECK_FALSE(
        writeNarration(kLines, recordings, again.dir(), options, written, synthesised, problems));
    REQUIRE(problems.errors().size() == 1);
    CHECK(problems.errors()[0].message.rfind("recording \"narration/venue/of.ogg\" is not OGG",
                                             0) == 0);
}
