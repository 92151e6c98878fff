// Replays the fuzzers' seed corpus and every input that once crashed a loader
// (tests/fuzz/regressions/<target>/) through the same entry points, in the
// ordinary build, so a fixed crash stays fixed without clang or libFuzzer.
#include <dirent.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_entry_points.hpp"

namespace fuzz = kiosk::fuzz;

namespace {

using EntryPoint = fuzz::Outcome (*)(const uint8_t*, size_t);

struct Input {
    std::string name;
    std::string bytes;
};

// Every file of tests/fuzz/<folder>/<target>, in name order; none when the
// folder is missing (git keeps no empty folders).
std::vector<Input> inputsIn(const std::string& folder, const std::string& target) {
    const std::string dir = std::string(KIOSK_FUZZ_DIR) + "/" + folder + "/" + target;
    std::vector<Input> inputs;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (const dirent* entry = ::readdir(d)) {
            if (entry->d_name[0] == '.') continue;
            std::ifstream in(dir + "/" + entry->d_name, std::ios::binary);
            std::stringstream buffer;
            buffer << in.rdbuf();
            inputs.push_back({entry->d_name, buffer.str()});
        }
        ::closedir(d);
    }
    std::sort(inputs.begin(), inputs.end(),
              [](const Input& a, const Input& b) { return a.name < b.name; });
    return inputs;
}

fuzz::Outcome feed(EntryPoint entry, const std::string& bytes) {
    return entry(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

struct Target {
    const char* name;
    EntryPoint entry;
};
const Target kTargets[] = {{"pack_section", fuzz::packSection},
                           {"manifest", fuzz::manifest},
                           {"image", fuzz::image},
                           {"picture_header", fuzz::pictureHeader},
                           {"sound", fuzz::sound}};

std::string pngHeader(uint32_t width, uint32_t height) {
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) png += char((v >> shift) & 0xff);
    png += std::string("\x08\x06\0\0\0\0\0\0\0", 9);  // depth, RGBA, ..., a wrong CRC
    return png;
}

}  // namespace

TEST_CASE("every seed of the corpus, taken from the default pack, is read without errors") {
    for (const Target& target : kTargets) {
        const auto inputs = inputsIn("corpus", target.name);
        REQUIRE(inputs.size() >= 1);
        for (const Input& input : inputs) {
            INFO(target.name << "/" << input.name);
            CHECK(feed(target.entry, input.bytes).fileAccepted);
        }
    }
}

TEST_CASE("every input that once crashed a loader now comes back with an outcome") {
    size_t replayed = 0;
    for (const Target& target : kTargets) {
        for (const Input& input : inputsIn("regressions", target.name)) {
            INFO(target.name << "/" << input.name);
            // A crash, a sanitizer report or an exception escaping fails the test.
            CHECK_NOTHROW(feed(target.entry, input.bytes));
            ++replayed;
        }
    }
    SUCCEED("replayed " << replayed << " regression inputs");
}

TEST_CASE("hostile inputs are refused with an error, not a crash or a hang") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    for (uint8_t section = 0; section < fuzz::kSectionCount; ++section) {
        INFO(fuzz::sectionName(section));
        for (const std::string& body :
             {deep, std::string("{\"a\": 1e400}"), std::string("{\"a\": \"\xff\xfe\"}"),
              std::string(""), std::string("[]"), std::string("null"),
              std::string("{\"events\": [{\"id\": 7}]}")}) {
            const std::string input = std::string(1, char(section)) + body;
            CHECK_FALSE(feed(fuzz::packSection, input).fileAccepted);
        }
    }
    CHECK_FALSE(feed(fuzz::manifest, deep).fileAccepted);
    CHECK_FALSE(feed(fuzz::manifest, "{\"schema\": \"1\"}").fileAccepted);
    CHECK_FALSE(feed(fuzz::image, "").fileAccepted);
    CHECK_FALSE(feed(fuzz::image, std::string("\xff\xd8\xff\xe0", 4)).fileAccepted);
    // A 100-byte file claiming a gigapixel picture is refused before any decoding.
    const fuzz::Outcome huge = feed(fuzz::image, pngHeader(40000, 40000) + std::string(60, '\0'));
    CHECK_FALSE(huge.fileAccepted);
    CHECK(huge.errors == 1);
}
