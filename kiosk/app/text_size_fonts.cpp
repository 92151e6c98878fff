#include "text_size_fonts.hpp"

#include "startup.hpp"

namespace kiosk {

namespace {
size_t indexOf(TextSize size) {
    return static_cast<size_t>(size);
}
}  // namespace

TextSizeFonts::~TextSizeFonts() {
    for (auto& kept : kept_)
        if (kept) ui::releaseFontAtlas(kept->atlas.get());
}

bool TextSizeFonts::ready(TextSize size) const {
    return kept(size) && kept(TextSize::Standard);
}

std::vector<TextSize> TextSizeFonts::missingFor(TextSize size) const {
    std::vector<TextSize> missing;
    if (!kept(TextSize::Standard)) missing.push_back(TextSize::Standard);
    if (size != TextSize::Standard && !kept(size)) missing.push_back(size);
    return missing;
}

void TextSizeFonts::keep(TextSize size, std::unique_ptr<ui::KeptFontAtlas> fonts) {
    kept_[indexOf(size)] = std::move(fonts);
}

const ui::KeptFontAtlas* TextSizeFonts::kept(TextSize size) const {
    return kept_[indexOf(size)].get();
}

size_t TextSizeFonts::bytes() const {
    size_t total = 0;
    for (const auto& kept : kept_) total += kept ? kept->bytes() : 0;
    return total;
}

std::unique_ptr<ui::KeptFontAtlas> buildTextSizeFonts(const Pack& pack, const AppOptions& options,
                                                      float shortSide, int maxTextureSize,
                                                      TextSize size) {
    ui::FontAtlasPtr atlas = ui::newFontAtlas();
    ui::LanguageFonts fonts;
    if (!buildKioskFonts(pack, options, shortSide, fonts, maxTextureSize, atlas.get(),
                         float(textScale(size))))
        return nullptr;
    return ui::keepFontAtlas(std::move(atlas), fonts);
}

}  // namespace kiosk
