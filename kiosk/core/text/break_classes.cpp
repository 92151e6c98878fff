#include "text/break_classes.hpp"

#include <string_view>

namespace kiosk {
namespace {

// JIS X 4051 line-start prohibited classes (closing brackets, hyphens, dividing
// and middle punctuation, full stops, iteration marks, prolonged sound mark,
// small kana, postfixed units) in their full- and half-width forms. The
// ellipses are here because UAX #14 never breaks before them either. Chinese
// adds its middle dots (·, ‧) and the small form variants; the dashes are here
// so that no line begins "–Tokachi" or "— ", whatever the language.
constexpr std::u32string_view kNoStart =
    U"）］｝〕〉》」』】〙〗〟’”»›｠)]}｣"
    U"、。，．・：；？！､｡･,.:;?!‼⁇⁈⁉"
    U"ーｰ々〻ゝゞヽヾ゛゜ﾞﾟ〜～゠…‥"
    U"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    U"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ"
    U"％%℃°′″‰¢￠"
    U"·‧﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
    U"‐–—";

// JIS X 4051 opening brackets, full- and half-width, the small form variants,
// and the currency signs that precede an amount (UAX #14's prefix numeric).
constexpr std::u32string_view kNoEnd =
    U"（［｛〔〈《「『【〘〖〝‘“«‹｟([{｢﹙﹛﹝"
    U"￥¥$€£＄￡₩￦";

// Most characters of a text are letters, which the tables never hold: they
// are answered before the tables are searched (the breaker asks for each).
bool isCommonLetter(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

}  // namespace

bool cannotStartLine(char32_t c) {
    return !isCommonLetter(c) && kNoStart.find(c) != std::u32string_view::npos;
}

bool cannotEndLine(char32_t c) {
    return !isCommonLetter(c) && kNoEnd.find(c) != std::u32string_view::npos;
}

bool isBreakingSpace(char32_t c) {
    return c == U' ' || c == U'\t';
}

// Full-width Latin letters and digits are left out so that "２０１６" stays
// together like "2016".
bool breaksAnywhere(char32_t c) {
    const bool fullWidthAlnum = (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
                                (c >= 0xFF41 && c <= 0xFF5A);
    if (fullWidthAlnum) return false;
    return (c >= 0x2E80 && c <= 0x9FFF) ||  // CJK punctuation, kana, ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||  // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE6F) ||  // CJK compatibility and small forms
           (c >= 0xFF00 && c <= 0xFF9F) ||  // full-width forms, half-width katakana
           (c >= 0xFFE0 && c <= 0xFFEF) ||  // full-width signs (￥, ￡)
           (c >= 0x20000 && c <= 0x3FFFF);  // ideograph extensions
}

bool isDash(char32_t c) {
    return c == U'–' || c == U'—';
}

bool isLetter(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||  // Latin with accents
           (c >= 0x0370 && c <= 0x052F) ||                                // Greek, Cyrillic
           (c >= 0x1E00 && c <= 0x1EFF) ||                                // more Latin
           (c >= 0x1100 && c <= 0x11FF) ||                                // Hangul jamo
           (c >= 0x3041 && c <= 0x30FA) ||                                // kana
           (c >= 0x3400 && c <= 0x9FFF) ||                                // ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||                                // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF21 && c <= 0xFF3A) ||
           (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool isDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool isUnitSymbol(char32_t c) {
    return c == U'℃' || c == U'℉' || c == U'‰' || (c >= 0x3371 && c <= 0x33DF);
}

}  // namespace kiosk
