#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// A string the kiosk may draw, with a name that tells an author where it is.
struct NamedText {
    std::string name;  // e.g. "events/2016.json: event 2016-04-26-… title (ja)"
    std::string text;
    // The largest type size the kiosk draws it at. Glyphs are rasterised only
    // at the sizes their texts need, which keeps the font atlas small.
    enum class Size { Body, Heading, Display };
    Size largest = Size::Body;
};

// Every visitor-facing string of the pack, in both languages. The font atlas is
// built from exactly these, and the glyph check walks them.
std::vector<NamedText> collectPackTexts(const Pack& pack);

// Texts the application itself draws that do not come from the pack (digits,
// punctuation of dates and counters).
std::vector<NamedText> builtInTexts();

}  // namespace kiosk
