#include "font_atlas.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <set>

#include "system/mapped_file.hpp"
#include "text/font_coverage.hpp"
#include "text/utf8.hpp"

namespace kiosk::ui {

namespace {

ImFont* addFont(ImFontAtlas& atlas, const MappedFile& file, float pixels, const ImWchar* ranges) {
    ImFontConfig config;
    // ImGui 1.86 copies font data it does not own: 20 MB per size for a CJK
    // collection. Claiming ownership avoids the copies; releaseMappedFontData()
    // hands the mapping back before ImGui could free it.
    config.FontDataOwnedByAtlas = true;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    // ImGui takes a non-const pointer but only reads font data.
    return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(file.data()),
                                      static_cast<int>(file.size()), pixels, &config, ranges);
}

ImVector<ImWchar> glyphRanges(const std::set<char32_t>& characters) {
    ImFontGlyphRangesBuilder builder;
    for (char32_t c : characters) builder.AddChar(static_cast<ImWchar>(c));
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    return ranges;
}

// Forgets the mapped font data so that ImGui never frees memory it did not allocate.
void releaseMappedFontData(ImFontAtlas& atlas) {
    for (ImFontConfig& config : atlas.ConfigData) {
        config.FontData = nullptr;
        config.FontDataSize = 0;
        config.FontDataOwnedByAtlas = false;
    }
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
    std::set<char32_t> all, headings, display, reported;
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
            if (named.largest != NamedText::Size::Body) headings.insert(c);
            if (named.largest == NamedText::Size::Display) display.insert(c);
        }
    }
    report.glyphCount = static_cast<int>(all.size());

    const ImVector<ImWchar> allRanges = glyphRanges(all);
    const ImVector<ImWchar> headingRanges = glyphRanges(headings);
    const ImVector<ImWchar> displayRanges = glyphRanges(display);

    const MappedFile regular(sources.regular);
    if (!regular.valid()) {
        error = "cannot read font " + sources.regular;
        return false;
    }
    const MappedFile boldFile(sources.bold);
    const MappedFile& bold = boldFile.valid() ? boldFile : regular;  // bold is nice, not required

    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    const auto px = [&](double fraction) {
        return std::max(8.0f, float(fraction) * screenShortSide);
    };
    fonts.body = addFont(atlas, regular, px(theme.body), allRanges.Data);
    fonts.caption = addFont(atlas, regular, px(theme.caption), allRanges.Data);
    fonts.title = addFont(atlas, bold, px(theme.title), headingRanges.Data);
    fonts.display = addFont(atlas, bold, px(theme.display), displayRanges.Data);
    // Build now, while the font files and ranges are alive, then drop the inputs:
    // only the rasterised atlas is kept.
    const bool built = atlas.Build();
    releaseMappedFontData(atlas);
    atlas.ClearInputData();
    if (!built || !fonts.body || !fonts.caption || !fonts.title || !fonts.display) {
        error = "cannot build the font atlas";
        return false;
    }
    return true;
}

}  // namespace kiosk::ui
