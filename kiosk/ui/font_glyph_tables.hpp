#pragma once
#include <vector>

#include "font_atlas.hpp"
#include "staff/glyph_coverage.hpp"

namespace kiosk::ui {

// A copy of which characters each face of `fonts` holds, for each of
// `languages` (a language whose fonts the atlas does not hold gets the faces
// drawn in its place), for checking texts against them off the render
// thread. In memory only: a few thousand characters a face.
std::vector<FaceGlyphs> fontGlyphTables(const LanguageFonts& fonts,
                                        const std::vector<Language>& languages);

}  // namespace kiosk::ui
