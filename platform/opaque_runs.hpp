#pragma once
#include <imgui.h>

#include <functional>

namespace kiosk::platform {

// Under software OpenGL (Mesa's llvmpipe) a blended pixel costs about three
// times an unblended one (a full 1920x1080 layer: 9 to 12 ms of CPU against 2.5
// to 3.8), and Dear ImGui's renderer blends everything. A triangle that is
// fully opaque everywhere draws the same pixels either way (source alpha 1
// leaves nothing of what lies beneath, and the destination alpha becomes 1 in
// both), so large runs of such triangles are drawn with blending off.

struct OpaqueRunSettings {
    // Whether every texel a triangle can sample from this texture is opaque
    // (a picture without transparency). The font atlas is judged by its white
    // pixel instead (below).
    std::function<bool(ImTextureID)> opaqueTexture;
    ImTextureID atlas = nullptr;  // the font atlas, whose white pixel is opaque
    ImVec2 whitePixelUv;          // io.Fonts->TexUvWhitePixel
    // Runs smaller than this many pixels stay blended: switching the state
    // costs two more draw calls, which only a large run pays back.
    float minimumArea = 32768.0f;
    ImDrawCallback blendingOff = nullptr;
    ImDrawCallback blendingOn = nullptr;
};

// Splits every draw command of `data` where opaque triangles of at least
// `minimumArea` in a row begin and end, and brackets those runs with the
// blendingOff and blendingOn callbacks. Drawing order, and so the picture, is
// unchanged. Lists already split (holding a blendingOff callback) are left
// as they are, so a frame drawn twice is split once.
void splitOpaqueRuns(ImDrawData& data, const OpaqueRunSettings& settings);

// What a frame asks of the rasteriser, for measurements: pixels (triangle
// areas, before clipping) drawn in all and of those with blending off.
struct ShadedPixels {
    double all = 0.0;
    double unblended = 0.0;
};
ShadedPixels countShadedPixels(const ImDrawData& data, const OpaqueRunSettings& settings);

}  // namespace kiosk::platform
