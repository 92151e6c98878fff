// How long the glyph atlas of a pack takes to build, and how large it is, at
// the screen sizes the kiosk runs on and at each text size a visitor can
// choose (1, 1.4 and 2 times the pack's type): the median of N builds per
// size. The atlas is built on the job runner's worker (a pack going live, a
// visitor's first choice of a larger size) or the start-up thread, never the
// render thread; its pixels are what the GPU holds, and what the kiosk keeps
// in memory for each text size once a visitor chose one (to upload it again).
//
// Each language's fonts hold the texts shown in it (collectShownTexts), so a
// pack in five languages can go into one atlas with every language's fonts
// ("all") or an atlas per language beside the start language's ("ja+ko").
// --synthetic gives the pack's three other languages texts of a realistic
// size where it has none: 2,000 distinct Han characters in each Chinese
// script and 1,000 Hangul syllables. The last column is the same atlas read
// back from the font cache (FontAtlasCache), as every start after a pack's or
// screen's first gets it.
//
//   font_atlas_bench [PACK_DIR] [RUNS] [--synthetic]   (default pack, 5 runs)
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "content/pack_loader.hpp"
#include "content/pack_texts.hpp"
#include "font_atlas.hpp"
#include "font_atlas_cache.hpp"
#include "session/language_switch.hpp"
#include "text/utf8.hpp"

