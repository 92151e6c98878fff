#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

// Reading the bytes of PNG and JPEG files by their structure, bounds checked,
// for the checks that run before (and instead of trusting) the decoder.
namespace kiosk {

uint32_t readBigEndian(const uint8_t* p, int count);
uint32_t readLittleEndian(const uint8_t* p, int count);
// CRC-32 as PNG chunks carry it (ISO 3309, the one zlib computes).
uint32_t crc32Of(const uint8_t* p, size_t size);

// One marker of a JPEG and the payload after its length field.
struct JpegSegment {
    int marker = 0;     // 0xC0..0xFE; 0xD9 at the end of the picture
    size_t offset = 0;  // of its 0xFF in the file
    const uint8_t* payload = nullptr;
    size_t length = 0;
    std::string problem;  // set when the file breaks off or makes no sense here
};

// Walks a JPEG's markers from after its start-of-image marker. After a scan
// (SOS) it skips the picture data that follows, counting it, to the next marker.
class JpegSegments {
  public:
    JpegSegments(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    JpegSegment next();
    // Bytes of entropy-coded picture data skipped so far.
    size_t pictureDataBytes() const { return pictureData_; }

  private:
    const uint8_t* data_;
    size_t size_;
    size_t at_ = 2;
    bool inScan_ = false;
    size_t pictureData_ = 0;
};

}  // namespace kiosk
