#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// A string the kiosk may draw, with a name that tells an author where it is.
struct NamedText {
    std::string name;  // e.g. "events/2016.json: event 2016-04-26-… title (ja)"
    std::string text;
    // The language it is written in: Han characters take that language's
    // forms (a Chinese text's 直 is not a Japanese one's).
    Language language = Language::Japanese;
};

// Every visitor-facing string of the pack, in every language it has. The font atlas is
// built from exactly these (every character in every face: which face a screen
// sets a text in is the screen's business), and the glyph check walks them.
std::vector<NamedText> collectPackTexts(const Pack& pack);

// Texts the application itself draws that do not come from the pack (digits,
// punctuation and words of dates and counters, each language's own name for
// the language list).
std::vector<NamedText> builtInTexts();

}  // namespace kiosk
