#include "images/image_decoder.hpp"

#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include <stb_image.h>
#include <stb_image_resize.h>

namespace kiosk {

namespace {

// Width and height from a PNG's IHDR. stb_image will not report dimensions it
// could not decode (over 2^30 bytes of pixels) and calls such a file an unknown
// type instead, so a PNG claiming a gigapixel size is measured here.
bool pngHeaderSize(const uint8_t* data, size_t size, PixelSize& out) {
    static const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (size < 24 || std::memcmp(data, kSignature, 8) != 0 ||
        std::memcmp(data + 12, "IHDR", 4) != 0)
        return false;
    auto be32 = [&](size_t at) {
        uint32_t v = 0;
        for (size_t i = 0; i < 4; ++i) v = (v << 8) | data[at + i];
        return v;
    };
    const uint32_t w = be32(16), h = be32(20);
    out.width = w > 0x7fffffff ? 0x7fffffff : int(w);
    out.height = h > 0x7fffffff ? 0x7fffffff : int(h);
    return true;
}

struct StbPixels {
    void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

}  // namespace

bool probeImageSize(const uint8_t* data, size_t size, PixelSize& out, std::string& error) {
    if (pngHeaderSize(data, size, out)) return true;
    if (size > size_t(INT32_MAX)) {
        error = "is larger than 2 GiB";
        return false;
    }
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(data, int(size), &w, &h, &channels)) {
        error =
            std::string("is not a PNG or JPEG that can be read (") + stbi_failure_reason() + ")";
        return false;
    }
    out = {w, h};
    return true;
}

DecodedImage decodeImage(const std::string& bytes, const ImageRequest& request,
                         const DecodeLimits& limits, const std::string& name) {
    DecodedImage result;
    auto fail = [&](const std::string& problem) {
        result.error = name + ": " + problem;
        result.rgba.clear();
        return result;
    };
    if (bytes.size() > limits.maxFileBytes)
        return fail("is " + std::to_string(bytes.size()) + " bytes; expected at most " +
                    std::to_string(limits.maxFileBytes));
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    std::string error;
    if (!probeImageSize(data, bytes.size(), result.source, error)) return fail(error);
    const PixelSize claimed = result.source;
    if (claimed.width <= 0 || claimed.height <= 0 || claimed.width > limits.maxWidth ||
        claimed.height > limits.maxHeight ||
        (long long)claimed.width * claimed.height > limits.maxPixels)
        return fail("is " + std::to_string(claimed.width) + "x" + std::to_string(claimed.height) +
                    " pixels; expected at most " + std::to_string(limits.maxWidth) + "x" +
                    std::to_string(limits.maxHeight) + " and " +
                    std::to_string(limits.maxPixels / 1000000) + " megapixels");

    int w = 0, h = 0, channels = 0;
    std::unique_ptr<stbi_uc, StbPixels> pixels(
        stbi_load_from_memory(data, int(bytes.size()), &w, &h, &channels, 4));
    if (!pixels) return fail(std::string("is damaged (") + stbi_failure_reason() + ")");
    if (w != claimed.width || h != claimed.height)
        return fail("decodes to " + std::to_string(w) + "x" + std::to_string(h) +
                    " but its header says " + std::to_string(claimed.width) + "x" +
                    std::to_string(claimed.height));

    const PixelSize target = fittedSize(result.source, request);
    result.width = target.width;
    result.height = target.height;
    result.rgba.resize(size_t(target.width) * target.height * 4);
    if (target.width == w && target.height == h) {
        std::memcpy(result.rgba.data(), pixels.get(), result.rgba.size());
    } else if (!stbir_resize_uint8_srgb(pixels.get(), w, h, 0, result.rgba.data(), target.width,
                                        target.height, 0, 4, 3, 0)) {
        return fail("cannot be scaled to " + std::to_string(target.width) + "x" +
                    std::to_string(target.height));
    }
    result.opaque = true;
    for (size_t i = 3; i < result.rgba.size() && result.opaque; i += 4)
        result.opaque = result.rgba[i] == 255;
    return result;
}

DecodedImage decodeImageFile(const ImageRequest& request, const DecodeLimits& limits) {
    struct stat st {};
    if (stat(request.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        DecodedImage missing;
        missing.error = request.path + ": is missing or not a plain file";
        return missing;
    }
    if (uint64_t(st.st_size) > limits.maxFileBytes) {
        DecodedImage large;
        large.error = request.path + ": is " + std::to_string(st.st_size) +
                      " bytes; expected at most " + std::to_string(limits.maxFileBytes);
        return large;
    }
    std::ifstream in(request.path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        DecodedImage unreadable;
        unreadable.error = request.path + ": cannot be read";
        return unreadable;
    }
    return decodeImage(buffer.str(), request, limits, request.path);
}

}  // namespace kiosk
