#include "images/jpeg_scan_walk.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "images/picture_bytes.hpp"

namespace kiosk {

namespace {

// A Huffman table as ITU T.81 F.2.2.3 decodes with it: for each code length,
// the largest code and where its symbols start.
struct HuffmanTable {
    bool defined = false;
    std::array<int32_t, 17> maxCode{};
    std::array<int32_t, 17> firstIndex{};
    std::array<int32_t, 17> firstCode{};
    std::vector<uint8_t> symbols;
    // By the next kFastBits bits: the length (0: longer) and symbol of the code they start with.
    std::array<uint8_t, 512> fastLength{};
    std::array<uint8_t, 512> fastSymbol{};
};

constexpr int kFastBits = 9;

bool readHuffmanTables(const uint8_t* p, size_t length, std::array<HuffmanTable, 8>& tables) {
    for (size_t at = 0; at < length;) {
        if (length - at < 17) return false;
        const int kind = p[at] >> 4, id = p[at] & 15;
        if (kind > 1 || id > 3) return false;
        HuffmanTable& t = tables[size_t(kind * 4 + id)];
        t = HuffmanTable{};
        size_t total = 0;
        for (int l = 1; l <= 16; ++l) total += p[at + size_t(l)];
        if (total > 256 || length - at - 17 < total) return false;
        t.symbols.assign(p + at + 17, p + at + 17 + total);
        int32_t code = 0, index = 0;
        for (int l = 1; l <= 16; ++l) {
            const int count = p[at + size_t(l)];
            t.firstIndex[size_t(l)] = index;
            t.firstCode[size_t(l)] = code;
            code += count;
            if (code > (int32_t(1) << l)) return false;  // more codes than the length holds
            index += count;
            t.maxCode[size_t(l)] = count ? code - 1 : -1;
            for (int32_t c = code - count; l <= kFastBits && c < code; ++c)
                for (int32_t rest = 0; rest < (1 << (kFastBits - l)); ++rest) {
                    const size_t at9 = size_t((c << (kFastBits - l)) | rest);
                    t.fastLength[at9] = uint8_t(l);
                    t.fastSymbol[at9] = t.symbols[size_t(index - count + (c - (code - count)))];
                }
            code <<= 1;
        }
        t.defined = true;
        at += 17 + total;
    }
    return true;
}

// The bits of one scan's entropy-coded data, stuffed zero bytes removed,
// read a word at a time; stops at any marker. Restart markers are crossed by
// restart().
class ScanBits {
  public:
    ScanBits(const uint8_t* data, size_t size, size_t at) : data_(data), size_(size), at_(at) {}

    // The next `count` (1-16) bits, not consumed; false when fewer are left.
    bool peek(int count, uint32_t& out) {
        if (count_ < count) fill();
        if (count_ < count) return false;
        out = uint32_t(buffer_ >> (count_ - count)) & ((1u << count) - 1);
        return true;
    }
    bool skip(int count) {
        while (count > 16) {
            if (!skip(16)) return false;
            count -= 16;
        }
        if (count_ < count) fill();
        if (count_ < count) return false;
        count_ -= count;
        return true;
    }
    // Past the byte's padding and an RST marker; false when none is there.
    bool restart() {
        count_ = 0;
        if (size_ - at_ < 2 || data_[at_] != 0xFF || data_[at_ + 1] < 0xD0 || data_[at_ + 1] > 0xD7)
            return false;
        at_ += 2;
        return true;
    }

  private:
    void fill() {
        while (count_ <= 48 && at_ < size_) {
            uint8_t byte = data_[at_];
            if (byte == 0xFF) {
                if (at_ + 1 >= size_ || data_[at_ + 1] != 0) return;  // a marker: the data ends
                ++at_;
            }
            ++at_;
            buffer_ = (buffer_ << 8) | byte;
            count_ += 8;
        }
    }

