// The structure of a PNG or JPEG past its header (see picture_decode.hpp).
#include <algorithm>

#include "images/jpeg_scan_walk.hpp"
#include "images/picture_bytes.hpp"
#include "images/picture_decode.hpp"

namespace kiosk {

namespace {

std::string pngStructureProblem(const uint8_t* data, size_t size) {
    bool palette = false, pictureData = false;
    for (size_t at = 8;;) {
        if (size - at < 12) return "is damaged: it ends before its IEND chunk (cut short?)";
        const uint32_t length = readBigEndian(data + at, 4);
        const std::string type(reinterpret_cast<const char*>(data + at + 4), 4);
        if (!std::all_of(type.begin(), type.end(),
                         [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
            return "is damaged: the chunk at byte " + std::to_string(at) + " has no chunk type";
        const std::string where = "its " + type + " chunk at byte " + std::to_string(at);
        if (length > 0x7fffffffu || length > size - at - 12)
            return "is damaged: " + where + " is cut short";
        if (readBigEndian(data + at + 8 + length, 4) != crc32Of(data + at + 4, 4 + size_t(length)))
            return "is damaged: the checksum of " + where + " is wrong";
        if (type == "IEND") break;
        if (type == "PLTE") palette = true;
        if (type == "IDAT") pictureData = true;
        at += 12 + size_t(length);
    }
    if (!pictureData) return "is damaged: it has no IDAT chunk (no picture data)";
    if (data[25] == 3 && !palette)
        return "is damaged: it has a palette colour type but no PLTE chunk";
    return "";
}

// Each 8x8 block of every component takes at least one bit of picture data
// (its DC coefficient), whatever the tables: fewer bytes cannot hold the picture.
uint64_t leastJpegBytes(const uint8_t* frame, const PictureHeader& header) {
    int maxH = 1, maxV = 1;
    for (int c = 0; c < header.channels; ++c) {
        maxH = std::max(maxH, frame[6 + c * 3 + 1] >> 4);
        maxV = std::max(maxV, frame[6 + c * 3 + 1] & 15);
    }
    uint64_t blocks = 0;
    for (int c = 0; c < header.channels; ++c) {
        const uint64_t w = (uint64_t(header.width) * (frame[6 + c * 3 + 1] >> 4) + maxH - 1) / maxH;
        const uint64_t h =
            (uint64_t(header.height) * (frame[6 + c * 3 + 1] & 15) + maxV - 1) / maxV;
        blocks += ((w + 7) / 8) * ((h + 7) / 8);
    }
    return blocks / 8;
}

std::string jpegStructureProblem(const uint8_t* data, size_t size, const PictureHeader& header) {
    JpegSegments segments(data, size);
    const uint8_t* frame = nullptr;
    bool scan = false;
    for (;;) {
        const JpegSegment s = segments.next();
        if (!s.problem.empty()) return s.problem;
        if (s.marker == 0xD9) break;
        if (s.marker == 0xC4 && !huffmanTablesMakeSense(s.payload, s.length))
            return "is damaged: its Huffman table segment at byte " + std::to_string(s.offset) +
                   " makes no sense";
        if (s.marker >= 0xC0 && s.marker <= 0xC2 && !frame) frame = s.payload;  // the header's
        if (s.marker == 0xDA) {
            if (!frame) return "is damaged: its picture data starts before its frame header (SOF)";
            scan = true;
        }
    }
    if (!scan) return "is damaged: it has no picture data (no SOS segment)";
    const uint64_t least = leastJpegBytes(frame, header);
    if (segments.pictureDataBytes() < least)
        return "is damaged: " + std::to_string(segments.pictureDataBytes()) +
               " bytes of picture data cannot hold " + std::to_string(header.width) + "x" +
               std::to_string(header.height) + " pixels (that takes at least " +
               std::to_string(least) + ")";
    return walkSequentialJpegScans(data, size);
}

}  // namespace

std::string checkPictureStructure(const uint8_t* data, size_t size, const PictureHeader& header) {
    return header.format == PictureFormat::Png ? pngStructureProblem(data, size)
                                               : jpegStructureProblem(data, size, header);
}

}  // namespace kiosk
