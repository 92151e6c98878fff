#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "images/image_request.hpp"
#include "images/picture_header.hpp"

namespace kiosk {

// RGBA pixels (top row first, not premultiplied) at the size they are shown, or
// why there are none.
struct DecodedImage {
    int width = 0;
    int height = 0;
    PixelSize source;  // the file's own size, as shown (after its EXIF orientation)
    std::vector<uint8_t> rgba;
    // Every pixel fully opaque: drawn over its whole box, it hides what lies
    // beneath, which then need not be drawn.
    bool opaque = false;
    std::string error;  // set when broken: "file: what is wrong"

    bool ok() const { return error.empty() && !rgba.empty(); }
    size_t bytes() const { return rgba.size(); }
};

// Decodes `bytes` as the validator does (decodePicture: only PNG and JPEG, the
// header and structure checked first) and scales the result down to
// `request`'s box. A broken, truncated, foreign or oversized picture gives a
// result with `error` naming `name` and the problem; it never throws or crashes.
DecodedImage decodeImage(const std::string& bytes, const ImageRequest& request,
                         const DecodeLimits& limits, const std::string& name);
// Reads request.path and decodes it (on a worker thread: file I/O included).
DecodedImage decodeImageFile(const ImageRequest& request, const DecodeLimits& limits);

}  // namespace kiosk
