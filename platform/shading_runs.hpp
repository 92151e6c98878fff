#pragma once
#include <imgui.h>

#include <functional>

namespace kiosk::platform {

// Under software OpenGL (Mesa's llvmpipe) what a pixel costs depends on how it
// is shaded. Dear ImGui's renderer samples a texture and blends for every
// triangle; a full 1920x1080 layer costs about 8.6 ms of CPU that way, 5.7 ms
// without blending, and 2.8 to 5.6 ms with no texture sampled (measured on
// this project's machine). Two kinds of triangles do not need all of it:
// - opaque ones (full alpha over an opaque texel) draw the same pixels with
//   blending off: source alpha 1 leaves nothing of what lies beneath, and
//   the destination alpha becomes 1 either way;
// - solid ones (the font atlas's white pixel at every corner: fills, lines,
//   shapes) draw the same pixels with a program that takes the vertex colour
//   and samples nothing, since white times a colour is that colour.
// Long runs of such triangles are drawn in those cheaper states.

struct ShadingRunSettings {
    // Whether every texel a triangle can sample from this texture is opaque
    // (a picture without transparency). The atlas is judged by its white pixel.
    std::function<bool(ImTextureID)> opaqueTexture;
    ImTextureID atlas = nullptr;  // the font atlas, whose white pixel is opaque
    ImVec2 whitePixelUv;          // io.Fonts->TexUvWhitePixel
    // Runs smaller than this many pixels stay as they are: switching states
    // costs two more draw calls, which only a large run pays back.
    float minimumArea = 32768.0f;
    ImDrawCallback blendingOff = nullptr;
    ImDrawCallback blendingOn = nullptr;
    ImDrawCallback solidOn = nullptr;   // the colour-only program
    ImDrawCallback solidOff = nullptr;  // ImGui's own program again
    // A program of its own between these draws every pixel opaque (a picture
    // and its shade, ui::drawShadedPicture): left as it is, counted unblended.
    ImDrawCallback shadedPictureOn = nullptr;
    ImDrawCallback shadedPictureOff = nullptr;
};

// Splits every draw command of `data` where runs of opaque or solid triangles
// of at least `minimumArea` begin and end, and brackets those runs with the
// callbacks that switch to the cheaper states and back. Drawing order, and so
// the picture, is unchanged. Lists already split (holding one of those
// callbacks) are left as they are, so a frame drawn twice is split once.
void splitShadingRuns(ImDrawData& data, const ShadingRunSettings& settings);

// What a frame asks of the rasteriser, for measurements: pixels (triangle
// areas, before clipping) drawn in all, with blending off and with no texture.
struct ShadedPixels {
    double all = 0.0;
    double unblended = 0.0;
    double solid = 0.0;
};
ShadedPixels countShadedPixels(const ImDrawData& data, const ShadingRunSettings& settings);

}  // namespace kiosk::platform
