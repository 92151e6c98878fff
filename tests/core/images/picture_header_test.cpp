// What the picture header check says before any pixel is decoded: only PNG and
// JPEG are read, foreign formats are named, codings the decoder cannot read are
// refused with what to do instead.
#include <catch2/catch.hpp>

#include "core/images/picture_samples.hpp"
#include "images/picture_header.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string headerProblem(const std::string& bytes, PictureHeader* out = nullptr) {
    PictureHeader header;
    const std::string problem = readPictureHeader(reinterpret_cast<const uint8_t*>(bytes.data()),
                                                  bytes.size(), DecodeLimits{}, header);
    if (out) *out = header;
    return problem;
}

}  // namespace

TEST_CASE("a PNG's and a JPEG's headers give format, size, depth and channels") {
    PictureHeader png, jpeg;
    CHECK(headerProblem(samplePng(40, 20), &png).empty());
    CHECK(png.format == PictureFormat::Png);
    CHECK(png.width == 40);
    CHECK(png.height == 20);
    CHECK(png.bitDepth == 8);
    CHECK(png.channels == 3);
    CHECK(headerProblem(sampleJpeg(40, 20), &jpeg).empty());
    CHECK(jpeg.format == PictureFormat::Jpeg);
    CHECK(jpeg.width == 40);
    CHECK(jpeg.channels == 3);
    CHECK(jpeg.orientation == 1);
}

TEST_CASE("foreign picture formats are refused by name from their first bytes") {
    CHECK(headerProblem(sampleGif()) == "is not a PNG or JPEG picture (it starts like a GIF)");
    CHECK(headerProblem(sampleBmp()) == "is not a PNG or JPEG picture (it starts like a BMP)");
    CHECK(headerProblem(sampleTga()) == "is not a PNG or JPEG picture (it starts like a TGA)");
    CHECK(headerProblem(samplePsd()) ==
          "is not a PNG or JPEG picture (it starts like a Photoshop PSD)");
    CHECK(headerProblem(endlessHdr()) ==
          "is not a PNG or JPEG picture (it starts like a Radiance HDR)");
    CHECK(headerProblem(sixteenBitPpm()) ==
          "is not a PNG or JPEG picture (it starts like a PPM, PGM or other PNM)");
    CHECK(headerProblem(std::string("RIFF\0\0\0\0WEBPVP8 ", 16)) ==
          "is not a PNG or JPEG picture (it starts like a WebP)");
    CHECK(headerProblem("plain text") ==
          "is not a PNG or JPEG picture (its first bytes are no picture format)");
    CHECK(headerProblem("") == "is not a PNG or JPEG picture (it is empty)");
}

TEST_CASE("JPEG codings the decoder cannot read are refused with what to do instead") {
    std::string arithmetic = sampleJpeg(16, 16);
    arithmetic[frameMarker(arithmetic) + 1] = char(0xC9);
    CHECK(headerProblem(arithmetic) ==
          "is a JPEG with arithmetic coding, which the kiosk does not read; save it again as an "
          "ordinary (baseline or progressive) JPEG");
    std::string twelveBit = sampleJpeg(16, 16);
    twelveBit[frameMarker(twelveBit) + 4] = 12;
    CHECK(headerProblem(twelveBit) ==
          "is a 12-bit JPEG, which the kiosk does not read; save it again with 8 bits per "
          "channel");
    std::string lossless = sampleJpeg(16, 16);
    lossless[frameMarker(lossless) + 1] = char(0xC3);
    CHECK(headerProblem(lossless).rfind("is a lossless JPEG, which the kiosk does not read", 0) ==
          0);
}

TEST_CASE("a PNG header PNG does not allow is refused before decoding") {
    std::string png = samplePng(8, 8);
    png[25] = 1;  // colour type 1 does not exist
    CHECK(headerProblem(png) ==
          "is damaged: its header gives colour type 1 with 8-bit samples, which PNG does not "
          "allow");
    png = samplePng(8, 8);
    png[24] = 16, png[25] = 3;  // a 16-bit palette
    CHECK(headerProblem(png).find("colour type 3 with 16-bit samples") != std::string::npos);
}

TEST_CASE("the pixel cap counts the size a turned photo is shown at") {
    PictureHeader header;
    const std::string portrait = withExifOrientation(sampleJpeg(64, 32), 6);
    CHECK(headerProblem(portrait, &header).empty());
    CHECK(header.orientation == 6);
    CHECK(header.shownWidth() == 32);
    CHECK(header.shownHeight() == 64);
    CHECK(headerProblem(claimingSize(sampleJpeg(16, 16), 9000, 100)) ==
          "is 9000x100 pixels; expected at most 8192x8192 and 40 megapixels");
}
