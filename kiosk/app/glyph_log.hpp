#pragma once
#include <string>

#include "glyph_watch.hpp"

namespace kiosk {

// The exit status of a script or screenshot that drew a character its face
// has no glyph for.
constexpr int kMissingGlyphStatus = 5;

// The glyph watch's report in the kiosk: one warning line per missing glyph,
// "missing glyph U+XXXX in FACE (X)".
void logMissingGlyph(const ui::MissingGlyph& missing);

// `status`, or kMissingGlyphStatus with one error line naming every missing
// character when the run (`what`: its script or screenshot) was otherwise good
// but drew one: a render that shows "?" for a kanji is no good render.
int failOnMissingGlyphs(int status, const ui::GlyphWatch& watch, const std::string& what);

}  // namespace kiosk
