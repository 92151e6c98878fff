// The one decode every part shares: the structure past the header is checked
// (PNG checksums, the end of a JPEG), so that what validates is what is drawn,
// and a photo is turned as its EXIF orientation says.
#include <catch2/catch.hpp>

#include "core/images/picture_samples.hpp"
#include "images/picture_decode.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

PicturePixels decode(const std::string& bytes) {
    return decodePicture(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), {});
}

// Red, green and blue of the pixel at (x, y).
std::vector<int> pixelAt(const PicturePixels& p, int x, int y) {
    const size_t at = (size_t(y) * size_t(p.width) + size_t(x)) * 4;
    return {p.rgba[at], p.rgba[at + 1], p.rgba[at + 2]};
}

bool reddish(const std::vector<int>& c) {
    return c[0] > 200 && c[2] < 60;
}
bool bluish(const std::vector<int>& c) {
    return c[2] > 200 && c[0] < 60;
}

}  // namespace

TEST_CASE("a PNG whose chunk checksum is wrong is refused, naming the chunk") {
    std::string png = samplePng(20, 10);
    png[png.size() - 13] ^= 1;  // the last byte of the IDAT chunk's CRC, just before IEND
    const std::string idatAt = std::to_string(png.find("IDAT") - 4);
    CHECK(decode(png).problem ==
          "is damaged: the checksum of its IDAT chunk at byte " + idatAt + " is wrong");
}

TEST_CASE("a PNG cut short is refused for what it lacks") {
    const std::string png = samplePng(64, 64);
    CHECK(decode(png.substr(0, png.size() - 12)).problem ==
          "is damaged: it ends before its IEND chunk (cut short?)");
    CHECK(decode(png.substr(0, png.size() - 20)).problem.find("chunk at byte 33 is cut short") !=
          std::string::npos);
}

TEST_CASE("a JPEG without its end, or with too little data for its size, is refused") {
    const std::string jpeg = sampleJpeg(400, 300);
    CHECK(decode(jpeg.substr(0, jpeg.size() * 3 / 4)).problem ==
          "is damaged: it ends inside its picture data, with no end-of-image marker (cut short?)");
    const PicturePixels claimed = decode(claimingSize(sampleJpeg(64, 32), 8000, 5000));
    CHECK(claimed.problem.rfind("is damaged: ", 0) == 0);
    CHECK(claimed.problem.find("bytes of picture data cannot hold 8000x5000 pixels") !=
          std::string::npos);
}

TEST_CASE("a picture whose header reads but whose data does not is refused with a reason") {
    std::string jpeg = sampleJpeg(64, 64);
    // Sixteen 1-bits in a row are no Huffman code (T.81 C): the data cannot be read.
    const size_t scan = jpeg.find("\xff\xda");
    jpeg.replace(scan + 30, 8, std::string("\xff\x00\xff\x00\xff\x00\xff\x00", 8));
    CHECK(decode(jpeg).problem ==
          "is damaged: its picture data has a code its Huffman tables do not have");
}

TEST_CASE("a good PNG and JPEG decode to RGBA at their size") {
    const PicturePixels png = decode(samplePng(20, 10));
    REQUIRE(png.ok());
    CHECK(png.width == 20);
    CHECK(png.rgba.size() == 20 * 10 * 4);
    const PicturePixels jpeg = decode(sampleJpeg(33, 17));
    REQUIRE(jpeg.ok());
    CHECK(jpeg.height == 17);
}

TEST_CASE("a phone photo taken upright is shown upright (EXIF orientation 6)") {
    // Stored 64x32, left half red; orientation 6 shows the stored left column on top.
    const PicturePixels photo = decode(withExifOrientation(sampleJpeg(64, 32), 6));
    REQUIRE(photo.ok());
    CHECK(photo.width == 32);
    CHECK(photo.height == 64);
    CHECK(reddish(pixelAt(photo, 16, 8)));
    CHECK(bluish(pixelAt(photo, 16, 56)));
}

TEST_CASE("every EXIF orientation puts the stored corners where it says") {
    // A 3x2 picture with a number in each pixel's red channel.
    std::vector<uint8_t> rgba(3 * 2 * 4, 255);
    for (int i = 0; i < 6; ++i) rgba[size_t(i) * 4] = uint8_t(i);
    const auto red = [](const std::vector<uint8_t>& p) {
        std::vector<int> r;
        for (size_t i = 0; i < p.size(); i += 4) r.push_back(p[i]);
        return r;
    };
    // Stored:  0 1 2 / 3 4 5
    CHECK(red(orientPixels(rgba, 3, 2, 1)) == std::vector<int>{0, 1, 2, 3, 4, 5});
    CHECK(red(orientPixels(rgba, 3, 2, 2)) == std::vector<int>{2, 1, 0, 5, 4, 3});
    CHECK(red(orientPixels(rgba, 3, 2, 3)) == std::vector<int>{5, 4, 3, 2, 1, 0});
    CHECK(red(orientPixels(rgba, 3, 2, 4)) == std::vector<int>{3, 4, 5, 0, 1, 2});
    CHECK(red(orientPixels(rgba, 3, 2, 5)) == std::vector<int>{0, 3, 1, 4, 2, 5});
    CHECK(red(orientPixels(rgba, 3, 2, 6)) == std::vector<int>{3, 0, 4, 1, 5, 2});
    CHECK(red(orientPixels(rgba, 3, 2, 7)) == std::vector<int>{5, 2, 4, 1, 3, 0});
    CHECK(red(orientPixels(rgba, 3, 2, 8)) == std::vector<int>{2, 5, 1, 4, 0, 3});
}

TEST_CASE("a JPEG whose Huffman table holds more codes than it has room for is refused") {
    // stb_image 2.27 writes past its arrays on such a table (found by the fuzzer).
    std::string jpeg = sampleJpeg(16, 16);
    const size_t table = jpeg.find("\xff\xc4");
    jpeg[table + 5 + 8] = char(200);  // 200 codes of length 9, where 2^9 cannot follow the rest
    jpeg[table + 5 + 9] = char(200);
    CHECK(decode(jpeg).problem == "is damaged: its Huffman table segment at byte " +
                                      std::to_string(table) + " makes no sense");
}
