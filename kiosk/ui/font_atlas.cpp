#include "font_atlas.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "text/font_coverage.hpp"
#include "text/utf8.hpp"

namespace kiosk::ui {

namespace {

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return static_cast<bool>(in) || in.eof();
}

ImFont* addFont(ImFontAtlas& atlas, std::string& data, float pixels, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // one copy of the file serves every size
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), pixels, &config,
                                      ranges);
}

}  // namespace

bool buildFontAtlas(ImFontAtlas& atlas, const std::vector<NamedText>& texts, const Theme& theme,
                    float screenShortSide, const FontSources& sources, Fonts& fonts,
                    FontAtlasReport& report, std::string& error) {
    auto coverage = FontCoverage::open(sources.regular, sources.face);
    if (!coverage) {
        error = "cannot open font " + sources.regular + " (install fonts-noto-cjk)";
        return false;
    }
    std::set<char32_t> all, headings, reported;
    for (const NamedText& named : texts) {
        for (char32_t c : decodeUtf8(named.text)) {
            if (c < 0x20) continue;
            const bool drawable = c <= 0xFFFF;  // this ImGui build stores glyphs as 16-bit ImWchar
            if (!drawable || !coverage->has(c)) {
                if (reported.insert(c).second) {
                    char code[16];
                    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
                    report.missingGlyphs.push_back(
                        std::string("font lacks \"") + encodeUtf8(c) + "\" (" + code + ")" +
                        (drawable ? "" : " outside the Basic Multilingual Plane") + ", needed by " +
                        named.name);
                }
                continue;
            }
            all.insert(c);
            if (named.heading) headings.insert(c);
        }
    }
    report.glyphCount = static_cast<int>(all.size());

    ImFontGlyphRangesBuilder allBuilder, headingBuilder;
    for (char32_t c : all) allBuilder.AddChar(static_cast<ImWchar>(c));
    for (char32_t c : headings) headingBuilder.AddChar(static_cast<ImWchar>(c));
    ImVector<ImWchar> allRanges, headingRanges;
    allBuilder.BuildRanges(&allRanges);
    headingBuilder.BuildRanges(&headingRanges);

    std::string regular, bold;
    if (!readFile(sources.regular, regular)) {
        error = "cannot read font " + sources.regular;
        return false;
    }
    if (!readFile(sources.bold, bold)) bold = regular;  // a bold face is nice, not required

    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    const auto px = [&](double fraction) { return std::max(8.0f, float(fraction) * screenShortSide); };
    fonts.body = addFont(atlas, regular, px(theme.body), allRanges.Data);
    fonts.caption = addFont(atlas, regular, px(theme.caption), allRanges.Data);
    fonts.title = addFont(atlas, bold, px(theme.title), headingRanges.Data);
    fonts.display = addFont(atlas, bold, px(theme.display), headingRanges.Data);
    // Build now, while the font files and ranges are alive, then drop the inputs:
    // only the rasterised atlas is kept.
    const bool built = atlas.Build();
    atlas.ClearInputData();
    if (!built || !fonts.body || !fonts.caption || !fonts.title || !fonts.display) {
        error = "cannot build the font atlas";
        return false;
    }
    return true;
}

}  // namespace kiosk::ui
