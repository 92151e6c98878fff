#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "content/cross_checks.hpp"
#include "content/pack_texts.hpp"
#include "text/font_coverage.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

// Each face of `path` a language of `pack` draws its Han forms from, by face
// index; a file with one face serves every language from it. Empty when the
// file does not open.
std::map<int, std::unique_ptr<FontCoverage>> openFaces(const std::string& path,
                                                       const std::vector<Language>& languages) {
    std::map<int, std::unique_ptr<FontCoverage>> faces;
    auto first = FontCoverage::open(path, 0);
    if (!first) return faces;
    faces[0] = std::move(first);
    for (const Language language : languages) {
        const int face = notoCjkFace(language);
        if (!faces.count(face))
            if (auto coverage = FontCoverage::open(path, face)) faces[face] = std::move(coverage);
    }
    return faces;
}

}  // namespace

bool checkGlyphs(const Pack& pack, const std::string& path, const std::string& fontLabel,
                 ProblemList& problems) {
    const std::vector<Language> languages = packLanguages(pack);
    const auto faces = openFaces(path, languages);
    if (faces.empty()) return false;
    std::set<std::pair<Language, char32_t>> reported;
    for (const auto& named : collectShownTexts(pack, languages)) {
        const auto face = faces.find(notoCjkFace(named.language));
        const FontCoverage& font = *(face != faces.end() ? face : faces.begin())->second;
        for (char32_t c : decodeUtf8(named.text)) {
            if (c < 0x20 || font.has(c) || !reported.emplace(named.language, c).second) continue;
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            const std::string file = named.name.substr(0, named.name.find(':'));
            problems.warning(file, "",
                             "the " + fontLabel + " lacks \"" + encodeUtf8(c) + "\" (" + code +
                                 "), needed by " + named.name);
        }
    }
    return true;
}

}  // namespace kiosk