    const uint8_t* data_;
    size_t size_;
    size_t at_;
    uint64_t buffer_ = 0;
    int count_ = 0;
};

// The symbol of the next code; -1 at the end of the data, -2 for a code the
// table does not have.
int decodeSymbol(ScanBits& bits, const HuffmanTable& t) {
    uint32_t code = 0;
    if (bits.peek(kFastBits, code) && t.fastLength[code]) {
        bits.skip(t.fastLength[code]);
        return t.fastSymbol[code];
    }
    for (int l = 1; l <= 16; ++l) {
        if (!bits.peek(l, code)) return -1;
        if (int32_t(code) <= t.maxCode[size_t(l)]) {
            bits.skip(l);
            return t
                .symbols[size_t(t.firstIndex[size_t(l)] + int32_t(code) - t.firstCode[size_t(l)])];
        }
    }
    return -2;
}

// -1 at the end of the data, -2 for a bad code, 0 when the block is whole.
int walkBlock(ScanBits& bits, const HuffmanTable& dc, const HuffmanTable& ac) {
    const int size = decodeSymbol(bits, dc);
    if (size < 0) return size;
    if (size > 16) return -2;
    if (!bits.skip(size)) return -1;
    for (int k = 1; k < 64;) {
        const int rs = decodeSymbol(bits, ac);
        if (rs < 0) return rs;
        const int run = rs >> 4, extra = rs & 15;
        if (extra == 0) {
            if (run != 15) break;  // end of block
            k += 16;
            continue;
        }
        if (!bits.skip(extra)) return -1;
        k += run + 1;
    }
    return 0;
}

struct Component {
    int id = 0, h = 1, v = 1;
};

// What the segments before a scan have said: the frame's size and
// components, the Huffman tables and the restart interval.
struct JpegFrame {
    std::array<HuffmanTable, 8> tables;
    std::vector<Component> components;
    int width = 0, height = 0, maxH = 1, maxV = 1;
    uint32_t restartInterval = 0;
};

// A component of a scan with the tables its blocks are coded with.
struct InScan {
    Component c;
    const HuffmanTable* dc;
    const HuffmanTable* ac;
};

void readFrameHeader(const JpegSegment& s, JpegFrame& frame) {
    frame.height = int(readBigEndian(s.payload + 1, 2));
    frame.width = int(readBigEndian(s.payload + 3, 2));
    for (size_t c = 0; c < s.payload[5] && 6 + c * 3 + 3 <= s.length; ++c) {
        const uint8_t* at = s.payload + 6 + c * 3;
        frame.components.push_back({at[0], std::max(1, at[1] >> 4), std::max(1, at[1] & 15)});
        frame.maxH = std::max(frame.maxH, frame.components.back().h);
        frame.maxV = std::max(frame.maxV, frame.components.back().v);
    }
}

// The scan's components and their tables; false for a scan header the walk
// leaves to the decoder.
bool readScanHeader(const JpegSegment& s, const JpegFrame& frame, std::vector<InScan>& scan) {
    if (frame.components.empty() || s.length < 1) return false;
    const size_t count = s.payload[0];
    if (s.length < 1 + count * 2 + 3) return false;
    for (size_t i = 0; i < count; ++i) {
        const uint8_t* at = s.payload + 1 + i * 2;
        const auto c = std::find_if(frame.components.begin(), frame.components.end(),
                                    [&](const Component& k) { return k.id == at[0]; });
        const HuffmanTable& dc = frame.tables[at[1] >> 4 & 3];
        const HuffmanTable& ac = frame.tables[4 + (at[1] & 3)];
        if (c == frame.components.end() || !dc.defined || !ac.defined)
            return false;  // stb says why
        scan.push_back({*c, &dc, &ac});
    }
    return true;
}

// One component alone is coded block by block over its own size; several
// interleave in MCUs of each one's sampling factors.
uint64_t unitsInScan(const std::vector<InScan>& scan, const JpegFrame& frame) {
    const bool single = scan.size() == 1;
    const uint64_t columns = single
                                 ? (uint64_t(frame.width) * scan[0].c.h / frame.maxH + 7) / 8
                                 : (uint64_t(frame.width) + 8 * frame.maxH - 1) / (8 * frame.maxH);
    const uint64_t rows = single ? (uint64_t(frame.height) * scan[0].c.v / frame.maxV + 7) / 8
                                 : (uint64_t(frame.height) + 8 * frame.maxV - 1) / (8 * frame.maxV);
    return columns * rows;
}

// Walks the entropy-coded data after the scan header `s`; the problem, or "".
std::string walkScan(const uint8_t* data, size_t size, const JpegSegment& s, const JpegFrame& frame,
                     const std::vector<InScan>& scan) {
    const bool single = scan.size() == 1;
    const uint64_t units = unitsInScan(scan, frame);
    const uint32_t restartInterval = frame.restartInterval;
    ScanBits bits(data, size, size_t(s.payload + s.length - data));
    for (uint64_t unit = 0; unit < units; ++unit) {
        if (restartInterval && unit > 0 && unit % restartInterval == 0 && !bits.restart())
            return "is damaged: a restart marker is missing " + std::to_string(unit * 100 / units) +
                   "% of the way through the picture";
        for (const InScan& in : scan) {
            const int blocks = single ? 1 : in.c.h * in.c.v;
            for (int b = 0; b < blocks; ++b) {
                const int walked = walkBlock(bits, *in.dc, *in.ac);
                if (walked == -2)
                    return "is damaged: its picture data has a code its Huffman tables do "
                           "not have";
                if (walked == -1)
                    return "is damaged: its picture data runs out " +
                           std::to_string(unit * 100 / units) +
                           "% of the way through the picture (cut short?)";
            }
        }
    }
    return "";
}

}  // namespace

bool huffmanTablesMakeSense(const uint8_t* payload, size_t length) {
    std::array<HuffmanTable, 8> tables;
    return readHuffmanTables(payload, length, tables);
}

std::string walkSequentialJpegScans(const uint8_t* data, size_t size) {
    JpegFrame frame;
    JpegSegments segments(data, size);
    for (;;) {
        const JpegSegment s = segments.next();
        if (!s.problem.empty() || s.marker == 0xD9) return "";  // told elsewhere
        if (s.marker == 0xC2) return "";                        // progressive: not walked
        if ((s.marker == 0xC0 || s.marker == 0xC1) && frame.components.empty() && s.length >= 6)
            readFrameHeader(s, frame);
        if (s.marker == 0xC4 && !readHuffmanTables(s.payload, s.length, frame.tables))
            return "is damaged: its Huffman table segment at byte " + std::to_string(s.offset) +
                   " makes no sense";
        if (s.marker == 0xDD && s.length >= 2) frame.restartInterval = readBigEndian(s.payload, 2);
        if (s.marker != 0xDA) continue;
        std::vector<InScan> scan;
        if (!readScanHeader(s, frame, scan)) return "";
        const std::string problem = walkScan(data, size, s, frame, scan);
        if (!problem.empty()) return problem;
    }
}

}  // namespace kiosk
