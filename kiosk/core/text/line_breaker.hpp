#pragma once
#include <functional>
#include <string>
#include <vector>

namespace kiosk {

// Width in pixels of one character at the size being laid out (the UI passes
// the font's advance; tests pass a fixed-width stand-in).
using CharacterWidth = std::function<float(char32_t)>;

struct TextBox {
    float maxWidth = 0.0f;
    // At most this many lines; 0 means no limit. Text that does not fit ends
    // with an ellipsis "…" on the last line.
    int maxLines = 0;
};

struct LaidOutText {
    std::vector<std::string> lines;  // UTF-8, without the breaking spaces or newlines
    std::vector<float> widths;       // width of each line
    bool truncated = false;          // an ellipsis was added
};

// The one line-breaking routine of the kiosk, for Japanese and English alike:
// - Japanese breaks between any two characters except where kinsoku forbids it:
//   no line starts with closing brackets and marks such as 。、，．・：；？！ー」』）］｝〕〉》】
//   ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻 (and their half/full-width forms), and
//   no line ends with opening brackets 「『（［｛〔〈《【; when a forbidden character
//   would start a line it is pulled up onto the previous one (burasage) if the
//   overflow is one character, otherwise the break moves back one character.
// - Latin text wraps at spaces; a word longer than the line is broken by character.
// - Digits and Latin letters inside Japanese stay together ("2016年", "SDGs").
// - "\n" forces a line break.
LaidOutText layoutText(const std::string& utf8, const TextBox& box, const CharacterWidth& width);

// A list of names (an association's municipalities) joined by `separator`
// ("・", ", "): each name is one unit, so a line breaks only between names
// (after the separator, which never starts a line), never inside one
// (京丹波町, not 京/丹波町), unless a name alone is wider than the line.
LaidOutText layoutNameList(const std::vector<std::string>& names, const std::string& separator,
                           const TextBox& box, const CharacterWidth& width);

// True when `c` may not begin a line / may not end a line.
bool cannotStartLine(char32_t c);
bool cannotEndLine(char32_t c);

}  // namespace kiosk
