// The only stb_image in the programs: its PNG and JPEG decoders, reading from
// memory, with its functions static to this file so that no stbi_* symbol
// (ours or libstb's) is shared with anything else.
#include "images/stb_png_jpeg.hpp"

#include <climits>
#include <memory>

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 65535  // more than any cap the kiosk sets; a last guard
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image.h>
#pragma GCC diagnostic pop

namespace kiosk {

namespace {

struct StbPixels {
    void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

}  // namespace

bool decodeRgbaWithStb(const uint8_t* data, size_t size, int& width, int& height,
                       std::vector<uint8_t>& rgba, std::string& reason) {
    if (size > size_t(INT_MAX)) {
        reason = "it is larger than 2 GiB";
        return false;
    }
    int channels = 0;
    std::unique_ptr<stbi_uc, StbPixels> pixels(
        stbi_load_from_memory(data, int(size), &width, &height, &channels, 4));
    if (!pixels) {
        const char* why = stbi_failure_reason();
        reason = why && *why ? why : "no reason given";
        return false;
    }
    rgba.assign(pixels.get(), pixels.get() + size_t(width) * size_t(height) * 4);
    return true;
}

}  // namespace kiosk
