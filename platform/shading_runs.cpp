#include "shading_runs.hpp"

#include <cmath>
#include <vector>

namespace kiosk::platform {

namespace {

// How a triangle may be drawn: with blending off, with no texture sampled.
struct Kind {
    bool opaque = false;
    bool solid = false;
    bool plain() const { return !opaque && !solid; }
    bool operator==(const Kind& o) const { return opaque == o.opaque && solid == o.solid; }
};

bool sameUv(const ImVec2& a, const ImVec2& b) {
    return a.x == b.x && a.y == b.y;
}

const ImDrawVert& corner(const ImDrawList& list, const ImDrawCmd& cmd, unsigned index) {
    return list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(index)])];
}

Kind kindOf(const ImDrawList& list, const ImDrawCmd& cmd, unsigned first,
            const ShadingRunSettings& s, bool opaqueTexture) {
    const bool atlas = cmd.TextureId == s.atlas;
    bool fullAlpha = true, white = atlas;
    for (unsigned k = 0; k < 3; ++k) {
        const ImDrawVert& v = corner(list, cmd, first + k);
        fullAlpha = fullAlpha && (v.col >> IM_COL32_A_SHIFT & 0xFF) == 0xFF;
        white = white && sameUv(v.uv, s.whitePixelUv);
    }
    return {fullAlpha && (white || (!atlas && opaqueTexture)), white};
}

float triangleArea(const ImDrawList& list, const ImDrawCmd& cmd, unsigned first) {
    const ImVec2& a = corner(list, cmd, first).pos;
    const ImVec2& b = corner(list, cmd, first + 1).pos;
    const ImVec2& c = corner(list, cmd, first + 2).pos;
    return 0.5f * std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y));
}

// A stretch of a command's indices [begin, end) and how it is drawn.
struct Run {
    unsigned begin = 0;
    unsigned end = 0;
    Kind kind;
};

// The command's triangles in runs of one kind; a run too small to pay back the
// switch is drawn plain, merged with its plain neighbours.
std::vector<Run> runsOf(const ImDrawList& list, const ImDrawCmd& cmd, const ShadingRunSettings& s) {
    const bool opaqueTexture =
        cmd.TextureId != s.atlas && s.opaqueTexture && s.opaqueTexture(cmd.TextureId);
    std::vector<Run> runs;
    const unsigned end = cmd.IdxOffset + cmd.ElemCount - cmd.ElemCount % 3;
    unsigned i = cmd.IdxOffset;
    while (i < end) {
        const Kind kind = kindOf(list, cmd, i, s, opaqueTexture);
        unsigned j = i;
        float area = 0.0f;
        while (j < end && kindOf(list, cmd, j, s, opaqueTexture) == kind) {
            area += triangleArea(list, cmd, j);
            j += 3;
        }
        const Kind drawn = area >= s.minimumArea ? kind : Kind{};
        if (!runs.empty() && drawn.plain() && runs.back().kind.plain())
            runs.back().end = j;
        else
            runs.push_back({i, j, drawn});
        i = j;
    }
    return runs;
}

bool alreadySplit(const ImDrawList& list, const ShadingRunSettings& s) {
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (cmd.UserCallback == s.blendingOff || cmd.UserCallback == s.solidOn) return true;
    return false;
}

void pushCallback(ImVector<ImDrawCmd>& into, const ImDrawCmd& like, ImDrawCallback callback) {
    ImDrawCmd cmd = like;
    cmd.ElemCount = 0;
    cmd.UserCallback = callback;
    cmd.UserCallbackData = nullptr;
    into.push_back(cmd);
}

// The command's runs, each bracketed by the callbacks of its kind.
void pushRuns(ImVector<ImDrawCmd>& into, const ImDrawCmd& cmd, const std::vector<Run>& runs,
              const ShadingRunSettings& s) {
    for (const Run& run : runs) {
        if (run.kind.opaque) pushCallback(into, cmd, s.blendingOff);
        if (run.kind.solid) pushCallback(into, cmd, s.solidOn);
        ImDrawCmd part = cmd;
        part.IdxOffset = run.begin;
        part.ElemCount = run.end - run.begin;
        into.push_back(part);
        if (run.kind.solid) pushCallback(into, cmd, s.solidOff);
        if (run.kind.opaque) pushCallback(into, cmd, s.blendingOn);
    }
    // Indices past the last whole triangle (none in practice) stay drawn.
    if (const unsigned tail = cmd.ElemCount % 3) {
        ImDrawCmd rest = cmd;
        rest.IdxOffset = cmd.IdxOffset + cmd.ElemCount - tail;
        rest.ElemCount = tail;
        into.push_back(rest);
    }
}

}  // namespace

void splitShadingRuns(ImDrawData& data, const ShadingRunSettings& settings) {
    if (!settings.blendingOff || !settings.blendingOn || !settings.solidOn || !settings.solidOff)
        return;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        if (alreadySplit(list, settings)) continue;
        ImVector<ImDrawCmd> split;
        bool changed = false, shadedPicture = false;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback && cmd.UserCallback == settings.shadedPictureOn)
                shadedPicture = true;
            if (cmd.UserCallback && cmd.UserCallback == settings.shadedPictureOff)
                shadedPicture = false;
            const std::vector<Run> runs = cmd.UserCallback || shadedPicture
                                              ? std::vector<Run>{}
                                              : runsOf(list, cmd, settings);
            if (runs.size() < 2 && (runs.empty() || runs[0].kind.plain())) {
                split.push_back(cmd);
                continue;
            }
            changed = true;
            pushRuns(split, cmd, runs, settings);
        }
        if (changed) list.CmdBuffer.swap(split);
    }
}

ShadedPixels countShadedPixels(const ImDrawData& data, const ShadingRunSettings& settings) {
    ShadedPixels count;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        bool unblended = false, solid = false;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback == settings.blendingOff) unblended = true;
            if (cmd.UserCallback == settings.blendingOn) unblended = false;
            if (cmd.UserCallback && cmd.UserCallback == settings.shadedPictureOn) unblended = true;
            if (cmd.UserCallback && cmd.UserCallback == settings.shadedPictureOff)
                unblended = false;
            if (cmd.UserCallback == settings.solidOn) solid = true;
            if (cmd.UserCallback == settings.solidOff) solid = false;
            if (cmd.UserCallback) continue;
            for (unsigned i = cmd.IdxOffset; i + 3 <= cmd.IdxOffset + cmd.ElemCount; i += 3) {
                const double area = triangleArea(list, cmd, i);
                count.all += area;
                if (unblended) count.unblended += area;
                if (solid) count.solid += area;
            }
        }
    }
    return count;
}

}  // namespace kiosk::platform
