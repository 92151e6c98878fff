#include "text/printable.hpp"

#include <cstdio>

namespace kiosk {

namespace {

void appendHexByte(std::string& out, unsigned char byte) {
    char buf[5];
    std::snprintf(buf, sizeof buf, "\\x%02x", byte);
    out += buf;
}

void appendCodePoint(std::string& out, uint32_t cp) {
    // Room for the largest code point the caller could pass ("\\uffffffff"),
    // not only for the four digits of the ones it does.
    char buf[12];
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    out += buf;
}

// Characters that are invisible but change how the rest of a line reads.
bool isFormatControl(uint32_t cp) {
    return (cp >= 0x202a && cp <= 0x202e) ||  // embeddings and overrides
           (cp >= 0x2066 && cp <= 0x2069) ||  // isolates
           cp == 0x200e || cp == 0x200f ||    // left-to-right and right-to-left marks
           cp == 0x061c ||                    // Arabic letter mark
           cp == 0x2028 || cp == 0x2029;      // line and paragraph separators
}

// Length of the well-formed UTF-8 sequence at `at` and its code point, or 0.
size_t utf8Sequence(std::string_view s, size_t at, uint32_t& cp) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(at);
    size_t length = 0;
    uint32_t min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2, cp = lead & 0x1f, min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3, cp = lead & 0x0f, min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (at + length > s.size()) return 0;
    for (size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (byte(at + i) & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return length;
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t at = 0; at < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[at]);
        if (c < 0x80) {
            switch (c) {
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case 0x1b: out += "\\e"; break;
                default:
                    if (c < 0x20 || c == 0x7f) appendHexByte(out, c);
                    else out += static_cast<char>(c);
            }
            ++at;
            continue;
        }
        uint32_t cp = 0;
        const size_t length = utf8Sequence(text, at, cp);
        if (length == 0) {
            appendHexByte(out, c);
            ++at;
        } else if ((cp >= 0x80 && cp <= 0x9f) || isFormatControl(cp)) {
            appendCodePoint(out, cp);
            at += length;
        } else {
            out.append(text.substr(at, length));
            at += length;
        }
    }
    return out;
}

}  // namespace kiosk
