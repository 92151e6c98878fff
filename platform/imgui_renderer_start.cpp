#include "imgui_renderer_start.hpp"

#include "gl.hpp"  // before the backend's header, which would include GL/gl.h without prototypes

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace kiosk::platform {

bool startImGuiRendererWithoutRgbaAtlas() {
    // The backend takes its atlas from io.Fonts; during the call that is a
    // stand-in whose RGBA pixels are one white pixel, already there, so that
    // nothing is rasterised or converted. Its one-pixel texture is the
    // backend's font texture until the kiosk's own atlas texture replaces it
    // (ImGui_ImplOpenGL3_DestroyFontsTexture, then uploadAlphaAtlas).
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* const real = io.Fonts;
    ImFontAtlas standIn;
    standIn.TexPixelsRGBA32 = static_cast<unsigned int*>(IM_ALLOC(sizeof(unsigned int)));
    *standIn.TexPixelsRGBA32 = 0xFFFFFFFFu;
    standIn.TexWidth = standIn.TexHeight = 1;
    io.Fonts = &standIn;
    const bool made = ImGui_ImplOpenGL3_CreateDeviceObjects();
    io.Fonts = real;
    return made;  // standIn frees its pixel
}

}  // namespace kiosk::platform
