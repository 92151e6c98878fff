#include "build/narration_coverage.hpp"

#include <map>
#include <set>

#include "build/narration_texts.hpp"

namespace kiosk {

std::vector<NarrationCoverage> narrationCoverage(const Pack& pack) {
    std::map<std::string, uint64_t> sizes;
    for (const auto& f : pack.manifest.files) sizes[f.path] = f.size;
    std::vector<NarrationCoverage> out;
    for (const Language l : narratedLanguages(pack)) {
        out.emplace_back();
        out.back().language = l;
    }
    // Clips in a language the pack no longer narrates still count, under it.
    const auto coverageOf = [&](Language l) -> NarrationCoverage& {
        for (NarrationCoverage& c : out)
            if (c.language == l) return c;
        out.emplace_back();
        out.back().language = l;
        return out.back();
    };
    for (const NarrationText& t : narrationTexts(pack)) {
        NarrationCoverage& c = coverageOf(t.language);
        ++c.texts;
        if (pack.narration.find(t.language, t.text))
            ++c.covered;
        else
            c.missing.push_back(t.text);
    }
    std::set<std::pair<Language, std::string>> files;
    for (const auto& [key, clip] : pack.narration.all()) {
        NarrationCoverage& c = coverageOf(key.first);
        ++c.clips;
        if (!files.insert({key.first, clip.file}).second) continue;
        c.seconds += clip.seconds;
        c.bytes += sizes[clip.file];
    }
    return out;
}

}  // namespace kiosk
