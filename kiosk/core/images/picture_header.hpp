#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace kiosk {

// What a picture may cost. A small file can claim a gigapixel picture, so the
// dimensions in its header are checked before any pixel is decoded; the same
// caps hold for `kiosk-pack validate`, `build`, `install` and the kiosk.
struct DecodeLimits {
    int maxWidth = 8192;
    int maxHeight = 8192;
    long long maxPixels = 40'000'000;
    uint64_t maxFileBytes = 32u << 20;
};

enum class PictureFormat { Png, Jpeg };

// What a PNG or JPEG says about itself before its pixels are decoded.
struct PictureHeader {
    PictureFormat format = PictureFormat::Png;
    int width = 0;  // as stored in the file
    int height = 0;
    int bitDepth = 8;  // per channel: PNG 1-16, JPEG 8
    int channels = 0;  // PNG 1-4 after its colour type, JPEG 1, 3 or 4
    // EXIF orientation of a JPEG (1-8; 1 is upright): 5 to 8 turn it a quarter.
    int orientation = 1;

    bool turnsQuarter() const { return orientation >= 5 && orientation <= 8; }
    int shownWidth() const { return turnsQuarter() ? height : width; }
    int shownHeight() const { return turnsQuarter() ? width : height; }
};

// The signature and header of a PNG or JPEG: format, size, bit depth and
// channels, each within what the decoder reads and `limits` allow. Only PNG
// and JPEG are read at all: other formats (GIF, BMP, PSD, HDR, PNM, TGA, ...)
// are refused by name from their first bytes, because stb_image's decoders for
// them have had crashes and endless loops. Empty when fine; otherwise the
// problem, worded to follow the file's name ("is not a PNG or JPEG picture (it
// starts like a GIF)").
std::string readPictureHeader(const uint8_t* data, size_t size, const DecodeLimits& limits,
                              PictureHeader& out);

// The format the first bytes suggest, for the message that refuses them
// ("a GIF"); empty when they suggest none.
std::string foreignFormatName(const uint8_t* data, size_t size);

}  // namespace kiosk
