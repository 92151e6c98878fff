// A short mutation run of the picture and sound checks that any compiler
// builds: the seed corpus, mutated by a fixed-seed generator (so a failure
// replays), fed through the same entry points as the libFuzzer targets. It
// finds what a few thousand cheap mutations find (crashes under the sanitizer
// build, hangs by the test's timeout) and checks on every input that the
// validator and the kiosk's decoder agree.
#include <dirent.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_entry_points.hpp"
#include "images/image_decoder.hpp"

namespace fuzz = kiosk::fuzz;

namespace {

std::vector<std::string> seeds(const std::string& target) {
    const std::string dir = std::string(KIOSK_FUZZ_DIR) + "/corpus/" + target;
    std::vector<std::string> names;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (const dirent* entry = ::readdir(d))
            if (entry->d_name[0] != '.') names.push_back(entry->d_name);
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> bytes;
    for (const auto& name : names) {
        std::ifstream in(dir + "/" + name, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        bytes.push_back(buffer.str());
    }
    return bytes;
}

// xorshift64*: the same sequence on every machine.
struct Random {
    uint64_t state;
    uint64_t next() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717ull;
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }
};

// One to four of the edits that break files in practice: flipped bits, bytes
// set to edge values, big-endian and little-endian fields made huge or zero,
// bytes inserted or dropped, the file cut short, a stretch repeated.
std::string mutate(std::string b, Random& r) {
    const int edits = 1 + int(r.below(4));
    for (int e = 0; e < edits && !b.empty(); ++e) {
        const size_t at = r.below(b.size());
        switch (r.below(7)) {
            case 0:
                b[at] = char(b[at] ^ (1 << r.below(8)));
                break;
            case 1: {
                const char edge[] = {0, 1, 0x7f, char(0x80), char(0xff), char(0xd9), char(0xda)};
                b[at] = edge[r.below(sizeof edge)];
                break;
            }
            case 2:
                for (size_t i = 0; i < 4 && at + i < b.size(); ++i)
                    b[at + i] = r.below(2) ? char(0xff) : char(0);
                break;
            case 3:
                b.insert(at, r.below(8) + 1, char(r.below(256)));
                break;
            case 4:
                b.erase(at, r.below(16) + 1);
                break;
            case 5:
                b.resize(at);
                break;
            default: {
                const size_t length = std::min(b.size() - at, r.below(64) + 1);
                b.insert(r.below(b.size()), b.substr(at, length));
                break;
            }
        }
    }
    return b;
}

fuzz::Outcome feed(fuzz::Outcome (*entry)(const uint8_t*, size_t), const std::string& b) {
    return entry(reinterpret_cast<const uint8_t*>(b.data()), b.size());
}

}  // namespace

TEST_CASE("mutated pictures: the header check returns, and validator and kiosk agree") {
    const auto corpus = seeds("picture_header");
    REQUIRE(corpus.size() >= 5);
    Random random{0x5EED0001};
    size_t accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string input = mutate(corpus[size_t(i) % corpus.size()], random);
        const bool headerAccepted = feed(fuzz::pictureHeader, input).fileAccepted;
        const bool validates = feed(fuzz::image, input).fileAccepted;
        const kiosk::DecodedImage drawn =
            kiosk::decodeImage(input, {"x", 64, 64, kiosk::ImageFit::Contain}, {}, "x");
        INFO("mutation " << i);
        CHECK(validates == drawn.ok());
        if (validates) CHECK(headerAccepted);
        CHECK(drawn.error.find("()") == std::string::npos);
        accepted += validates;
    }
    // Some mutants stay valid (a flipped bit in a pixel), or the run tests nothing.
    CHECK(accepted > 0);
}

TEST_CASE("mutated sounds: the sound check returns on every one") {
    const auto corpus = seeds("sound");
    REQUIRE(corpus.size() >= 2);
    Random random{0x5EED0002};
    size_t accepted = 0;
    for (int i = 0; i < 10000; ++i)
        accepted +=
            feed(fuzz::sound, mutate(corpus[size_t(i) % corpus.size()], random)).fileAccepted;
    CHECK(accepted > 0);
}
