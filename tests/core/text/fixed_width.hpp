#pragma once
// A fixed-width stand-in for the font, shared by the line breaker's tests:
// ASCII is 5 px, everything else (kana, kanji, Hangul, full-width marks,
// dashes, "…") 10 px, so that a width in tests reads as a count of characters.
#include <string>
#include <vector>

#include "text/line_breaker.hpp"

namespace kiosk::test {

using Lines = std::vector<std::string>;

inline const CharacterWidth kFixedWidth = [](char32_t c) { return c < 0x80 ? 5.0f : 10.0f; };

inline Lines wrapFixed(const std::string& text, float maxWidth, int maxLines = 0,
                       WordBreaks breaks = WordBreaks::BetweenIdeographs) {
    return layoutText(text, TextBox{maxWidth, maxLines}, kFixedWidth, breaks).lines;
}

}  // namespace kiosk::test
