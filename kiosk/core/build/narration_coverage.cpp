#include "build/narration_coverage.hpp"

#include <map>
#include <set>

#include "build/narration_texts.hpp"

namespace kiosk {

std::vector<NarrationCoverage> narrationCoverage(const Pack& pack) {
    std::map<std::string, uint64_t> sizes;
    for (const auto& f : pack.manifest.files) sizes[f.path] = f.size;
    std::vector<NarrationCoverage> out(2);
    out[0].language = Language::Japanese;
    out[1].language = Language::English;
    for (const NarrationText& t : narrationTexts(pack)) {
        NarrationCoverage& c = out[t.language == Language::Japanese ? 0 : 1];
        ++c.texts;
        if (pack.narration.find(t.language, t.text))
            ++c.covered;
        else
            c.missing.push_back(t.text);
    }
    std::set<std::pair<Language, std::string>> files;
    for (const auto& [key, clip] : pack.narration.all()) {
        NarrationCoverage& c = out[key.first == Language::Japanese ? 0 : 1];
        ++c.clips;
        if (!files.insert({key.first, clip.file}).second) continue;
        c.seconds += clip.seconds;
        c.bytes += sizes[clip.file];
    }
    return out;
}

}  // namespace kiosk
