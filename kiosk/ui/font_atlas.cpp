#include "font_atlas.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "system/mapped_file.hpp"
#include "text/atlas_plan.hpp"
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

// Makes a font rasterised smaller than `pixels` (a capped size) draw at
// `pixels`: its metrics grow, its texels stay, and the quads drawn for its
// glyphs stretch them (glyph_sampling samples such an atlas bilinear). Text
// code keeps drawing every font at font->FontSize and lays it out the same.
void drawAtSize(ImFont& font, float pixels) {
    const float scale = pixels / font.FontSize;
    if (scale == 1.0f) return;
    for (ImFontGlyph& glyph : font.Glyphs) {
        glyph.X0 *= scale;
        glyph.Y0 *= scale;
        glyph.X1 *= scale;
        glyph.Y1 *= scale;
        glyph.AdvanceX *= scale;
    }
    font.FontSize = pixels;
    font.Ascent *= scale;
    font.Descent *= scale;
    font.BuildLookupTable();  // the advances it caches, the tab and fallback glyphs
}

}  // namespace

bool buildFontAtlas(ImFontAtlas& atlas, const std::vector<NamedText>& texts, const Theme& theme,
                    float screenShortSide, const FontSources& sources, Fonts& fonts,
                    FontAtlasReport& report, std::string& error, const AtlasLimits& limits) {
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

    const std::set<char32_t>* const sets[] = {&all, &all, &headings, &display};
    const ImVector<ImWchar> ranges[] = {glyphRanges(all), glyphRanges(all), glyphRanges(headings),
                                        glyphRanges(display)};

    const MappedFile regular(sources.regular);
    if (!regular.valid()) {
        error = "cannot read font " + sources.regular;
        return false;
    }
    const MappedFile boldFile(sources.bold);
    const MappedFile& bold = boldFile.valid() ? boldFile : regular;  // bold is nice, not required
    const MappedFile* const files[] = {&regular, &regular, &bold, &bold};

    const auto px = [&](double fraction) {
        return std::max(8.0f, float(fraction) * screenShortSide);
    };
    const float wanted[] = {px(theme.body), px(theme.caption), px(theme.title), px(theme.display)};
    std::vector<AtlasFont> request;
    for (int i = 0; i < 4; ++i) request.push_back({wanted[i], int(sets[i]->size())});

    // The plan's glyph sizes are a guess; should the packed atlas come out
    // taller than allowed anyway, plan again for a fuller packing.
    AtlasLimits tried = limits;
    ImFont* built[4] = {};
    AtlasPlan plan;
    for (int attempt = 0;; ++attempt) {
        plan = planGlyphAtlas(request, tried);
        if (!plan.fits) {
            error = "the font atlas cannot hold " + std::to_string(all.size()) +
                    " characters within " + std::to_string(limits.maxSide) + " pixels a side";
            return false;
        }
        releaseMappedFontData(atlas);  // from an earlier attempt: Clear() would free it
        atlas.Clear();
        atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
        atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
        atlas.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
        atlas.TexDesiredWidth = plan.width;
        for (int i = 0; i < 4; ++i)
            built[i] = addFont(atlas, *files[i], plan.rasterPixels[i], ranges[i].Data);
        // Build now, while the font files and ranges are alive.
        if (!atlas.Build() || std::find(built, built + 4, nullptr) != built + 4) {
            releaseMappedFontData(atlas);
            error = "cannot build the font atlas";
            return false;
        }
        const int side = std::max(atlas.TexWidth, atlas.TexHeight);
        if (side <= limits.maxSide) break;
        if (attempt == 2) {
            releaseMappedFontData(atlas);
            error = "the font atlas came out " + std::to_string(atlas.TexWidth) + "x" +
                    std::to_string(atlas.TexHeight) + ", over " + std::to_string(limits.maxSide) +
                    " pixels a side";
            return false;
        }
        tried.packedShare *= 0.9f * float(limits.maxSide) / float(side);
    }
    // Only the rasterised atlas is kept.
    releaseMappedFontData(atlas);
    atlas.ClearInputData();

    for (int i = 0; i < 4; ++i) {
        drawAtSize(*built[i], wanted[i]);
        int lost = 0;
        for (char32_t c : *sets[i])
            if (!built[i]->FindGlyphNoFallback(static_cast<ImWchar>(c))) ++lost;
        if (lost > 0)
            report.missingGlyphs.push_back("the glyph atlas lost " + std::to_string(lost) +
                                           " characters of the " + std::to_string(int(wanted[i])) +
                                           " px type");
    }
    fonts = {built[3], built[2], built[0], built[1]};
    report.atlasWidth = atlas.TexWidth;
    report.atlasHeight = atlas.TexHeight;
    if (plan.capPixels > 0) {
        const float largest = *std::max_element(wanted, wanted + 4);
        char line[240];
        std::snprintf(line, sizeof line,
                      "type over %.0f px is rasterised at %.0f px and drawn scaled up (the "
                      "largest, %.0f px, %.1f times): the glyph atlas is %dx%d, within %d pixels "
                      "a side and %.0f px a glyph",
                      plan.capPixels, plan.capPixels, largest, largest / plan.capPixels,
                      atlas.TexWidth, atlas.TexHeight, limits.maxSide, limits.maxRasterPixels);
        report.capped = line;
    }
    return true;
}

}  // namespace kiosk::ui
