#include <stb_image_write.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "images/image_decoder.hpp"

using namespace kiosk;

namespace {

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::string*>(context);
    out->append(static_cast<const char*>(data), size_t(size));
}

// A picture with a gradient, so that scaling has something to average.
std::vector<uint8_t> gradient(int w, int h, int channels) {
    std::vector<uint8_t> pixels(size_t(w) * h * channels);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c)
                pixels[(size_t(y) * w + x) * channels + c] =
                    uint8_t(c == 3 || (channels == 2 && c == 1)
                                ? 255
                                : (x * 255 / std::max(1, w - 1) + c * 40) & 0xff);
    return pixels;
}

std::string png(int w, int h, int channels = 4) {
    std::string out;
    const auto pixels = gradient(w, h, channels);
    REQUIRE(stbi_write_png_to_func(appendBytes, &out, w, h, channels, pixels.data(), w * channels));
    return out;
}

std::string jpeg(int w, int h) {
    std::string out;
    const auto pixels = gradient(w, h, 3);
    REQUIRE(stbi_write_jpg_to_func(appendBytes, &out, w, h, 3, pixels.data(), 90));
    return out;
}

ImageRequest box(int w, int h, ImageFit fit = ImageFit::Contain) {
    return {"pic", w, h, fit};
}

DecodedImage decode(const std::string& bytes, const ImageRequest& request,
                    const DecodeLimits& limits = {}) {
    return decodeImage(bytes, request, limits, "images/pic.png");
}

}  // namespace

TEST_CASE("fitted sizes keep the aspect ratio and never scale up") {
    CHECK(fittedSize({4000, 3000}, box(800, 800)).width == 800);
    CHECK(fittedSize({4000, 3000}, box(800, 800)).height == 600);
    CHECK(fittedSize({4000, 3000}, box(800, 800, ImageFit::Cover)).width == 1067);
    CHECK(fittedSize({4000, 3000}, box(800, 800, ImageFit::Cover)).height == 800);
    CHECK(fittedSize({100, 50}, box(800, 800)).width == 100);  // small stays small
    CHECK(fittedSize({10000, 1}, box(100, 100)).height == 1);  // never 0
    CHECK(fittedSize({640, 480}, box(0, 0)).width == 640);     // no box: own size
}

TEST_CASE("a PNG decodes to RGBA at its own size when it fits") {
    const DecodedImage image = decode(png(64, 32), box(100, 100));
    REQUIRE(image.ok());
    CHECK(image.width == 64);
    CHECK(image.height == 32);
    CHECK(image.source.width == 64);
    CHECK(image.bytes() == 64 * 32 * 4);
    CHECK(image.rgba[3] == 255);
}

TEST_CASE("a large JPEG is scaled down to the box it is shown in") {
    const DecodedImage image = decode(jpeg(1600, 1200), box(400, 400));
    REQUIRE(image.ok());
    CHECK(image.width == 400);
    CHECK(image.height == 300);
    CHECK(image.source.width == 1600);
    // The gradient survives scaling: dark on the left, light on the right.
    CHECK(image.rgba[0] < 40);
    CHECK(image.rgba[(399) * 4] > 215);
}

TEST_CASE("a portrait picture covers a landscape box by its width") {
    const DecodedImage image = decode(jpeg(600, 1200), box(300, 100, ImageFit::Cover));
    REQUIRE(image.ok());
    CHECK(image.width == 300);
    CHECK(image.height == 600);
}

TEST_CASE("a 1x1 picture and a grey one with alpha decode") {
    const DecodedImage one = decode(png(1, 1), box(500, 500));
    REQUIRE(one.ok());
    CHECK(one.width == 1);
    CHECK(one.bytes() == 4);
    const DecodedImage grey = decode(png(8, 8, 2), box(4, 4));
    REQUIRE(grey.ok());
    CHECK(grey.width == 4);
    CHECK(grey.rgba[3] == 255);
}

TEST_CASE("a picture is opaque only when no pixel lets the background through") {
    CHECK(decode(jpeg(64, 48), box(32, 32)).opaque);
    CHECK(decode(png(64, 48), box(64, 64)).opaque);  // alpha channel, all 255
    auto pixels = gradient(64, 48, 4);
    pixels[(size_t(47) * 64 + 63) * 4 + 3] = 254;  // one pixel, the last, slightly see-through
    std::string seeThrough;
    REQUIRE(stbi_write_png_to_func(appendBytes, &seeThrough, 64, 48, 4, pixels.data(), 64 * 4));
    const DecodedImage image = decode(seeThrough, box(64, 64));
    REQUIRE(image.ok());
    CHECK_FALSE(image.opaque);
}

TEST_CASE("a truncated file is broken, with its name and the reason") {
    const std::string whole = png(200, 200);
    const DecodedImage image = decode(whole.substr(0, whole.size() / 2), box(100, 100));
    CHECK_FALSE(image.ok());
    CHECK(image.error.rfind("images/pic.png: is damaged", 0) == 0);
    const std::string photo = jpeg(200, 200);
    CHECK_FALSE(decode(photo.substr(0, 300), box(100, 100)).ok());
}

TEST_CASE("a file that is no picture, or empty, is broken") {
    const DecodedImage text = decode("hello, this is not a picture", box(10, 10));
    CHECK(text.error ==
          "images/pic.png: is not a PNG or JPEG picture (its first bytes are no picture format)");
    CHECK_FALSE(decode("", box(10, 10)).ok());
}

TEST_CASE("a header claiming a huge picture is refused before decoding") {
    std::string bomb = png(16, 16);
    // IHDR width and height: 100000 x 100000.
    const unsigned char huge[8] = {0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0};
    bomb.replace(16, 8, reinterpret_cast<const char*>(huge), 8);
    const DecodedImage image = decode(bomb, box(100, 100));
    CHECK(image.error ==
          "images/pic.png: is 100000x100000 pixels; expected at most 8192x8192 and 40 megapixels");
    DecodeLimits small;
    small.maxPixels = 1000;
    CHECK(decode(png(100, 100), box(10, 10), small).error.find("is 100x100 pixels") !=
          std::string::npos);
}

TEST_CASE("a file over the size limit is refused, and a missing file is named") {
    DecodeLimits limits;
    limits.maxFileBytes = 100;
    CHECK(decode(png(64, 64), box(10, 10), limits).error.find("bytes; expected at most 100") !=
          std::string::npos);
    const DecodedImage missing =
        decodeImageFile({"/nonexistent/pic.png", 10, 10, ImageFit::Contain}, {});
    CHECK(missing.error == "/nonexistent/pic.png: is missing or not a plain file");
}

TEST_CASE("a picture decodes from a file") {
    const std::string path = "image_decoder_test.png";
    {
        std::ofstream out(path, std::ios::binary);
        out << png(300, 100);
    }
    const DecodedImage image = decodeImageFile({path, 150, 150, ImageFit::Contain}, {});
    std::remove(path.c_str());
    REQUIRE(image.ok());
    CHECK(image.width == 150);
    CHECK(image.height == 50);
}
