#include "images/picture_bytes.hpp"

#include <array>

namespace kiosk {

namespace {

constexpr std::array<uint32_t, 256> crcTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t n = 0; n < 256; ++n) {
        uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<uint32_t, 256> kCrcTable = crcTable();

std::string hex(int marker) {
    const char* digits = "0123456789ABCDEF";
    return std::string("FF") + digits[(marker >> 4) & 15] + digits[marker & 15];
}

}  // namespace

uint32_t readBigEndian(const uint8_t* p, int count) {
    uint32_t v = 0;
    for (int i = 0; i < count; ++i) v = (v << 8) | p[i];
    return v;
}

uint32_t readLittleEndian(const uint8_t* p, int count) {
    uint32_t v = 0;
    for (int i = count - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

uint32_t crc32Of(const uint8_t* p, size_t size) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < size; ++i) c = kCrcTable[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

JpegSegment JpegSegments::next() {
    JpegSegment s;
    if (inScan_) {
        // Picture data runs to the first 0xFF that is neither a stuffed 0xFF00
        // nor a restart marker (FFD0-FFD7).
        const size_t start = at_;
        while (at_ + 1 < size_ && !(data_[at_] == 0xFF && data_[at_ + 1] != 0 &&
                                    (data_[at_ + 1] < 0xD0 || data_[at_ + 1] > 0xD7)))
            ++at_;
        pictureData_ += at_ - start;
        inScan_ = false;
        if (at_ + 1 >= size_) {
            s.problem =
                "is damaged: it ends inside its picture data, with no end-of-image marker "
                "(cut short?)";
            return s;
        }
    }
    if (at_ >= size_ || data_[at_] != 0xFF) {
        s.problem = at_ >= size_
                        ? "is damaged: it ends before its end-of-image marker (cut short?)"
                        : "is damaged: byte " + std::to_string(at_) + " should start a JPEG marker";
        return s;
    }
    while (at_ < size_ && data_[at_] == 0xFF) ++at_;  // fill bytes
    if (at_ >= size_) {
        s.problem = "is damaged: it ends before its end-of-image marker (cut short?)";
        return s;
    }
    s.offset = at_ - 1;
    s.marker = data_[at_++];
    if (s.marker == 0xD9) return s;
    if (s.marker == 0xD8 || s.marker == 0x00 || (s.marker >= 0xD0 && s.marker <= 0xD7) ||
        s.marker == 0x01) {
        s.problem = "is damaged: marker " + hex(s.marker) + " at byte " + std::to_string(s.offset) +
                    " is out of place";
        return s;
    }
    if (size_ - at_ < 2 || readBigEndian(data_ + at_, 2) < 2 ||
        readBigEndian(data_ + at_, 2) > size_ - at_) {
        s.problem = "is damaged: its segment " + hex(s.marker) + " at byte " +
                    std::to_string(s.offset) + " is cut short";
        return s;
    }
    s.length = readBigEndian(data_ + at_, 2) - 2;
    s.payload = data_ + at_ + 2;
    at_ += 2 + s.length;
    inScan_ = s.marker == 0xDA;
    return s;
}

}  // namespace kiosk
