#include "gl_layer_cache.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <spdlog/spdlog.h>
#include <xxhash.h>

#include <cmath>
#include <string>

#include "gl.hpp"
#include "gl_texture_store.hpp"
#include "pacing/layer_reuse.hpp"
#include "shading_states.hpp"

namespace kiosk::platform {

namespace {

void premultipliedOver(const ImDrawList*, const ImDrawCmd*) {
    glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

// The framebuffer bindings, viewport and clear colour around a layer's render.
struct SavedTarget {
    GLint draw = 0, read = 0;
    GLfloat clear[4] = {0, 0, 0, 0};
    GLboolean scissor = GL_FALSE;
    SavedTarget() {
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
        glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read);
        glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
        scissor = glIsEnabled(GL_SCISSOR_TEST);
    }
    ~SavedTarget() {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(draw));
        glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(read));
        glClearColor(clear[0], clear[1], clear[2], clear[3]);
        if (scissor) glEnable(GL_SCISSOR_TEST);
    }
};

}  // namespace

uint64_t layerContentHash(const ImDrawList& content) {
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    static_assert(sizeof(ImDrawVert) == 20, "ImDrawVert is packed");
    XXH3_64bits_update(state, content.VtxBuffer.Data,
                       size_t(content.VtxBuffer.Size) * sizeof(ImDrawVert));
    XXH3_64bits_update(state, content.IdxBuffer.Data,
                       size_t(content.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : content.CmdBuffer) {
        const ImVec4 clip = cmd.ClipRect;
        const uint64_t packed[5] = {uint64_t(reinterpret_cast<uintptr_t>(cmd.TextureId)),
                                    uint64_t(cmd.IdxOffset) << 32 | cmd.ElemCount,
                                    uint64_t(cmd.VtxOffset),
                                    uint64_t(reinterpret_cast<uintptr_t>(cmd.UserCallback)),
                                    uint64_t(reinterpret_cast<uintptr_t>(cmd.UserCallbackData))};
        XXH3_64bits_update(state, &clip, sizeof(clip));
        XXH3_64bits_update(state, packed, sizeof(packed));
    }
    const uint64_t hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return hash == 0 ? 1 : hash;  // 0 means "nothing held"
}

ImTextureID GlLayerCache::cached(ImDrawList& content, const Rect& box,
                                 const ui::LayerHints& hints) {
    if (ImGui::GetFrameCount() != frame_) {
        frame_ = ImGui::GetFrameCount();
        next_ = 0;
    }
    if (next_ == slots_.size()) slots_.emplace_back();
    Slot& slot = slots_[next_++];
    slot.used = true;
    const uint64_t hash = layerContentHash(content);
    const LayerUse use = decideLayerUse(hash, slot.previous, slot.held, hints.staysStill);
    slot.previous = hash;
    if (use == LayerUse::DrawDirectly) return nullptr;
    if (use == LayerUse::RenderAndShow) {
        if (!render(slot, content, box)) return nullptr;
        slot.held = hash;
        ++changes_;
        // An opaque layer's texture is drawn with blending off (shading_runs.hpp).
        setOpaquePicture(TextureId(slot.target->texture()), hints.opaque);
    }
    return ImTextureID(intptr_t(slot.target->texture()));
}

bool GlLayerCache::render(Slot& slot, ImDrawList& content, const Rect& box) {
    const int width = int(std::ceil(box.w)), height = int(std::ceil(box.h));
    if (width <= 0 || height <= 0) return false;
    const SavedTarget saved;
    if (!slot.target || slot.target->width() != width || slot.target->height() != height) {
        slot.target.reset();
        std::string error;
        slot.target = OffscreenTarget::create(width, height, error);
        if (!slot.target) {
            spdlog::warn("a layer is drawn directly: {}", error);
            return false;
        }
    }
    slot.target->bind();
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 0);  // transparent: the layer is composited premultiplied
    glClear(GL_COLOR_BUFFER_BIT);
    ImDrawList* lists[] = {&content};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = content.VtxBuffer.Size;
    data.TotalIdxCount = content.IdxBuffer.Size;
    data.DisplayPos = ImVec2(box.x, box.y);
    data.DisplaySize = ImVec2(float(width), float(height));
    data.FramebufferScale = ImVec2(1, 1);
    shadeCheaply(data, unsigned(reinterpret_cast<intptr_t>(ImGui::GetIO().Fonts->TexID)));
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    return true;
}

void GlLayerCache::frameBuilt() {
    for (Slot& slot : slots_) {
        if (!slot.used) {
            if (slot.target) setOpaquePicture(TextureId(slot.target->texture()), false);
            slot.target.reset();  // its memory back while no such layer is shown
            slot.held = 0;
            slot.previous = 0;
        }
        slot.used = false;
    }
}

size_t GlLayerCache::liveLayers() const {
    size_t live = 0;
    for (const Slot& slot : slots_) live += slot.target ? 1 : 0;
    return live;
}

ImDrawCallback GlLayerCache::premultipliedBlending() const {
    return &premultipliedOver;
}

}  // namespace kiosk::platform
