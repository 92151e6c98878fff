#include "staff/glyph_coverage.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "text/font_coverage.hpp"
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

std::vector<FaceGlyphs> fontFileGlyphTables(const std::vector<NamedText>& texts, Language language,
                                            const std::string& regularPath,
                                            const std::string& boldPath) {
    const bool hasBold = FontCoverage::open(boldPath, 0) != nullptr;
    const int faceNo = hasFacePerLanguage(regularPath, hasBold ? boldPath : std::string())
                           ? notoCjkFace(language)
                           : 0;
    const auto regular = FontCoverage::open(regularPath, faceNo);
    if (!regular) return {};
    const auto bold = hasBold ? FontCoverage::open(boldPath, faceNo) : nullptr;

    std::set<char32_t> regularChars, boldChars;
    for (const NamedText& text : texts) {
        if (text.language != language) continue;
        for (const char32_t c : decodeUtf8(text.text)) {
            if (c < 0x20 || c > 0xFFFF) continue;  // the atlas's glyphs are 16-bit
            if (regular->has(c)) regularChars.insert(c);
            if (bold && bold->has(c)) boldChars.insert(c);
        }
    }
    boldChars.insert(regularChars.begin(), regularChars.end());  // the regular stands in

    const std::string code = languageCode(language);
    auto table = [&](const char* face, const std::set<char32_t>& chars) {
        return FaceGlyphs{language, std::string(face) + " (" + code + ")",
                          std::vector<char32_t>(chars.begin(), chars.end())};
    };
    return {table("display", boldChars), table("title", boldChars), table("body", regularChars),
            table("caption", regularChars)};
}

std::string codepointLabel(char32_t codepoint) {
    char label[16];
    std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(codepoint));
    return label;
}

}  // namespace kiosk
