#include "images/picture_decode.hpp"

#include "images/stb_png_jpeg.hpp"

namespace kiosk {

std::vector<uint8_t> orientPixels(const std::vector<uint8_t>& rgba, int width, int height,
                                  int orientation) {
    const bool quarter = orientation >= 5 && orientation <= 8;
    const int outWidth = quarter ? height : width, outHeight = quarter ? width : height;
    std::vector<uint8_t> out(rgba.size());
    // For each shown pixel (x, y), the stored column and row it comes from
    // (EXIF 2.3, tag 0x0112: where the stored 0th row and column are shown).
    for (int y = 0; y < outHeight; ++y) {
        for (int x = 0; x < outWidth; ++x) {
            int column = x, row = y;
            switch (orientation) {
                case 2:
                    column = width - 1 - x;
                    break;
                case 3:
                    column = width - 1 - x, row = height - 1 - y;
                    break;
                case 4:
                    row = height - 1 - y;
                    break;
                case 5:
                    column = y, row = x;
                    break;
                case 6:
                    column = y, row = height - 1 - x;
                    break;
                case 7:
                    column = width - 1 - y, row = height - 1 - x;
                    break;
                case 8:
                    column = width - 1 - y, row = x;
                    break;
                default:
                    break;
            }
            const size_t from = (size_t(row) * size_t(width) + size_t(column)) * 4;
            const size_t to = (size_t(y) * size_t(outWidth) + size_t(x)) * 4;
            for (int c = 0; c < 4; ++c) out[to + size_t(c)] = rgba[from + size_t(c)];
        }
    }
    return out;
}

PicturePixels decodePicture(const uint8_t* data, size_t size, const DecodeLimits& limits) {
    PicturePixels result;
    result.problem = readPictureHeader(data, size, limits, result.header);
    if (result.problem.empty()) result.problem = checkPictureStructure(data, size, result.header);
    if (!result.problem.empty()) return result;
    const PictureHeader& header = result.header;
    int width = 0, height = 0;
    std::string reason;
    if (!decodeRgbaWithStb(data, size, width, height, result.rgba, reason)) {
        result.problem = "is damaged: its picture data cannot be decoded (" + reason + ")";
        return result;
    }
    if (width != header.width || height != header.height) {
        result.problem = "is damaged: it decodes to " + std::to_string(width) + "x" +
                         std::to_string(height) + " but its header says " +
                         std::to_string(header.width) + "x" + std::to_string(header.height);
        result.rgba.clear();
        return result;
    }
    if (header.orientation != 1)
        result.rgba = orientPixels(result.rgba, width, height, header.orientation);
    result.width = header.shownWidth();
    result.height = header.shownHeight();
    return result;
}

}  // namespace kiosk
