#include "opaque_runs.hpp"

#include <cmath>
#include <vector>

namespace kiosk::platform {

namespace {

bool sameUv(const ImVec2& a, const ImVec2& b) {
    return a.x == b.x && a.y == b.y;
}

// Whether the triangle starting at index `first` of `cmd` covers its pixels
// with full opacity: every vertex colour's alpha is 255 and what it samples is
// opaque (the atlas's white pixel at all three corners, or an opaque picture).
bool opaqueTriangle(const ImDrawList& list, const ImDrawCmd& cmd, unsigned first,
                    const OpaqueRunSettings& s, bool opaqueTexture) {
    const bool atlas = cmd.TextureId == s.atlas;
    if (!atlas && !opaqueTexture) return false;
    for (unsigned k = 0; k < 3; ++k) {
        const ImDrawVert& v = list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(first + k)])];
        if ((v.col >> IM_COL32_A_SHIFT & 0xFF) != 0xFF) return false;
        if (atlas && !sameUv(v.uv, s.whitePixelUv)) return false;
    }
    return true;
}

float triangleArea(const ImDrawList& list, const ImDrawCmd& cmd, unsigned first) {
    const ImVec2& a = list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(first)])].pos;
    const ImVec2& b = list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(first + 1)])].pos;
    const ImVec2& c = list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(first + 2)])].pos;
    return 0.5f * std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y));
}

// A stretch of a command's indices [begin, end), drawn blended or not.
struct Run {
    unsigned begin = 0;
    unsigned end = 0;
    bool opaque = false;
};

// The command's triangles in runs: opaque runs of at least the minimum area,
// and blended runs (which take in opaque stretches too small to pay back).
std::vector<Run> runsOf(const ImDrawList& list, const ImDrawCmd& cmd, const OpaqueRunSettings& s) {
    const bool opaqueTexture =
        cmd.TextureId != s.atlas && s.opaqueTexture && s.opaqueTexture(cmd.TextureId);
    std::vector<Run> runs;
    const unsigned end = cmd.IdxOffset + cmd.ElemCount - cmd.ElemCount % 3;
    unsigned i = cmd.IdxOffset;
    while (i < end) {
        unsigned j = i;
        float area = 0.0f;
        while (j < end && opaqueTriangle(list, cmd, j, s, opaqueTexture)) {
            area += triangleArea(list, cmd, j);
            j += 3;
        }
        const bool worth = j > i && area >= s.minimumArea;
        if (!worth) j = j > i ? j : i + 3;  // a triangle or a short opaque stretch, blended
        if (!runs.empty() && runs.back().opaque == worth && !worth)
            runs.back().end = j;
        else
            runs.push_back({i, j, worth});
        i = j;
    }
    return runs;
}

bool alreadySplit(const ImDrawList& list, const OpaqueRunSettings& s) {
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (cmd.UserCallback == s.blendingOff) return true;
    return false;
}

ImDrawCmd callbackCommand(const ImDrawCmd& like, ImDrawCallback callback) {
    ImDrawCmd cmd = like;
    cmd.ElemCount = 0;
    cmd.UserCallback = callback;
    cmd.UserCallbackData = nullptr;
    return cmd;
}

}  // namespace

void splitOpaqueRuns(ImDrawData& data, const OpaqueRunSettings& settings) {
    if (!settings.blendingOff || !settings.blendingOn) return;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        if (alreadySplit(list, settings)) continue;
        ImVector<ImDrawCmd> split;
        bool changed = false;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const std::vector<Run> runs =
                cmd.UserCallback ? std::vector<Run>{} : runsOf(list, cmd, settings);
            if (runs.size() < 2 && (runs.empty() || !runs[0].opaque)) {
                split.push_back(cmd);
                continue;
            }
            changed = true;
            for (const Run& run : runs) {
                ImDrawCmd part = cmd;
                part.IdxOffset = run.begin;
                part.ElemCount = run.end - run.begin;
                if (run.opaque) split.push_back(callbackCommand(cmd, settings.blendingOff));
                split.push_back(part);
                if (run.opaque) split.push_back(callbackCommand(cmd, settings.blendingOn));
            }
            // Indices past the last whole triangle (none in practice) stay drawn.
            const unsigned tail = cmd.ElemCount % 3;
            if (tail) {
                ImDrawCmd rest = cmd;
                rest.IdxOffset = cmd.IdxOffset + cmd.ElemCount - tail;
                rest.ElemCount = tail;
                split.push_back(rest);
            }
        }
        if (changed) list.CmdBuffer.swap(split);
    }
}

ShadedPixels countShadedPixels(const ImDrawData& data, const OpaqueRunSettings& settings) {
    ShadedPixels count;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        bool unblended = false;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback == settings.blendingOff) unblended = true;
            if (cmd.UserCallback == settings.blendingOn) unblended = false;
            if (cmd.UserCallback) continue;
            for (unsigned i = cmd.IdxOffset; i + 3 <= cmd.IdxOffset + cmd.ElemCount; i += 3) {
                const double area = triangleArea(list, cmd, i);
                count.all += area;
                if (unblended) count.unblended += area;
            }
        }
    }
    return count;
}

}  // namespace kiosk::platform
