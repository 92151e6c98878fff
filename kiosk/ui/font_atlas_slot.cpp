#include "font_atlas_slot.hpp"

#include <imgui.h>
#include <imgui_internal.h>

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

}  // namespace kiosk::ui
