#include "images/picture_header.hpp"

#include <cstring>

#include "images/picture_bytes.hpp"

namespace kiosk {

namespace {

bool startsWith(const uint8_t* data, size_t size, const char* prefix, size_t length) {
    return size >= length && std::memcmp(data, prefix, length) == 0;
}

// The PNG colour types and the bit depths each allows (PNG 1.2, table 11.1).
bool pngDepthAllowed(int colourType, int depth) {
    switch (colourType) {
        case 0:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        case 3:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8;
        case 2:
        case 4:
        case 6:
            return depth == 8 || depth == 16;
        default:
            return false;
    }
}

std::string readPngHeader(const uint8_t* data, size_t size, PictureHeader& out) {
    out.format = PictureFormat::Png;
    if (size < 33) return "is damaged: it ends inside its PNG header";
    // An Apple "optimised" PNG puts CgBI first; only Apple's tools read it.
    if (std::memcmp(data + 12, "CgBI", 4) == 0)
        return "is an Apple-optimised PNG (CgBI) that only Apple's tools read; save it again "
               "as an ordinary PNG";
    if (readBigEndian(data + 8, 4) != 13 || std::memcmp(data + 12, "IHDR", 4) != 0)
        return "is damaged: its first chunk is not a 13-byte IHDR";
    const uint32_t width = readBigEndian(data + 16, 4), height = readBigEndian(data + 20, 4);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return "is damaged: its header says " + std::to_string(width) + "x" +
               std::to_string(height) + " pixels";
    out.width = int(width);
    out.height = int(height);
    const int depth = data[24], colourType = data[25];
    if (!pngDepthAllowed(colourType, depth))
        return "is damaged: its header gives colour type " + std::to_string(colourType) + " with " +
               std::to_string(depth) + "-bit samples, which PNG does not allow";
    if (data[26] != 0 || data[27] != 0 || data[28] > 1)
        return "is damaged: its header names a compression, filter or interlace method PNG "
               "does not have";
    out.bitDepth = depth;
    const int channelsByType[7] = {1, 0, 3, 3, 2, 0, 4};
    out.channels = channelsByType[colourType];
    return "";
}

// Orientation (tag 0x0112) from the first directory of an APP1 Exif segment; 1
// where it is missing or makes no sense, as a viewer would show it.
int exifOrientation(const uint8_t* p, size_t size) {
    if (size < 6 + 8 || std::memcmp(p, "Exif\0\0", 6) != 0) return 1;
    p += 6;
    size -= 6;
    bool little;
    if (std::memcmp(p, "II*\0", 4) == 0)
        little = true;
    else if (std::memcmp(p, "MM\0*", 4) == 0)
        little = false;
    else
        return 1;
    auto read = [&](size_t at, int n) {
        return little ? readLittleEndian(p + at, n) : readBigEndian(p + at, n);
    };
    const uint32_t directory = read(4, 4);
    if (directory > size || size - directory < 2) return 1;
    const uint32_t entries = read(directory, 2);
    for (uint32_t i = 0; i < entries; ++i) {
        const size_t at = directory + 2 + size_t(i) * 12;
        if (at + 12 > size) return 1;
        if (read(at, 2) == 0x0112 && read(at + 2, 2) == 3) {
            const uint32_t value = read(at + 8, 2);
            return value >= 1 && value <= 8 ? int(value) : 1;
        }
    }
    return 1;
}

// Why a frame coding other than Huffman baseline or progressive (SOF0-2) is
// not read, and what to do instead.
std::string unreadJpegCoding(int marker) {
    const std::string again = "; save it again as an ordinary (baseline or progressive) JPEG";
    if (marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF)
        return "is a lossless JPEG, which the kiosk does not read" + again;
    if (marker >= 0xC9)
        return "is a JPEG with arithmetic coding, which the kiosk does not read" + again;
    return "is a hierarchical JPEG, which the kiosk does not read" + again;
}

std::string readJpegFrame(const uint8_t* p, size_t length, PictureHeader& out) {
    if (length < 6) return "is damaged: its frame header is cut short";
    const int precision = p[0];
    out.height = int(readBigEndian(p + 1, 2));
    out.width = int(readBigEndian(p + 3, 2));
    out.channels = p[5];
    if (precision != 8)
        return "is a " + std::to_string(precision) +
               "-bit JPEG, which the kiosk does not read; save it again with 8 bits per channel";
    if (out.height == 0)
        return "gives its height only after the picture data (a DNL marker), which the kiosk "
               "does not read; save it again as an ordinary JPEG";
    if (out.width == 0) return "is damaged: its frame header says it is 0 pixels wide";
    if (out.channels != 1 && out.channels != 3 && out.channels != 4)
        return "has " + std::to_string(out.channels) + " colour components; expected 1, 3 or 4";
    if (length < 6 + size_t(out.channels) * 3) return "is damaged: its frame header is cut short";
    for (int c = 0; c < out.channels; ++c) {
        const int sampling = p[6 + c * 3 + 1];
        if ((sampling >> 4) < 1 || (sampling >> 4) > 4 || (sampling & 15) < 1 ||
            (sampling & 15) > 4)
            return "is damaged: its frame header gives component " + std::to_string(c + 1) +
                   " a sampling factor outside 1 to 4";
    }
    out.bitDepth = 8;
    return "";
}

std::string readJpegHeader(const uint8_t* data, size_t size, PictureHeader& out) {
    out.format = PictureFormat::Jpeg;
    for (JpegSegments segments(data, size);;) {
        const JpegSegment s = segments.next();
        if (!s.problem.empty()) return s.problem;
        if (s.marker == 0xDA || s.marker == 0xD9)
            return "is damaged: its picture data starts before its frame header (SOF)";
        if (s.marker == 0xE1 && out.orientation == 1)
            out.orientation = exifOrientation(s.payload, s.length);
        if (s.marker == 0xC0 || s.marker == 0xC1 || s.marker == 0xC2)
            return readJpegFrame(s.payload, s.length, out);
        if (s.marker >= 0xC3 && s.marker <= 0xCF && s.marker != 0xC4 && s.marker != 0xC8 &&
            s.marker != 0xCC)
            return unreadJpegCoding(s.marker);
    }
}

}  // namespace

std::string foreignFormatName(const uint8_t* data, size_t size) {
    auto is = [&](const char* prefix, size_t length) {
        return startsWith(data, size, prefix, length);
    };
    auto at = [&](size_t offset, const char* text, size_t length) {
        return size >= offset + length && std::memcmp(data + offset, text, length) == 0;
    };
    if (is("GIF87a", 6) || is("GIF89a", 6)) return "a GIF";
    if (is("BM", 2)) return "a BMP";
    if (is("8BPS", 4)) return "a Photoshop PSD";
    if (is("#?RADIANCE", 10) || is("#?RGBE", 6)) return "a Radiance HDR";
    if (size >= 2 && data[0] == 'P' && data[1] >= '1' && data[1] <= '7')
        return "a PPM, PGM or other PNM";
    if (is("\x53\x80\xf6\x34", 4)) return "a Softimage PIC";
    if (is("RIFF", 4) && at(8, "WEBP", 4)) return "a WebP";
    if (is("II*\0", 4) || is("MM\0*", 4)) return "a TIFF";
    if (at(4, "ftypheic", 8) || at(4, "ftypheix", 8) || at(4, "ftypmif1", 8)) return "a HEIC";
    if (at(4, "ftypavif", 8)) return "an AVIF";
    if (is("\0\0\0\x0cjP  ", 8) || is("\xff\x4f\xff\x51", 4)) return "a JPEG 2000";
    if (is("\xff\x0a", 2) || is("\0\0\0\x0cJXL ", 8)) return "a JPEG XL";
    if (is("qoif", 4)) return "a QOI";
    if (is("\0\0\1\0", 4)) return "an ICO";
    if (is("%PDF", 4)) return "a PDF";
    if (is("<svg", 4) || is("<?xml", 5)) return "an SVG or other XML";
    if (is("PK\3\4", 4)) return "a ZIP archive";
    // TGA has no signature: a header whose colour map, type and depth are all TGA's.
    if (size >= 18 && data[1] <= 1 &&
        (data[2] == 1 || data[2] == 2 || data[2] == 3 || data[2] == 9 || data[2] == 10 ||
         data[2] == 11) &&
        (data[16] == 8 || data[16] == 15 || data[16] == 16 || data[16] == 24 || data[16] == 32))
        return "a TGA";
    return "";
}

std::string readPictureHeader(const uint8_t* data, size_t size, const DecodeLimits& limits,
                              PictureHeader& out) {
    out = PictureHeader{};
    if (size > limits.maxFileBytes)
        return "is " + std::to_string(size) + " bytes; expected at most " +
               std::to_string(limits.maxFileBytes);
    std::string problem;
    if (startsWith(data, size, "\x89PNG\r\n\x1a\n", 8))
        problem = readPngHeader(data, size, out);
    else if (startsWith(data, size, "\xff\xd8\xff", 3))
        problem = readJpegHeader(data, size, out);
    else if (size == 0)
        return "is not a PNG or JPEG picture (it is empty)";
    else {
        const std::string foreign = foreignFormatName(data, size);
        return "is not a PNG or JPEG picture (" +
               (foreign.empty() ? std::string("its first bytes are no picture format")
                                : "it starts like " + foreign) +
               ")";
    }
    if (!problem.empty()) return problem;
    const long long w = out.shownWidth(), h = out.shownHeight();
    if (w > limits.maxWidth || h > limits.maxHeight || w * h > limits.maxPixels)
        return "is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; expected at most " +
               std::to_string(limits.maxWidth) + "x" + std::to_string(limits.maxHeight) + " and " +
               std::to_string(limits.maxPixels / 1000000) + " megapixels";
    return "";
}

}  // namespace kiosk
