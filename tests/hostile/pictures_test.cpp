// Class 1, pictures: a file named .png that is really GIF, BMP, TGA, PSD,
// 16-bit PPM or Radiance HDR reached stb_image's decoders for those formats
// (CVE-2021-42716, a PNM overflow; CVE-2021-42715, an endless HDR loop) and
// crashed or hung `validate`, `install` and the kiosk; and PNG or JPEG files
// that `validate` passed were drawn wrong or dropped by the kiosk. Each is now
// refused by the validator (kiosk-pack validate, build and install load packs
// this way) and by the kiosk's own decoder, with the same words.
#include <catch2/catch.hpp>
#include <chrono>

#include "content/pack_loader.hpp"
#include "core/content/pack_problems.hpp"
#include "core/images/picture_samples.hpp"
#include "images/image_decoder.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const std::string kEventsFile = "events/2014.json";

// The default pack with its first event showing `bytes` as images/x.png.
struct PackWithPicture {
    TempPack pack;
    explicit PackWithPicture(const std::string& bytes, const std::string& name = "images/x.png") {
        pack.writeText(name, bytes);
        editEvent(pack, kEventsFile, 0, [&](nlohmann::json& e) { e["image"] = name; });
    }
};

// What `kiosk-pack validate` says about the picture (empty when it passes).
std::string validatorLine(const std::string& bytes) {
    PackWithPicture p(bytes);
    const Lines errors = errorLines(loadPack(p.pack.dir()));
    return errors.empty() ? "" : errors.front();
}

// What the kiosk says when it starts on the pack: it reads pictures' headers only.
std::string kioskStartLine(const std::string& bytes) {
    PackWithPicture p(bytes);
    PackLoadOptions kiosk;
    kiosk.imageLimits.decode = false;
    const Lines errors = errorLines(loadPack(p.pack.dir(), kiosk));
    return errors.empty() ? "" : errors.front();
}

// What the kiosk's decoder (on its worker threads) says.
std::string kioskDecodeError(const std::string& bytes) {
    return decodeImage(bytes, {"x", 640, 360, ImageFit::Cover}, {}, "images/x.png").error;
}

std::string validatorSays(const std::string& problem) {
    return "events/2014.json: /events/0/image: image \"images/x.png\" " + problem;
}

}  // namespace

TEST_CASE("pictures that are not PNG or JPEG are refused by name everywhere") {
    const struct {
        std::string bytes, name;
    } foreign[] = {{sampleGif(), "a GIF"},
                   {sampleBmp(), "a BMP"},
                   {sampleTga(), "a TGA"},
                   {samplePsd(), "a Photoshop PSD"},
                   {sixteenBitPpm(), "a PPM, PGM or other PNM"},
                   {endlessHdr(), "a Radiance HDR"}};
    for (const auto& f : foreign) {
        INFO(f.name);
        const std::string problem = "is not a PNG or JPEG picture (it starts like " + f.name + ")";
        CHECK(validatorLine(f.bytes) == validatorSays(problem));
        CHECK(kioskStartLine(f.bytes) == validatorSays(problem));
        CHECK(kioskDecodeError(f.bytes) == "images/x.png: " + problem);
    }
}

TEST_CASE("the 49-byte HDR file that hung stb_image is refused at once") {
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(kioskDecodeError(endlessHdr()).empty());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(100));
}

TEST_CASE("a PNG whose chunk checksum is wrong fails validation, as the kiosk refuses it") {
    std::string png = samplePng(32, 16);
    png[png.size() - 13] ^= 1;  // the IDAT chunk's CRC
    const std::string problem = "is damaged: the checksum of its IDAT chunk at byte 33 is wrong";
    CHECK(validatorLine(png) == validatorSays(problem));
    CHECK(kioskDecodeError(png) == "images/x.png: " + problem);
}

TEST_CASE("a JPEG claiming 8000x5000 pixels in a few hundred bytes is refused before decoding") {
    const std::string jpeg = claimingSize(sampleJpeg(64, 32), 8000, 5000);
    const auto start = std::chrono::steady_clock::now();
    const std::string error = kioskDecodeError(jpeg);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(100));
    CHECK(error.find("bytes of picture data cannot hold 8000x5000 pixels") != std::string::npos);
    CHECK(validatorLine(jpeg) == validatorSays(error.substr(std::string("images/x.png: ").size())));
}

TEST_CASE("a JPEG cut short, its end marker kept, fails validation instead of showing grey") {
    const std::string jpeg = sampleJpeg(400, 300);
    const size_t scan = jpeg.find("\xff\xda");
    const size_t data = scan + 2 + ((uint8_t(jpeg[scan + 2]) << 8) | uint8_t(jpeg[scan + 3]));
    // stb_image decodes this without complaint, greying all but the first rows.
    const std::string cut = jpeg.substr(0, data + 100) + "\xff\xd9";
    const std::string problem =
        "is damaged: 100 bytes of picture data cannot hold 400x300 pixels (that takes at least "
        "356)";
    CHECK(validatorLine(cut) == validatorSays(problem));
    CHECK(kioskDecodeError(cut) == "images/x.png: " + problem);
}

TEST_CASE("an arithmetic-coded or 12-bit JPEG is refused by name with what to do") {
    std::string arithmetic = sampleJpeg(16, 16);
    arithmetic[frameMarker(arithmetic) + 1] = char(0xC9);
    CHECK(validatorLine(arithmetic) ==
          validatorSays("is a JPEG with arithmetic coding, which the kiosk does not read; save it "
                        "again as an ordinary (baseline or progressive) JPEG"));
    std::string twelveBit = sampleJpeg(16, 16);
    twelveBit[frameMarker(twelveBit) + 4] = 12;
    CHECK(validatorLine(twelveBit) ==
          validatorSays("is a 12-bit JPEG, which the kiosk does not read; save it again with 8 "
                        "bits per channel"));
}

TEST_CASE("a portrait phone photo is shown upright, at its upright size") {
    const DecodedImage photo = decodeImage(withExifOrientation(sampleJpeg(400, 300), 6),
                                           {"x", 0, 0, ImageFit::Contain}, {}, "images/x.jpg");
    REQUIRE(photo.ok());
    CHECK(photo.source.width == 300);
    CHECK(photo.source.height == 400);
    CHECK(validatorLine(withExifOrientation(sampleJpeg(400, 300), 6)).empty());
}
