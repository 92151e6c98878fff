#include "text/line_breaker.hpp"

#include <algorithm>
#include <string_view>

#include "text/utf8.hpp"

namespace kiosk {
namespace {

constexpr char32_t kEllipsis = U'…';

// JIS X 4051 line-start prohibited classes (closing brackets, hyphens, dividing
// and middle punctuation, full stops, iteration marks, prolonged sound mark,
// small kana, postfixed units) in their full- and half-width forms. The
// ellipses are here because UAX #14 never breaks before them either.
constexpr std::u32string_view kNoStart =
    U"）］｝〕〉》」』】〙〗〟’”»›｠)]}｣"
    U"、。，．・：；？！､｡･,.:;?!‼⁇⁈⁉"
    U"ーｰ々〻ゝゞヽヾ゛゜ﾞﾟ〜～゠…‥"
    U"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    U"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ"
    U"％%℃°′″‰";

// JIS X 4051 opening brackets, full- and half-width.
constexpr std::u32string_view kNoEnd = U"（［｛〔〈《「『【〘〖〝‘“«‹｟([{｢";

bool isBreakingSpace(char32_t c) {
    return c == U' ' || c == U'\t';
}

// Scripts written without spaces, where a line may break between any two
// characters. Full-width Latin letters and digits are left out so that
// "２０１６" stays together like "2016".
bool breaksAnywhere(char32_t c) {
    const bool fullWidthAlnum = (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
                                (c >= 0xFF41 && c <= 0xFF5A);
    if (fullWidthAlnum) return false;
    return (c >= 0x1100 && c <= 0x11FF) ||  // Hangul jamo
           (c >= 0x2E80 && c <= 0x9FFF) ||  // CJK punctuation, kana, ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||  // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||  // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||  // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) ||  // half- and full-width forms
           (c >= 0x20000 && c <= 0x3FFFF);  // ideograph extensions
}

// Neighbouring letters, digits and punctuation of space-separated scripts form
// one word ("2016-04-26", "1,004", "SDGs", "(1)"), which is never split while
// it fits on a line by itself.
bool sameWord(char32_t before, char32_t after) {
    return !isBreakingSpace(before) && !isBreakingSpace(after) && !breaksAnywhere(before) &&
           !breaksAnywhere(after);
}

// Kinsoku alone: whether a line may end before p[i], judged on the characters
// that would end and start the lines once the spaces between them are dropped.
bool kinsokuAllows(std::u32string_view p, size_t i) {
    if (i == 0 || i >= p.size() || isBreakingSpace(p[i]) || cannotStartLine(p[i])) return false;
    for (size_t j = i; j > 0; --j) {
        if (!isBreakingSpace(p[j - 1])) return !cannotEndLine(p[j - 1]);
    }
    return false;  // nothing but spaces before: that line would be empty
}

// Where a line may end before p[i]. `unitStarts`, when given, is the list
// of a paragraph of names: a line breaks only where a name begins.
bool breakAllowed(std::u32string_view p, size_t i, const std::vector<bool>* unitStarts) {
    if (unitStarts) return i > 0 && i < unitStarts->size() && (*unitStarts)[i];
    return kinsokuAllows(p, i) && !sameWord(p[i - 1], p[i]);
}

size_t skipSpaces(std::u32string_view p, size_t i) {
    while (i < p.size() && isBreakingSpace(p[i])) ++i;
    return i;
}

// End (exclusive) of the line of paragraph `p` that begins at `start`.
size_t nextLineEnd(std::u32string_view p, size_t start, float maxWidth, const CharacterWidth& width,
                   const std::vector<bool>* unitStarts) {
    const size_t n = p.size();
    // The line must show at least one character, whatever the width.
    const size_t first = skipSpaces(p, start);
    if (first == n) return n;

    // Longest prefix that fits; trailing spaces hang outside the box.
    float used = 0.0f;
    float pendingSpaces = 0.0f;
    size_t fit = start;
    for (size_t i = start; i < n; ++i) {
        const float w = width(p[i]);
        if (isBreakingSpace(p[i])) {
            pendingSpaces += w;
        } else {
            if (used + pendingSpaces + w > maxWidth) break;
            used += pendingSpaces + w;
            pendingSpaces = 0.0f;
        }
        fit = i + 1;
    }
    if (fit <= first) fit = first + 1;
    if (fit >= n) return n;
    if (breakAllowed(p, fit, unitStarts)) return fit;

    // Burasage: a forbidden line start that alone overflows hangs on this line.
    if (cannotStartLine(p[fit]) && !sameWord(p[fit - 1], p[fit])) {
        const size_t after = skipSpaces(p, fit + 1);
        if (after == n || breakAllowed(p, after, unitStarts)) return after;
    }
    for (size_t b = fit - 1; b > first; --b) {
        if (breakAllowed(p, b, unitStarts)) return b;
    }
    // One word (or name) wider than the line: break it by character, kinsoku permitting.
    for (size_t b = fit; b > first; --b) {
        if (kinsokuAllows(p, b)) return b;
    }
    return fit;
}

std::u32string withoutTrailingSpaces(std::u32string_view s) {
    while (!s.empty() && isBreakingSpace(s.back())) s.remove_suffix(1);
    return std::u32string(s);
}

std::u32string withUnixNewlines(const std::u32string& text) {
    std::u32string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != U'\r') {
            out += text[i];
        } else if (i + 1 == text.size() || text[i + 1] != U'\n') {
            out += U'\n';
        }
    }
    return out;
}

// Shortens `line` until it and the ellipsis fit, keeping at least one
// character so that a box narrower than any glyph still shows something.
std::u32string ellipsized(const std::u32string& line, float maxWidth, const CharacterWidth& width) {
    const float ellipsis = width(kEllipsis);
    float used = 0.0f;
    size_t keep = 0;
    for (; keep < line.size(); ++keep) {
        const float w = width(line[keep]);
        if (used + w + ellipsis > maxWidth) break;
        used += w;
    }
    if (keep == 0 && !line.empty()) keep = 1;
    return withoutTrailingSpaces(std::u32string_view(line).substr(0, keep)) + kEllipsis;
}

float widthOf(const std::u32string& line, const CharacterWidth& width) {
    float sum = 0.0f;
    for (char32_t c : line) sum += width(c);
    return sum;
}

}  // namespace

