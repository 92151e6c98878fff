#include "font_atlas_slot.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

namespace kiosk::ui {

void FontAtlasDeleter::operator()(ImFontAtlas* atlas) const {
    IM_DELETE(atlas);
}

FontAtlasPtr newFontAtlas() {
    return FontAtlasPtr(IM_NEW(ImFontAtlas)());
}

FontAtlasPtr installFontAtlas(ImFontAtlas* atlas) {
    ImGuiContext& context = *ImGui::GetCurrentContext();
    FontAtlasPtr replaced;
    // ImGui 1.86 deletes io.Fonts with the context when it made that atlas
    // itself; from now on the atlases are ours.
    if (context.FontAtlasOwnedByContext && context.IO.Fonts != atlas) {
        replaced.reset(context.IO.Fonts);
        context.FontAtlasOwnedByContext = false;
    }
    context.IO.Fonts = atlas;
    return replaced;
}

void releaseFontAtlas(ImFontAtlas* atlas) {
    ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context || context->IO.Fonts != atlas) return;
    // Never freed: it holds no fonts, and it must outlive every context.
    static ImFontAtlas* const empty = IM_NEW(ImFontAtlas)();
    context->IO.Fonts = empty;
}

std::unique_ptr<KeptFontAtlas> keepFontAtlas(FontAtlasPtr atlas, const LanguageFonts& fonts) {
    auto kept = std::make_unique<KeptFontAtlas>();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    kept->pixels.assign(pixels, pixels + size_t(width) * size_t(height));
    atlas->ClearTexData();  // only the copy stays
    kept->atlas = std::move(atlas);
    kept->fonts = fonts;
    return kept;
}

FontAtlasPtr installKeptFontAtlas(const KeptFontAtlas& kept) {
    ImFontAtlas& atlas = *kept.atlas;
    atlas.ClearTexData();
    // ImGui frees these pixels once the display has uploaded them (ClearTexData).
    auto* pixels = static_cast<unsigned char*>(IM_ALLOC(kept.pixels.size()));
    std::memcpy(pixels, kept.pixels.data(), kept.pixels.size());
    atlas.TexPixelsAlpha8 = pixels;
    return installFontAtlas(&atlas);
}

}  // namespace kiosk::ui
