#include "visitor_fonts.hpp"

#include <algorithm>

#include "content/pack_texts.hpp"
#include "startup.hpp"

namespace kiosk {

FontKey fontKeyFor(TextSize size, Language language) {
    return {size, notoCjkFace(language)};
}

FontKey homeFontKey(const Pack& pack) {
    const std::vector<Language> languages = packLanguages(pack);
    return fontKeyFor(TextSize::Standard,
                      languages.empty() ? Language::Japanese : languages.front());
}

std::vector<Language> fontLanguages(const Pack& pack, const FontKey& key) {
    const int homeFace = homeFontKey(pack).face;
    std::vector<Language> languages;
    for (const Language language : packLanguages(pack)) {
        const int face = notoCjkFace(language);
        if (face == homeFace || face == key.face) languages.push_back(language);
    }
    return languages;
}

VisitorFonts::~VisitorFonts() {
    for (auto& kept : kept_) ui::releaseFontAtlas(kept.fonts->atlas.get());
}

const VisitorFonts::Kept* VisitorFonts::find(const FontKey& key) const {
    for (const Kept& kept : kept_)
        if (kept.key == key) return &kept;
    return nullptr;
}

bool VisitorFonts::ready(const FontKey& key) const {
    return find(key) && find(home_);
}

std::vector<FontKey> VisitorFonts::missingFor(const FontKey& key) const {
    std::vector<FontKey> missing;
    if (!find(home_)) missing.push_back(home_);
    if (key != home_ && !find(key)) missing.push_back(key);
    return missing;
}

void VisitorFonts::keep(const FontKey& key, std::unique_ptr<ui::KeptFontAtlas> fonts,
                        const FontKey& inUse) {
    auto same =
        std::find_if(kept_.begin(), kept_.end(), [&](const Kept& k) { return k.key == key; });
    if (same != kept_.end()) {
        ui::releaseFontAtlas(same->fonts->atlas.get());
        kept_.erase(same);
    }
    kept_.push_back({key, std::move(fonts), ++uses_});
    while (kept_.size() > kKeptBesidesHome + 1) {
        auto oldest = kept_.end();
        for (auto k = kept_.begin(); k != kept_.end(); ++k) {
            if (k->key == home_ || k->key == inUse || k->key == key) continue;
            if (oldest == kept_.end() || k->lastUsed < oldest->lastUsed) oldest = k;
        }
        if (oldest == kept_.end()) break;
        ui::releaseFontAtlas(oldest->fonts->atlas.get());
        kept_.erase(oldest);
    }
}

const ui::KeptFontAtlas* VisitorFonts::kept(const FontKey& key) const {
    const Kept* kept = find(key);
    return kept ? kept->fonts.get() : nullptr;
}

void VisitorFonts::used(const FontKey& key) {
    for (Kept& kept : kept_)
        if (kept.key == key) kept.lastUsed = ++uses_;
}

size_t VisitorFonts::bytes() const {
    size_t total = 0;
    for (const Kept& kept : kept_) total += kept.fonts->bytes();
    return total;
}

std::unique_ptr<ui::KeptFontAtlas> buildVisitorFonts(const Pack& pack, const AppOptions& options,
                                                     float shortSide, int maxTextureSize,
                                                     const FontKey& key) {
    ui::FontAtlasPtr atlas = ui::newFontAtlas();
    ui::LanguageFonts fonts;
    if (!buildKioskFonts(pack, options, shortSide, fonts, maxTextureSize, atlas.get(),
                         float(textScale(key.size)), fontLanguages(pack, key)))
        return nullptr;
    return ui::keepFontAtlas(std::move(atlas), fonts);
}

}  // namespace kiosk
