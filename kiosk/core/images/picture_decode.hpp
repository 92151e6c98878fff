#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "images/picture_header.hpp"

namespace kiosk {

// A picture's pixels as they are shown: RGBA, top row first, not premultiplied,
// turned and mirrored as its EXIF orientation says; or why there are none.
struct PicturePixels {
    PictureHeader header;
    int width = 0;  // as shown (after the orientation)
    int height = 0;
    std::vector<uint8_t> rgba;
    std::string problem;  // worded to follow the file's name

    bool ok() const { return problem.empty() && !rgba.empty(); }
};

// The file's structure past its header, as far as it can be checked without
// decoding: every PNG chunk whole and with the right checksum, up to IEND;
// every JPEG segment whole up to the end-of-image marker, with at least a bit
// of picture data per 8x8 block. stb_image reads past all of these (a cut-off
// JPEG comes out grey), so they are checked here. Empty when fine.
std::string checkPictureStructure(const uint8_t* data, size_t size, const PictureHeader& header);

// The one decode of a pack's picture, shared by `kiosk-pack validate`, `build`,
// `install` and the kiosk so that they cannot disagree: the header
// (readPictureHeader), the structure, then the pixels (stb_image, built with
// its PNG and JPEG decoders only).
PicturePixels decodePicture(const uint8_t* data, size_t size, const DecodeLimits& limits);

// `rgba` (width x height) turned and mirrored for EXIF orientation 1-8.
std::vector<uint8_t> orientPixels(const std::vector<uint8_t>& rgba, int width, int height,
                                  int orientation);

}  // namespace kiosk
