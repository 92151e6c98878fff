// The walk over a baseline JPEG's scan data: a whole picture passes, and data
// that stops early, skips a restart marker or holds a code no table has is
// named, where the decoder would quietly draw grey.
#include <catch2/catch.hpp>

#include "core/images/picture_samples.hpp"
#include "images/jpeg_scan_walk.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string walk(const std::string& jpeg) {
    return walkSequentialJpegScans(reinterpret_cast<const uint8_t*>(jpeg.data()), jpeg.size());
}

bool startsWith(const std::string& s, const std::string& start) {
    return s.rfind(start, 0) == 0;
}

bool endsWith(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The JPEG with a restart interval of one unit declared before its scan,
// while its data has no restart markers.
std::string withRestartInterval(const std::string& jpeg) {
    const size_t scan = jpeg.find("\xff\xda");
    return jpeg.substr(0, scan) + std::string("\xff\xdd\x00\x04\x00\x01", 6) + jpeg.substr(scan);
}

}  // namespace

TEST_CASE("a whole baseline JPEG walks to its end") {
    CHECK(walk(sampleJpeg(64, 64)) == "");
    CHECK(walk(sampleJpeg(33, 17)) == "");
}

TEST_CASE("a JPEG whose data stops early, its end marker put back, is named cut short") {
    const std::string jpeg = sampleJpeg(64, 64);
    const size_t data = jpeg.find("\xff\xda") + 2 + 12;  // past the scan header of three components
    const std::string cut = jpeg.substr(0, data + (jpeg.size() - data) / 2) + "\xff\xd9";
    const std::string problem = walk(cut);
    CHECK(startsWith(problem, "is damaged: its picture data runs out "));
    CHECK(endsWith(problem, "% of the way through the picture (cut short?)"));
}

TEST_CASE("a JPEG that declares restarts its data lacks is named") {
    const std::string problem = walk(withRestartInterval(sampleJpeg(64, 64)));
    CHECK(startsWith(problem, "is damaged: a restart marker is missing "));
    CHECK(endsWith(problem, "% of the way through the picture"));
}

TEST_CASE("a JPEG scan with a code no table has is named") {
    std::string jpeg = sampleJpeg(64, 64);
    const size_t scan = jpeg.find("\xff\xda");
    jpeg.replace(scan + 30, 8, std::string("\xff\x00\xff\x00\xff\x00\xff\x00", 8));
    CHECK(walk(jpeg) == "is damaged: its picture data has a code its Huffman tables do not have");
}

TEST_CASE("a JPEG whose Huffman table makes no sense is named by the table's place") {
    std::string jpeg = sampleJpeg(16, 16);
    const size_t table = jpeg.find("\xff\xc4");
    jpeg[table + 5 + 8] = char(200);
    jpeg[table + 5 + 9] = char(200);
    CHECK(walk(jpeg) == "is damaged: its Huffman table segment at byte " + std::to_string(table) +
                            " makes no sense");
}

TEST_CASE("a JPEG scan the walk cannot place is left to the decoder to name") {
    std::string jpeg = sampleJpeg(64, 64);
    const size_t scan = jpeg.find("\xff\xda");
    jpeg[scan + 5] = char(9);  // the scan's first component: no such component in the frame
    CHECK(walk(jpeg) == "");
    // Cut short, but not walked: the decoder's own checks name it.
    CHECK(walk(jpeg.substr(0, jpeg.size() / 2) + "\xff\xd9") == "");
}
