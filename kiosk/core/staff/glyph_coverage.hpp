#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "content/pack_texts.hpp"

namespace kiosk {

// The characters one face of the live font atlas holds, for one language
// (each language's fonts are its own faces: Han characters take its forms).
struct FaceGlyphs {
    Language language = Language::Japanese;
    std::string face;                  // "title", "body (ko)", ... as the glyph watch names it
    std::vector<char32_t> codepoints;  // sorted
};

// A character a text needs that a face of its language lacks: the kiosk would
// draw "?" there.
struct GlyphGap {
    char32_t codepoint = 0;
    std::string face;
    std::string text;  // the text's name: "events/2016.json: event ... title (ja)"
};

struct GlyphCoverage {
    size_t texts = 0;               // texts checked
    size_t characters = 0;          // characters checked, each against every face of its language
    std::vector<GlyphGap> missing;  // once per face and character, with the first text needing it
};

// Checks every character of `texts` against every face of the text's
// language in `faces` (a screen may set any text in any face). A language
// with no faces is skipped. Pure and in memory, but a pack has hundreds of
// thousands of characters: the kiosk runs it on its job runner.
GlyphCoverage checkGlyphCoverage(const std::vector<NamedText>& texts,
                                 const std::vector<FaceGlyphs>& faces);

// The faces an atlas built for `texts` would hold for `language`, read from
// the font files instead of an atlas: for a language whose fonts the kiosk
// builds only when a visitor picks it. Body and caption from the regular
// file; title and display from the bold one, the regular standing in for
// what it lacks (as the atlas does); from a collection, the language's face
// (notoCjkFace). Named as fontGlyphTables names the atlas's faces. Empty
// when the regular file does not open. Reads the files: on a worker.
std::vector<FaceGlyphs> fontFileGlyphTables(const std::vector<NamedText>& texts, Language language,
                                            const std::string& regularPath,
                                            const std::string& boldPath);

// "U+5DDD".
std::string codepointLabel(char32_t codepoint);

}  // namespace kiosk
