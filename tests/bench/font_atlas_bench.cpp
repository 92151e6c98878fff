// How long the glyph atlas of a pack takes to build, and how large it is, at
// the screen sizes the kiosk runs on and at each text size a visitor can
// choose (1, 1.4 and 2 times the pack's type): the median of N builds per
// size. The atlas is built on the job runner's worker (a pack going live, a
// visitor's first choice of a larger size) or the start-up thread, never the
// render thread; its pixels are what the GPU holds, and what the kiosk keeps
// in memory for each text size once a visitor chose one (to upload it again).
//
//   font_atlas_bench [PACK_DIR] [RUNS]   (default: the default pack, 5 runs)
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "content/pack_loader.hpp"
#include "content/pack_texts.hpp"
#include "font_atlas.hpp"

namespace {

struct Build {
    double ms = 0.0;
    kiosk::ui::FontAtlasReport report;
};

bool buildOnce(const std::vector<kiosk::NamedText>& texts, const kiosk::Theme& theme,
               float shortSide, float scale, Build& out) {
    ImGui::CreateContext();
    kiosk::ui::Fonts fonts;
    std::string error;
    const auto start = std::chrono::steady_clock::now();
    const bool ok = kiosk::ui::buildFontAtlas(*ImGui::GetIO().Fonts, texts, theme, shortSide, scale,
                                              kiosk::ui::FontSources{}, fonts, out.report, error);
    out.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                 .count();
    ImGui::DestroyContext();
    if (!ok) std::fprintf(stderr, "atlas at %.0f x %.1f: %s\n", shortSide, scale, error.c_str());
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : std::string(KIOSK_SOURCE_DIR) + "/content/default";
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const kiosk::PackLoadResult loaded = kiosk::loadPack(dir);
    if (!loaded.pack) {
        std::fprintf(stderr, "%s: does not load\n", dir.c_str());
        return 1;
    }
    const std::vector<kiosk::NamedText> texts = kiosk::collectPackTexts(*loaded.pack);
    std::printf("short side  text  atlas        MiB   glyphs  median ms  (%d runs)\n", runs);
    struct Step {
        float side, scale;
    };
    const Step steps[] = {{540, 1.0f},  {1080, 1.0f}, {1080, 1.4f}, {1080, 2.0f},
                          {2160, 1.0f}, {2160, 1.4f}, {2160, 2.0f}, {4320, 1.0f}};
    for (const Step& step : steps) {
        std::vector<double> ms;
        Build last;
        for (int i = 0; i < runs; ++i) {
            if (!buildOnce(texts, loaded.pack->theme, step.side, step.scale, last)) return 1;
            ms.push_back(last.ms);
        }
        std::sort(ms.begin(), ms.end());
        const auto& r = last.report;
        std::printf("%10.0f  %4.1f  %5dx%-5d  %5.1f  %6d  %9.1f%s%s\n", step.side, step.scale,
                    r.atlasWidth, r.atlasHeight, r.atlasWidth * double(r.atlasHeight) / (1 << 20),
                    r.glyphCount, ms[ms.size() / 2], r.capped.empty() ? "" : "  ",
                    r.capped.c_str());
    }
    return 0;
}