bool cannotStartLine(char32_t c) {
    return kNoStart.find(c) != std::u32string_view::npos;
}

bool cannotEndLine(char32_t c) {
    return kNoEnd.find(c) != std::u32string_view::npos;
}

namespace {

// Lays out `text` (its "\n" already normalised); `unitStarts` as for breakAllowed.
LaidOutText layoutParagraphs(const std::u32string& text, const TextBox& box,
                             const CharacterWidth& width, const std::vector<bool>* unitStarts) {
    const size_t maxLines = box.maxLines > 0 ? size_t(box.maxLines) : 0;
    std::vector<std::u32string> lines;
    bool hidden = false;  // visible text is left over once maxLines are used

    // Each "\n" ends a line, so a final one adds no empty line after it.
    size_t pos = 0;
    while (pos < text.size() && !hidden) {
        const size_t newline = std::min(text.find(U'\n', pos), text.size());
        const std::u32string_view paragraph(text.data() + pos, newline - pos);
        // A list of names is one paragraph: its unit starts index it directly.
        const std::vector<bool>* starts = pos == 0 ? unitStarts : nullptr;
        pos = newline + 1;
        size_t start = 0;
        do {
            const size_t end = nextLineEnd(paragraph, start, box.maxWidth, width, starts);
            std::u32string line = withoutTrailingSpaces(paragraph.substr(start, end - start));
            start = skipSpaces(paragraph, end);
            if (maxLines == 0 || lines.size() < maxLines) {
                lines.push_back(std::move(line));
            } else if (!line.empty()) {
                hidden = true;
                break;
            }
        } while (start < paragraph.size());
    }

    LaidOutText out;
    out.truncated = hidden;
    if (hidden) lines.back() = ellipsized(lines.back(), box.maxWidth, width);
    for (const std::u32string& line : lines) {
        out.lines.push_back(encodeUtf8(line));
        out.widths.push_back(widthOf(line, width));
    }
    return out;
}

// A name's own line breaks and tabs would split it: in a list they are spaces.
std::u32string oneLine(const std::string& name) {
    std::u32string out = decodeUtf8(name);
    for (char32_t& c : out)
        if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
    return out;
}

}  // namespace

LaidOutText layoutText(const std::string& utf8, const TextBox& box, const CharacterWidth& width) {
    return layoutParagraphs(withUnixNewlines(decodeUtf8(utf8)), box, width, nullptr);
}

LaidOutText layoutNameList(const std::vector<std::string>& names, const std::string& separator,
                           const TextBox& box, const CharacterWidth& width) {
    const std::u32string between = oneLine(separator);
    std::u32string text;
    std::vector<bool> unitStarts;
    for (const std::string& name : names) {
        const std::u32string unit = oneLine(name);
        if (unit.empty()) continue;
        if (!text.empty()) text += between;
        unitStarts.resize(text.size(), false);
        unitStarts.push_back(!text.empty());
        text += unit;
    }
    unitStarts.resize(text.size(), false);
    return layoutParagraphs(text, box, width, &unitStarts);
}

}  // namespace kiosk
