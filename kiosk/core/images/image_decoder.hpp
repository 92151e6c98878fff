#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "images/image_request.hpp"

namespace kiosk {

// What a decode may cost: a small file can claim a gigapixel picture, so the
// dimensions in its header are checked before any pixel is decoded.
struct DecodeLimits {
    int maxWidth = 8192;
    int maxHeight = 8192;
    long long maxPixels = 40'000'000;
    uint64_t maxFileBytes = 32u << 20;
};

// RGBA pixels (top row first, not premultiplied) at the size they are shown, or
// why there are none.
struct DecodedImage {
    int width = 0;
    int height = 0;
    PixelSize source;  // the file's own size
    std::vector<uint8_t> rgba;
    // Every pixel fully opaque: drawn over its whole box, it hides what lies
    // beneath, which then need not be drawn.
    bool opaque = false;
    std::string error;  // set when broken: "file: what is wrong"

    bool ok() const { return error.empty() && !rgba.empty(); }
    size_t bytes() const { return rgba.size(); }
};

// The dimensions a PNG or JPEG (or any format stb_image reads) claims in its
// header, without decoding; false with `error` set when it is none of them.
bool probeImageSize(const uint8_t* data, size_t size, PixelSize& out, std::string& error);

// Decodes `bytes` and scales the result down to `request`'s box. A broken,
// truncated, unknown or oversized picture gives a result with `error` naming
// `name` and the problem; it never throws or crashes.
DecodedImage decodeImage(const std::string& bytes, const ImageRequest& request,
                         const DecodeLimits& limits, const std::string& name);
// Reads request.path and decodes it (on a worker thread: file I/O included).
DecodedImage decodeImageFile(const ImageRequest& request, const DecodeLimits& limits);

}  // namespace kiosk
