// Pictures for the picture tests, made in memory: real PNG and JPEG files from
// stb_image_write, and the foreign or damaged files that once reached the
// decoder, each built by hand so that the test says what is in it.
#pragma once
#include <stb_image_write.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::test {

inline void appendTo(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
}

// Left half red, right half blue: which way a picture was turned shows in it.
inline std::vector<uint8_t> halvesRgb(int w, int h) {
    std::vector<uint8_t> rgb(size_t(w) * size_t(h) * 3, 0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) rgb[(size_t(y) * w + x) * 3 + (x < w / 2 ? 0 : 2)] = 255;
    return rgb;
}

inline std::string samplePng(int w, int h) {
    std::string out;
    const auto rgb = halvesRgb(w, h);
    stbi_write_png_to_func(appendTo, &out, w, h, 3, rgb.data(), w * 3);
    return out;
}

inline std::string sampleJpeg(int w, int h) {
    std::string out;
    const auto rgb = halvesRgb(w, h);
    stbi_write_jpg_to_func(appendTo, &out, w, h, 3, rgb.data(), 90);
    return out;
}

inline std::string bigEndian(uint32_t v, int bytes) {
    std::string s;
    for (int i = bytes - 1; i >= 0; --i) s += char((v >> (8 * i)) & 0xFF);
    return s;
}

// A JPEG with an APP1 Exif segment right after its start marker whose only tag
// is the orientation (1-8), as a phone writes a photo taken upright.
inline std::string withExifOrientation(const std::string& jpeg, int orientation) {
    const std::string tiff = std::string("MM\0*", 4) + bigEndian(8, 4) + bigEndian(1, 2) +
                             bigEndian(0x0112, 2) + bigEndian(3, 2) + bigEndian(1, 4) +
                             bigEndian(uint32_t(orientation), 2) + bigEndian(0, 2) +
                             bigEndian(0, 4);
    const std::string app1 = std::string("Exif\0\0", 6) + tiff;
    return jpeg.substr(0, 2) + "\xff\xe1" + bigEndian(uint32_t(app1.size() + 2), 2) + app1 +
           jpeg.substr(2);
}

// Offset of a JPEG's baseline frame header marker (FFC0).
inline size_t frameMarker(const std::string& jpeg) {
    return jpeg.find("\xff\xc0");
}

// The JPEG with its frame header claiming another size (its data unchanged).
inline std::string claimingSize(std::string jpeg, uint32_t w, uint32_t h) {
    jpeg.replace(frameMarker(jpeg) + 5, 4, bigEndian(h, 2) + bigEndian(w, 2));
    return jpeg;
}

// A valid 1x1 GIF, two colours.
inline std::string sampleGif() {
    return std::string("GIF89a\1\0\1\0\x80\0\0\0\0\0\xff\xff\xff,\0\0\0\0\1\0\1\0\0\2\2D\1\0;", 35);
}

// 49 bytes of Radiance HDR whose first run has length 0: stb_image's HDR
// decoder loops on it for ever (CVE-2021-42715).
inline std::string endlessHdr() {
    return std::string("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 1 +X 8\n\x02\x02\x00\x08", 49);
}

// A 16-bit PPM, the PNM decoder's input in CVE-2021-42716.
inline std::string sixteenBitPpm() {
    return "P6\n4 4\n65535\n" + std::string(96, '\xff');
}

inline std::string sampleBmp() {
    std::string bmp = "BM" + std::string(52, '\0');
    bmp[10] = 54, bmp[14] = 40, bmp[18] = 1, bmp[22] = 1, bmp[26] = 1, bmp[28] = 24;
    return bmp + std::string(4, '\0');
}

inline std::string sampleTga() {
    std::string tga(18, '\0');
    tga[2] = 2, tga[12] = 2, tga[14] = 2, tga[16] = 24;
    return tga + std::string(12, '\x40');
}

// A 1x1 RGB Photoshop file, uncompressed.
inline std::string samplePsd() {
    return "8BPS" + bigEndian(1, 2) + std::string(6, '\0') + bigEndian(3, 2) + bigEndian(1, 4) +
           bigEndian(1, 4) + bigEndian(8, 2) + bigEndian(3, 2) + std::string(12, '\0') +
           bigEndian(0, 2) + "\x10\x20\x30";
}

}  // namespace kiosk::test