namespace {

using kiosk::Language;
using kiosk::NamedText;

struct Build {
    double ms = 0.0;
    kiosk::ui::FontAtlasReport report;
};

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// Builds the atlas; with `keep`, keeps it in `cache` under `key` too.
bool buildOnce(const std::vector<NamedText>& texts, const kiosk::Theme& theme, float shortSide,
               float scale, Build& out, const kiosk::ui::FontAtlasCache* keep = nullptr,
               const std::string& key = "") {
    ImGui::CreateContext();
    kiosk::ui::LanguageFonts fonts;
    std::string error;
    const auto start = std::chrono::steady_clock::now();
    bool ok = kiosk::ui::buildFontAtlas(*ImGui::GetIO().Fonts, texts, theme, shortSide, scale,
                                        kiosk::ui::FontSources{}, fonts, out.report, error);
    out.ms = msSince(start);
    if (ok && keep) ok = keep->save(key, *ImGui::GetIO().Fonts, fonts, out.report, error);
    ImGui::DestroyContext();
    if (!ok) std::fprintf(stderr, "atlas at %.0f x %.1f: %s\n", shortSide, scale, error.c_str());
    return ok;
}

// Reads the atlas kept under `key`: its time in ms, or a negative one when it fails.
double loadOnce(const kiosk::ui::FontAtlasCache& cache, const std::string& key) {
    ImGui::CreateContext();
    kiosk::ui::LanguageFonts fonts;
    kiosk::ui::FontAtlasReport report;
    std::string why;
    const auto start = std::chrono::steady_clock::now();
    const bool ok = cache.load(key, *ImGui::GetIO().Fonts, fonts, report, why);
    const double ms = msSince(start);
    ImGui::DestroyContext();
    if (!ok) std::fprintf(stderr, "reading the kept atlas: %s\n", why.c_str());
    return ok ? ms : -1.0;
}

// `count` distinct characters from `first` on, every `step`th.
std::string run(char32_t first, int count, int step) {
    std::u32string chars;
    for (int i = 0; i < count; ++i) chars += char32_t(first + char32_t(i * step));
    return kiosk::encodeUtf8(chars);
}

// A text of a realistic size in each language the pack has no text in.
std::vector<NamedText> syntheticTexts(const std::vector<Language>& languages) {
    std::vector<NamedText> out;
    for (const Language language : languages) {
        if (language == Language::ChineseSimplified)
            out.push_back({"synthetic", run(U'\u4E00', 2000, 3), language});
        if (language == Language::ChineseTraditional)
            out.push_back({"synthetic", run(U'\u4E01', 2000, 3), language});
        if (language == Language::Korean)
            out.push_back({"synthetic", run(U'\uAC00', 1000, 11), language});
    }
    return out;
}

// What the kiosk builds an atlas from for `languages` (startup.cpp's
// buildKioskFonts, less the staff panel's words).
std::vector<NamedText> atlasTexts(const kiosk::Pack& pack, const std::vector<Language>& languages,
                                  bool synthetic) {
    std::vector<NamedText> texts =
        kiosk::collectShownTexts(pack, languages, kiosk::companionLanguage);
    for (auto& t : kiosk::inEachLanguage(kiosk::builtInTexts(), languages)) texts.push_back(t);
    if (synthetic)
        for (auto& t : syntheticTexts(languages)) texts.push_back(t);
    return texts;
}

struct Mix {
    const char* name;
    std::vector<Language> languages;
};

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const bool synthetic = std::find(args.begin(), args.end(), "--synthetic") != args.end();
    args.erase(std::remove(args.begin(), args.end(), "--synthetic"), args.end());
    const std::string dir =
        args.size() > 0 ? args[0] : std::string(KIOSK_SOURCE_DIR) + "/content/default";
    const int runs = args.size() > 1 ? std::max(1, std::atoi(args[1].c_str())) : 5;
    const kiosk::PackLoadResult loaded = kiosk::loadPack(dir);
    if (!loaded.pack) {
        std::fprintf(stderr, "%s: does not load\n", dir.c_str());
        return 1;
    }
    kiosk::Pack pack = *loaded.pack;
    if (synthetic) pack.manifest.languages = {"ja", "en", "zh-Hans", "zh-Hant", "ko"};
    const Language ja = Language::Japanese, en = Language::English;
    std::vector<Mix> mixes = {{"ja+en", {ja, en}}};
    if (kiosk::packLanguages(pack).size() > 2) {
        mixes.push_back({"ja+zh-Hans", {ja, en, Language::ChineseSimplified}});
        mixes.push_back({"ja+zh-Hant", {ja, en, Language::ChineseTraditional}});
        mixes.push_back({"ja+ko", {ja, en, Language::Korean}});
        mixes.push_back({"all", kiosk::packLanguages(pack)});
    }
    std::string folder =
        (std::filesystem::temp_directory_path() / "font-atlas-bench-XXXXXX").string();
    if (!mkdtemp(folder.data())) return 1;
    const kiosk::ui::FontAtlasCache cache(folder + "/fonts");
    std::printf(
        "short side  text  fonts       atlas        MiB   glyphs  median ms  cached ms  (%d "
        "runs)\n",
        runs);
    struct Step {
        float side, scale;
    };
    const Step steps[] = {{1080, 1.0f}, {1080, 1.4f}, {1080, 2.0f}, {2160, 1.0f},
                          {2160, 1.4f}, {2160, 2.0f}, {4320, 1.0f}};
    for (const Step& step : steps) {
        for (const Mix& mix : mixes) {
            const std::vector<NamedText> texts = atlasTexts(pack, mix.languages, synthetic);
            std::vector<double> ms, cached;
            Build last;
            const std::string key = std::string(mix.name) + "-" + std::to_string(int(step.side)) +
                                    "-" + std::to_string(int(step.scale * 10));
            for (int i = 0; i < runs; ++i) {
                if (!buildOnce(texts, pack.theme, step.side, step.scale, last,
                               i + 1 == runs ? &cache : nullptr, key))
                    return 1;
                ms.push_back(last.ms);
            }
            for (int i = 0; i < runs; ++i) cached.push_back(loadOnce(cache, key));
            std::sort(ms.begin(), ms.end());
            std::sort(cached.begin(), cached.end());
            if (cached.front() < 0) return 1;
            const auto& r = last.report;
            std::printf("%10.0f  %4.1f  %-10s  %5dx%-5d  %5.1f  %6d  %9.1f  %9.1f%s%s\n", step.side,
                        step.scale, mix.name, r.atlasWidth, r.atlasHeight,
                        r.atlasWidth * double(r.atlasHeight) / (1 << 20), r.glyphCount,
                        ms[ms.size() / 2], cached[cached.size() / 2], r.capped.empty() ? "" : "  ",
                        r.capped.empty() ? "" : "capped");
        }
    }
    std::filesystem::remove_all(folder);
    return 0;
}
