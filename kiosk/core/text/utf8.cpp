#include "text/utf8.hpp"

namespace kiosk {

size_t utf8SequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

char32_t decodeNextCodepoint(const char*& p, const char* end) {
    const auto lead = static_cast<unsigned char>(*p);
    const size_t length = utf8SequenceLength(lead);
    if (length == 1) {
        ++p;
        return lead < 0x80 ? char32_t(lead) : char32_t(0xFFFD);
    }
    if (size_t(end - p) < length) {
        p = end;
        return 0xFFFD;
    }
    char32_t cp = lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
        const auto cont = static_cast<unsigned char>(p[k]);
        if ((cont & 0xC0) != 0x80) {
            ++p;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cont & 0x3F);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++p;
        return 0xFFFD;
    }
    p += length;
    return cp;
}

std::u32string decodeUtf8(const std::string& text) {
    std::u32string out;
    out.reserve(text.size());
    const char* end = text.data() + text.size();
    for (const char* p = text.data(); p < end;) out += decodeNextCodepoint(p, end);
    return out;
}

std::string encodeUtf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string encodeUtf8(const std::u32string& text) {
    std::string out;
    for (char32_t cp : text) out += encodeUtf8(cp);
    return out;
}

}  // namespace kiosk
