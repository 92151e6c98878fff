#include <cstdio>
#include <set>

#include "content/cross_checks.hpp"
#include "content/pack_texts.hpp"
#include "text/font_coverage.hpp"
#include "text/utf8.hpp"

namespace kiosk {

void checkGlyphs(const Pack& pack, const FontCoverage& font, const std::string& fontLabel,
                 ProblemList& problems) {
    std::set<char32_t> reported;
    for (const auto& named : collectPackTexts(pack)) {
        for (char32_t c : decodeUtf8(named.text)) {
            if (c < 0x20 || font.has(c) || !reported.insert(c).second) continue;
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            const std::string file = named.name.substr(0, named.name.find(':'));
            problems.warning(file, "",
                             "the " + fontLabel + " lacks \"" + encodeUtf8(c) + "\" (" + code +
                                 "), needed by " + named.name);
        }
    }
}

}  // namespace kiosk
