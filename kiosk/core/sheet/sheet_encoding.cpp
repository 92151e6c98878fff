#include "sheet/sheet_encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdio>

#include "sheet/csv_table.hpp"

namespace kiosk {

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// How many bytes the UTF-8 character starting with `lead` has, 0 for a byte
// that starts none; and the smallest code point that length may carry.
size_t utf8Length(unsigned char lead, uint32_t& minimum) {
    if (lead < 0x80) return minimum = 0, 1;
    if ((lead & 0xE0) == 0xC0) return minimum = 0x80, 2;
    if ((lead & 0xF0) == 0xE0) return minimum = 0x800, 3;
    if ((lead & 0xF8) == 0xF0) return minimum = 0x10000, 4;
    return 0;
}

// Converts with iconv; on failure `badOffset` is where the input stopped.
std::optional<std::string> convert(const char* to, const char* from, const std::string& in,
                                   size_t& badOffset) {
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1)) {
        badOffset = 0;
        return std::nullopt;
    }
    std::string out(in.size() * 4 + 16, '\0');
    char* inPtr = const_cast<char*>(in.data());
    size_t inLeft = in.size();
    char* outPtr = out.data();
    size_t outLeft = out.size();
    const size_t result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (result == size_t(-1)) {
        badOffset = size_t(inPtr - in.data());
        return std::nullopt;
    }
    out.resize(out.size() - outLeft);
    return out;
}

// The row and column of a byte offset in the raw file. Quotes, commas and
// line breaks are the same bytes in UTF-8 and CP932 (no CP932 trail byte is
// below 0x40), so the file's shape can be read before it is decoded.
std::string placeOfByte(const std::string& bytes, size_t offset) {
    size_t row = 1, column = 0;
    bool quoted = false;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
        const char ch = bytes[i];
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && ch == ',')
            ++column;
        else if (!quoted && ch == '\n')
            ++row, column = 0;
    }
    return cellPlace(row, "", column);
}

}  // namespace

const char* sheetEncodingName(SheetEncoding encoding) {
    switch (encoding) {
        case SheetEncoding::Utf8WithBom:
            return "UTF-8 with a BOM";
        case SheetEncoding::Utf8:
            return "UTF-8 (no BOM)";
        case SheetEncoding::Cp932:
            return "Shift_JIS (CP932)";
    }
    return "";
}

std::optional<size_t> firstInvalidUtf8(const std::string& bytes) {
    for (size_t i = 0; i < bytes.size();) {
        uint32_t minimum = 0;
        const size_t length = utf8Length(static_cast<unsigned char>(bytes[i]), minimum);
        if (length == 0 || i + length > bytes.size()) return i;
        uint32_t code = length == 1 ? uint8_t(bytes[i]) : uint8_t(bytes[i]) & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(bytes[i + k]);
            if ((byte & 0xC0) != 0x80) return i;
            code = (code << 6) | (byte & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<DecodedSheet> decodeSheet(const std::string& bytes, const std::string& file,
                                        ProblemList& problems) {
    if (bytes.compare(0, kBom.size(), kBom) == 0) {
        const std::string text = bytes.substr(kBom.size());
        if (const auto bad = firstInvalidUtf8(text)) {
            problems.error(file, placeOfByte(text, *bad),
                           "byte " + std::to_string(*bad + kBom.size()) +
                               " is not UTF-8, though the file starts with UTF-8's BOM");
            return std::nullopt;
        }
        return DecodedSheet{SheetEncoding::Utf8WithBom, text};
    }
    if (!firstInvalidUtf8(bytes)) return DecodedSheet{SheetEncoding::Utf8, bytes};
    size_t bad = 0;
    if (auto text = convert("UTF-8", "CP932", bytes, bad))
        return DecodedSheet{SheetEncoding::Cp932, std::move(*text)};
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(bytes[bad])));
    problems.error(file, placeOfByte(bytes, bad),
                   std::string("byte ") + hex + " (at byte " + std::to_string(bad) +
                       " of the file) is neither UTF-8 nor Shift_JIS (CP932); save the sheet "
                       "again as \"CSV UTF-8\" or \"CSV\"");
    return std::nullopt;
}

std::optional<std::string> encodeCp932(const std::string& utf8, size_t& badOffset) {
    return convert("CP932", "UTF-8", utf8, badOffset);
}

std::string characterAt(const std::string& utf8, size_t offset) {
    uint32_t minimum = 0;
    const size_t length =
        offset < utf8.size() ? utf8Length(static_cast<unsigned char>(utf8[offset]), minimum) : 0;
    return utf8.substr(offset, length ? length : 1);
}

std::string codePointLabel(const std::string& utf8, size_t offset) {
    const std::string ch = characterAt(utf8, offset);
    uint32_t code = ch.size() == 1 ? uint8_t(ch[0]) : uint8_t(ch[0]) & (0x7F >> ch.size());
    for (size_t k = 1; k < ch.size(); ++k) code = (code << 6) | (uint8_t(ch[k]) & 0x3F);
    char label[16];
    std::snprintf(label, sizeof label, "U+%04X", unsigned(code));
    return label;
}

}  // namespace kiosk
