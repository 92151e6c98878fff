#include "staff/glyph_coverage.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "text/utf8.hpp"

namespace kiosk {

GlyphCoverage checkGlyphCoverage(const std::vector<NamedText>& texts,
                                 const std::vector<FaceGlyphs>& faces) {
    GlyphCoverage coverage;
    std::set<std::pair<size_t, char32_t>> reported;  // face index, character
    for (const NamedText& text : texts) {
        ++coverage.texts;
        const std::u32string characters = decodeUtf8(text.text);
        bool drawn = false;  // some face of its language draws it
        for (size_t f = 0; f < faces.size(); ++f) {
            const FaceGlyphs& face = faces[f];
            if (face.language != text.language) continue;
            drawn = true;
            for (const char32_t c : characters) {
                if (c < 0x20) continue;  // line breaks and tabs are not drawn
                if (std::binary_search(face.codepoints.begin(), face.codepoints.end(), c) ||
                    !reported.emplace(f, c).second)
                    continue;
                coverage.missing.push_back({c, face.face, text.name});
            }
        }
        if (drawn)
            coverage.characters += size_t(std::count_if(characters.begin(), characters.end(),
                                                        [](char32_t c) { return c >= 0x20; }));
    }
    return coverage;
}

std::string codepointLabel(char32_t codepoint) {
    char label[16];
    std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(codepoint));
    return label;
}

}  // namespace kiosk
