#pragma once
#include <string>

namespace kiosk::platform {

// Live OpenGL objects of the current context, by kind. Counted by asking
// glIs* of every name up to a bound: drivers hand out small consecutive names,
// so objects that are created and never deleted show up as a growing count
// whoever created them (ImGui's backend, the texture cache, offscreen targets).
struct GlObjectCounts {
    int textures = 0;
    int buffers = 0;
    int vertexArrays = 0;
    int framebuffers = 0;
    int renderbuffers = 0;
    int programs = 0;
    int shaders = 0;

    int total() const {
        return textures + buffers + vertexArrays + framebuffers + renderbuffers + programs +
               shaders;
    }
    // "textures 3, buffers 2, ..." for logs.
    std::string describe() const;
};

// Needs a current context; finishes the queued GL work first, so memory read
// right after it is settled. `highestName` bounds the names probed.
GlObjectCounts countGlObjects(unsigned highestName = 65536);

}  // namespace kiosk::platform
