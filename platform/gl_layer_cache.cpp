#include "gl_layer_cache.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <spdlog/spdlog.h>
#include <xxhash.h>

#include <algorithm>
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

GlLayerCache::KeyedSlot& GlLayerCache::keyedSlot(uint64_t owner) {
    for (KeyedSlot& keyed : keyed_)
        if (keyed.owner == owner) return keyed;
    keyed_.push_back(KeyedSlot{owner, Slot{}});
    return keyed_.back();
}

ImTextureID GlLayerCache::keyedHeld(uint64_t owner, uint64_t key, int width, int height) {
    Slot& slot = keyedSlot(owner).slot;
    slot.used = true;
    if (!slot.target || slot.held != key || slot.target->width() != width ||
        slot.target->height() != height)
        return nullptr;
    return ImTextureID(intptr_t(slot.target->texture()));
}

ImTextureID GlLayerCache::renderKeyed(uint64_t owner, uint64_t key, ImDrawList& content,
                                      const ui::KeyedRender& how) {
    Slot& slot = keyedSlot(owner).slot;
    slot.used = true;
    if (!render(slot, content, Rect{0, 0, float(how.width), float(how.height)}, how.top,
                how.bottom))
        return nullptr;
    slot.held = key;
    if (how.shown) ++changes_;
    KeyedSlot& keyed = keyedSlot(owner);
    keyed.filter = 0;  // a new texture may have been made
    setFilter(keyed, how.scaled ? GL_LINEAR : GL_NEAREST);
    return ImTextureID(intptr_t(slot.target->texture()));
}

void GlLayerCache::keyedReserve(uint64_t owner, int width, int height) {
    KeyedSlot& keyed = keyedSlot(owner);
    keyed.slot.used = true;
    const OffscreenTarget* target = keyed.slot.target.get();
    if (target && target->width() == width && target->height() == height) return;
    // Cleared at once: the driver's memory is touched now, not in a frame of the move.
    ImDrawList nothing(ImGui::GetDrawListSharedData());
    if (render(keyed.slot, nothing, Rect{0, 0, float(width), float(height)})) {
        keyed.slot.held = 0;
        keyed.filter = 0;
    }
}

void GlLayerCache::keyedSampling(uint64_t owner, bool scaled) {
    setFilter(keyedSlot(owner), scaled ? GL_LINEAR : GL_NEAREST);
}

void GlLayerCache::setFilter(KeyedSlot& keyed, int filter) {
    if (!keyed.slot.target || keyed.filter == filter) return;
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, keyed.slot.target->texture());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glBindTexture(GL_TEXTURE_2D, GLuint(bound));
    keyed.filter = filter;
}

bool GlLayerCache::render(Slot& slot, ImDrawList& content, const Rect& box, int top, int bottom) {
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
    glClearColor(0, 0, 0, 0);  // transparent: the layer is composited premultiplied
    if (bottom < 0 || (top <= 0 && bottom >= height)) {
        glDisable(GL_SCISSOR_TEST);
    } else {
        // Rows run bottom up in GL's window coordinates.
        glEnable(GL_SCISSOR_TEST);
        glScissor(0, height - bottom, width, bottom - top);
    }
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
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
    // Keyed textures their map did not keep this frame: it is no longer drawn.
    keyed_.erase(std::remove_if(keyed_.begin(), keyed_.end(),
                                [](const KeyedSlot& keyed) { return !keyed.slot.used; }),
                 keyed_.end());
    for (KeyedSlot& keyed : keyed_) keyed.slot.used = false;
}

size_t GlLayerCache::liveLayers() const {
    size_t live = 0;
    for (const Slot& slot : slots_) live += slot.target ? 1 : 0;
    for (const KeyedSlot& keyed : keyed_) live += keyed.slot.target ? 1 : 0;
    return live;
}

ImDrawCallback GlLayerCache::premultipliedBlending() const {
    return &premultipliedOver;
}

}  // namespace kiosk::platform
