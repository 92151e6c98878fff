#pragma once
#include <functional>
#include <string>
#include <vector>

#include "text/break_classes.hpp"

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

// Where a line may break inside a run of text that has no spaces. Which one a
// text needs follows from its language, not its characters alone: a caller
// that knows the language passes usesHanWithoutSpaces(language) ?
// BetweenIdeographs : AtSpaces (content/localized_text.hpp).
enum class WordBreaks {
    // Japanese and Chinese (simplified and traditional), and the default:
    // between any two ideographs, kana or CJK marks, kinsoku permitting; Latin
    // letters, digits and Hangul between them stay together.
    BetweenIdeographs,
    // Korean and English: only at the spaces between words (어절) and after a
    // dash joining two words, so that brackets, quotes and Han characters
    // inside a word ("「서울」에서", "특별구(特別區)") never split it. A word
    // wider than the line breaks first at its brackets and middle dots, then
    // between its letters or syllables.
    AtSpaces,
};

struct LaidOutText {
    std::vector<std::string> lines;  // UTF-8, without the breaking spaces or newlines
    std::vector<float> widths;       // width of each line
    bool truncated = false;          // an ellipsis was added
};

// The one line-breaking routine of the kiosk, for every language it shows:
// - Japanese and Chinese break between any two characters except where kinsoku
//   forbids it: no line starts with closing brackets and marks such as
//   。、，．・：；？！ー」』）］｝〕〉》】 ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻 · ‧
//   (and their half/full-width and small forms), and no line ends with opening
//   brackets 「『（［｛〔〈《【“‘; when a forbidden character would start a line it
//   is pulled up onto the previous one (burasage) if the overflow is one
//   character (never a dash), otherwise the break moves back one character.
// - Latin text and Korean wrap at spaces; a word longer than the line is broken
//   by character. A dash joining two words ("Taito–Sumida") may end a line but
//   never starts one, spaced or not ("30 –" / "31 May").
// - A currency sign (￥ ¥ $ € £ ＄ ₩) never ends a line: it stays with the amount.
// - Digits and Latin letters inside Japanese or Chinese stay together ("2016年",
//   "SDGs"), and a number stays with its unit ("10%", "5㎞", "20℃").
// - "\n" forces a line break.
// Korean must be laid out with WordBreaks::AtSpaces.
LaidOutText layoutText(const std::string& utf8, const TextBox& box, const CharacterWidth& width,
                       WordBreaks wordBreaks = WordBreaks::BetweenIdeographs);

// A list of names (an association's municipalities) joined by `separator`
// ("・", ", "): each name is one unit, so a line breaks only between names
// (after the separator, which never starts a line), never inside one
// (京丹波町, not 京/丹波町), unless a name alone is wider than the line.
LaidOutText layoutNameList(const std::vector<std::string>& names, const std::string& separator,
                           const TextBox& box, const CharacterWidth& width);

}  // namespace kiosk
