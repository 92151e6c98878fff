#pragma once
#include <optional>
#include <string>

#include "content/problem.hpp"

namespace kiosk {

// How a spreadsheet's CSV file was saved. Excel in Japan saves "CSV" as
// Shift_JIS (Windows code page 932) and "CSV UTF-8" as UTF-8 with a byte order
// mark; other tools write UTF-8 without one.
enum class SheetEncoding { Utf8WithBom, Utf8, Cp932 };

// "UTF-8 with a BOM", "UTF-8 (no BOM)", "Shift_JIS (CP932)": what the staff are told.
const char* sheetEncodingName(SheetEncoding encoding);

struct DecodedSheet {
    SheetEncoding encoding = SheetEncoding::Utf8;
    std::string text;  // UTF-8, without the BOM
};

// Tells the encoding (a BOM: UTF-8; valid UTF-8: UTF-8; else CP932) and
// returns the text as UTF-8. Bytes that are neither are refused, naming the
// first bad byte's row and column.
std::optional<DecodedSheet> decodeSheet(const std::string& bytes, const std::string& file,
                                        ProblemList& problems);

// The byte offset of the first byte that does not start or continue a valid
// UTF-8 character (overlong forms and surrogates included), or nothing.
std::optional<size_t> firstInvalidUtf8(const std::string& bytes);

// UTF-8 text in CP932, or nothing; `badOffset` is then the offset in `utf8`
// of the first character CP932 cannot hold.
std::optional<std::string> encodeCp932(const std::string& utf8, size_t& badOffset);

// The UTF-8 character starting at `offset`, and its code point as "U+20AC".
std::string characterAt(const std::string& utf8, size_t offset);
std::string codePointLabel(const std::string& utf8, size_t offset);

}  // namespace kiosk
