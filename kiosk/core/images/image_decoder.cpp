#include "images/image_decoder.hpp"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <stb_image_resize.h>

#include "images/picture_decode.hpp"

namespace kiosk {

DecodedImage decodeImage(const std::string& bytes, const ImageRequest& request,
                         const DecodeLimits& limits, const std::string& name) {
    DecodedImage result;
    PicturePixels picture =
        decodePicture(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), limits);
    if (!picture.ok()) {
        result.error = name + ": " + picture.problem;
        return result;
    }
    result.source = {picture.width, picture.height};
    const PixelSize target = fittedSize(result.source, request);
    result.width = target.width;
    result.height = target.height;
    if (target.width == picture.width && target.height == picture.height) {
        result.rgba = std::move(picture.rgba);
    } else {
        result.rgba.resize(size_t(target.width) * target.height * 4);
        if (!stbir_resize_uint8_srgb(picture.rgba.data(), picture.width, picture.height, 0,
                                     result.rgba.data(), target.width, target.height, 0, 4, 3, 0)) {
            result.error = name + ": cannot be scaled to " + std::to_string(target.width) + "x" +
                           std::to_string(target.height);
            result.rgba.clear();
            return result;
        }
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
