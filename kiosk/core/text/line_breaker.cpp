#include "text/line_breaker.hpp"

#include <algorithm>
#include <string_view>

#include "text/utf8.hpp"

namespace kiosk {
namespace {

constexpr char32_t kEllipsis = U'…';

// One paragraph being laid out, with what decides where it may break.
struct Paragraph {
    std::u32string_view text;
    WordBreaks wordBreaks = WordBreaks::BetweenIdeographs;
    // For a list of names: true where a name begins, the only places to break.
    const std::vector<bool>* unitStarts = nullptr;
};

// ASCII quotes both open and close: one at the start of a word opens.
bool isAsciiQuote(char32_t c) {
    return c == U'"' || c == U'\'';
}

bool opensQuote(std::u32string_view p, size_t j) {
    return isAsciiQuote(p[j]) && (j == 0 || isBreakingSpace(p[j - 1]) || cannotEndLine(p[j - 1]));
}

bool mayStartLine(std::u32string_view p, size_t i) {
    return !cannotStartLine(p[i]) && !(isAsciiQuote(p[i]) && !opensQuote(p, i));
}

bool mayEndLine(std::u32string_view p, size_t j) {
    return !cannotEndLine(p[j]) && !opensQuote(p, j);
}

// Whether the last character before p[i], once the spaces before p[i] are
// dropped, may end a line.
bool lineMayEndBefore(std::u32string_view p, size_t i) {
    for (size_t j = i; j > 0; --j) {
        if (!isBreakingSpace(p[j - 1])) return mayEndLine(p, j - 1);
    }
    return false;  // nothing but spaces before: that line would be empty
}

// Kinsoku alone: whether a line may end before p[i], judged on the characters
// that would end and start the lines once the spaces between them are dropped.
bool kinsokuAllows(std::u32string_view p, size_t i) {
    if (i == 0 || i >= p.size() || isBreakingSpace(p[i]) || !mayStartLine(p, i)) return false;
    return lineMayEndBefore(p, i);
}

// The one break kinsoku forbids that is still better than splitting a word:
// before a spaced mark (a dash, a middle dot, a wave dash) when the word before
// it fills the line alone ("30" / "– 31 May").
bool beforeSpacedMark(std::u32string_view p, size_t i) {
    return i > 0 && i < p.size() && cannotStartLine(p[i]) && isBreakingSpace(p[i - 1]) &&
           lineMayEndBefore(p, i);
}

// A dash between two words ("Taito–Sumida–Tokachi") offers a break after it,
// as a space would; between numbers ("30–31") it does not.
bool dashJoinsWordsBefore(std::u32string_view p, size_t i) {
    return i >= 2 && isDash(p[i - 1]) && isLetter(p[i - 2]) && isLetter(p[i]);
}

bool afterMiddleDot(std::u32string_view p, size_t i) {
    return i >= 2 && i < p.size() && (p[i - 1] == U'·' || p[i - 1] == U'・') &&
           isLetter(p[i - 2]) && isLetter(p[i]);
}

// Whether p[i - 1] and p[i] belong to one word, which is never split while it
// fits on a line by itself: neighbouring letters, digits and punctuation of
// space-separated scripts ("2016-04-26", "1,004", "SDGs", "(1)"), a number and
// its unit, and in Korean everything between two spaces.
bool sameWord(const Paragraph& para, size_t i) {
    const char32_t before = para.text[i - 1];
    const char32_t after = para.text[i];
    if (isBreakingSpace(before) || isBreakingSpace(after)) return false;
    if (dashJoinsWordsBefore(para.text, i)) return false;
    if (isDigit(before) && isUnitSymbol(after)) return true;
    if (para.wordBreaks == WordBreaks::AtSpaces) return true;
    return !breaksAnywhere(before) && !breaksAnywhere(after);
}

// Where a line may end before p[i].
bool breakAllowed(const Paragraph& para, size_t i) {
    if (para.unitStarts) return i > 0 && i < para.unitStarts->size() && (*para.unitStarts)[i];
    return kinsokuAllows(para.text, i) && !sameWord(para, i);
}

// Burasage hangs a closing mark or a full stop past the edge, touching the
// text before it; a dash hanging there would read as joined to nothing, and a
// mark after a space would push the space past the edge too.
bool mayHang(const Paragraph& para, size_t i) {
    const char32_t c = para.text[i];
    return cannotStartLine(c) && !isDash(c) && !isBreakingSpace(para.text[i - 1]) &&
           !sameWord(para, i);
}

// Whether a break before p[i] would split a number ("1,0" / "00", "10:3" /
// "0") or part it from its unit ("28" / "개").
bool insideNumber(std::u32string_view p, size_t i) {
    const char32_t before = p[i - 1];
    const bool numberMark = before == U',' || before == U'.' || before == U':';
    return isDigit(before) || (isDigit(p[i]) && numberMark);
}

size_t skipSpaces(std::u32string_view p, size_t i) {
    while (i < p.size() && isBreakingSpace(p[i])) ++i;
    return i;
}

// End (exclusive) of the longest run from `start` that fits in `maxWidth`;
// trailing spaces hang outside the box.
size_t longestFit(std::u32string_view p, size_t start, float maxWidth,
                  const CharacterWidth& width) {
    float used = 0.0f;
    float pendingSpaces = 0.0f;
    size_t fit = start;
    for (size_t i = start; i < p.size(); ++i) {
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
    return fit;
}

// End (exclusive) of the line of the paragraph that begins at `start`.
size_t nextLineEnd(const Paragraph& para, size_t start, float maxWidth,
                   const CharacterWidth& width) {
    const std::u32string_view p = para.text;
    const size_t n = p.size();
    // The line must show at least one character, whatever the width.
    const size_t first = skipSpaces(p, start);
    if (first == n) return n;

    size_t fit = std::max(longestFit(p, start, maxWidth, width), first + 1);
    if (fit >= n) return n;
    if (breakAllowed(para, fit)) return fit;

    // Burasage: a forbidden line start that alone overflows hangs on this line.
    if (mayHang(para, fit)) {
        const size_t after = skipSpaces(p, fit + 1);
        if (after == n || breakAllowed(para, after)) return after;
    }
    for (size_t b = fit - 1; b > first; --b) {
        if (breakAllowed(para, b)) return b;
    }
    for (size_t b = fit; b > first; --b) {
        if (beforeSpacedMark(p, b)) return b;
    }
    // A Korean word wider than the line breaks first where ideographic text
    // would, at its brackets ("데이터)」" / "(국토교통성)를"), or after a middle
    // dot between its parts ("마을·사람·" / "일자리").
    if (para.wordBreaks == WordBreaks::AtSpaces) {
        const Paragraph ideographic{p, WordBreaks::BetweenIdeographs, para.unitStarts};
        for (size_t b = fit; b > first; --b) {
            if (breakAllowed(ideographic, b) || afterMiddleDot(p, b)) return b;
        }
    }
    // One word (or name) wider than the line: break it by character, kinsoku
    // permitting, outside its numbers if it can ("출점자" / "(28개").
    for (size_t b = fit; b > first; --b) {
        if (kinsokuAllows(p, b) && !insideNumber(p, b)) return b;
    }
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

// Lays out `text` (its "\n" already normalised); `unitStarts` as in Paragraph.
LaidOutText layoutParagraphs(const std::u32string& text, const TextBox& box,
                             const CharacterWidth& width, WordBreaks wordBreaks,
                             const std::vector<bool>* unitStarts) {
    const size_t maxLines = box.maxLines > 0 ? size_t(box.maxLines) : 0;
    std::vector<std::u32string> lines;
    bool hidden = false;  // visible text is left over once maxLines are used

    // Each "\n" ends a line, so a final one adds no empty line after it.
    size_t pos = 0;
    while (pos < text.size() && !hidden) {
        const size_t newline = std::min(text.find(U'\n', pos), text.size());
        const std::u32string_view paragraph(text.data() + pos, newline - pos);
        // A list of names is one paragraph: its unit starts index it directly.
        const Paragraph para{paragraph, wordBreaks, pos == 0 ? unitStarts : nullptr};
        pos = newline + 1;
        size_t start = 0;
        do {
            const size_t end = nextLineEnd(para, start, box.maxWidth, width);
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

LaidOutText layoutText(const std::string& utf8, const TextBox& box, const CharacterWidth& width,
                       WordBreaks wordBreaks) {
    return layoutParagraphs(withUnixNewlines(decodeUtf8(utf8)), box, width, wordBreaks, nullptr);
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
    return layoutParagraphs(text, box, width, WordBreaks::BetweenIdeographs, &unitStarts);
}

}  // namespace kiosk
