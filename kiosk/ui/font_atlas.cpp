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

// `merge`: the glyphs go into the font added last (ImGui's MergeMode).
ImFont* addFont(ImFontAtlas& atlas, const MappedFile& file, int faceNo, float pixels,
                const ImWchar* ranges, bool merge = false) {
    ImFontConfig config;
    config.MergeMode = merge;
    config.FontNo = faceNo;  // the face of a collection: a language's Han forms
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

// The characters of `texts` that `coverage`'s font can draw; each one it
// cannot is one line in `missing`, naming the font and a string that needs it,
// but those `fallback`'s font (the regular one, for the bold) stands in for
// are one line together.
std::set<char32_t> drawableCharacters(const std::vector<NamedText>& texts,
                                      const FontCoverage& coverage, const std::string& fontLabel,
                                      std::vector<std::string>& missing,
                                      const FontCoverage* fallback = nullptr) {
    std::set<char32_t> drawable, reported;
    std::u32string stoodIn;
    for (const NamedText& named : texts) {
        for (char32_t c : decodeUtf8(named.text)) {
            if (c < 0x20 || drawable.count(c)) continue;
            const bool inPlane = c <= 0xFFFF;  // this ImGui build stores glyphs as 16-bit ImWchar
            if (inPlane && coverage.has(c)) {
                drawable.insert(c);
                continue;
            }
            if (!reported.insert(c).second) continue;
            if (inPlane && fallback && fallback->has(c)) {
                stoodIn += c;
                continue;
            }
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            missing.push_back("the " + fontLabel + " lacks \"" + encodeUtf8(c) + "\" (" + code +
                              ")" + (inPlane ? "" : " outside the Basic Multilingual Plane") +
                              ", needed by " + named.name);
        }
    }
    if (!stoodIn.empty()) {
        const size_t shown = 40;  // a sample is enough to tell which script it is
        missing.push_back("the " + fontLabel + " lacks " + std::to_string(stoodIn.size()) +
                          " characters the regular font has, drawn from that instead: " +
                          encodeUtf8(stoodIn.substr(0, shown)) +
                          (stoodIn.size() > shown ? "…" : ""));
    }
    return drawable;
}

// The theme's four faces in the order they go into the atlas: the regular
// font for running text, the bold one for headings and display type.
struct FaceSpec {
    const char* name;
    bool bold;
    double Theme::*size;  // a share of the screen's shorter side
};
constexpr FaceSpec kFaces[] = {{"body", false, &Theme::body},
                               {"caption", false, &Theme::caption},
                               {"title", true, &Theme::title},
                               {"display", true, &Theme::display}};
constexpr int kFaceCount = 4;

// Where one face's glyphs come from: its font file, and, when that is a bold
// file lacking characters the regular one has, those from the regular font
// (set in regular weight in a bold line rather than shown as "?").
struct FaceGlyphs {
    const MappedFile* file = nullptr;
    int faceNo = 0;                 // in `file` and in the regular font
    std::set<char32_t> characters;  // every one the face holds
    ImVector<ImWchar> ranges;       // the ones from `file`
    ImVector<ImWchar> fillRanges;   // the ones from the regular font; empty: none
};

// Rasterises the four faces into `atlas` as `plan`s for `request`, planning
// again for a fuller packing while the atlas comes out over the limit (the
// plan's glyph sizes are a guess). False, with `error`, when it cannot.
bool rasterise(ImFontAtlas& atlas, const std::vector<FaceGlyphs>& faces, const MappedFile& regular,
               const std::vector<AtlasFont>& request, const AtlasLimits& limits,
               std::vector<ImFont*>& builtFonts, AtlasPlan& plan, std::string& error) {
    builtFonts.assign(faces.size(), nullptr);
    ImFont** built = builtFonts.data();
    AtlasLimits tried = limits;
    for (int attempt = 0;; ++attempt) {
        plan = planGlyphAtlas(request, tried);
        if (!plan.fits) {
            error = "the font atlas cannot hold " + std::to_string(request.front().glyphs) +
                    " characters in each of its faces within " + std::to_string(limits.maxSide) +
                    " pixels a side";
            return false;
        }
        clearFontAtlas(atlas);  // from an earlier attempt
        atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
        atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
        atlas.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
        atlas.TexDesiredWidth = plan.width;
        const int count = int(faces.size());
        for (int i = 0; i < count; ++i) {
            const FaceGlyphs& face = faces[i];
            built[i] =
                addFont(atlas, *face.file, face.faceNo, plan.rasterPixels[i], face.ranges.Data);
            if (!face.fillRanges.empty())
                addFont(atlas, regular, face.faceNo, plan.rasterPixels[i], face.fillRanges.Data,
                        true);
        }
        // Build now, while the font files and ranges are alive.
        if (!atlas.Build() || std::find(built, built + count, nullptr) != built + count) {
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
    return true;
}

std::string cappedLine(const AtlasPlan& plan, float largest, const ImFontAtlas& atlas,
                       const AtlasLimits& limits) {
    char line[240];
    std::snprintf(line, sizeof line,
                  "type over %.0f px is rasterised at %.0f px and drawn scaled up (the "
                  "largest, %.0f px, %.1f times): the glyph atlas is %dx%d, within %d pixels "
                  "a side and %.0f px a glyph",
                  plan.capPixels, plan.capPixels, largest, largest / plan.capPixels, atlas.TexWidth,
                  atlas.TexHeight, limits.maxSide, limits.maxRasterPixels);
    return line;
}

// One language group's fonts: the four faces of one face of the collection,
// from the texts shown in the languages that take their Han forms from it.
struct FontSet {
    int faceNo = 0;
    std::vector<Language> languages;
    std::vector<NamedText> texts;
};

std::vector<FontSet> fontSets(const std::vector<NamedText>& texts, bool collection) {
    std::vector<FontSet> sets;
    for (const Language language : allLanguages()) {
        const int faceNo = collection ? notoCjkFace(language) : 0;
        std::vector<NamedText> shown;
        for (const NamedText& named : texts)
            if (named.language == language) shown.push_back(named);
        if (shown.empty()) continue;
        auto same = std::find_if(sets.begin(), sets.end(),
                                 [faceNo](const FontSet& s) { return s.faceNo == faceNo; });
        if (same == sets.end()) same = sets.insert(sets.end(), FontSet{faceNo, {}, {}});
        same->languages.push_back(language);
        same->texts.insert(same->texts.end(), shown.begin(), shown.end());
    }
    return sets;
}

// The font files, mapped: the bold one where it opens, and whether the
// regular one is a collection with a face per language.
struct FontFiles {
    MappedFile regular, bold;
    bool hasBold = false;
    bool collection = false;  // the regular file has a face per language

    explicit FontFiles(const FontSources& sources) : regular(sources.regular), bold(sources.bold) {}
    const MappedFile& boldOrRegular() const { return hasBold ? bold : regular; }
};

// The four faces of `set` as FaceGlyphs, appended to `faces`, each holding
// every character of the set's texts its font can draw.
bool addFaces(const FontSet& set, const FontFiles& files, const FontSources& sources,
              std::vector<FaceGlyphs>& faces, FontAtlasReport& report, std::string& error) {
    auto regularCoverage = FontCoverage::open(sources.regular, set.faceNo);
    if (!regularCoverage || !files.regular.valid()) {
        error = "cannot open font " + sources.regular + " (install fonts-noto-cjk)";
        return false;
    }
    auto boldCoverage = files.hasBold ? FontCoverage::open(sources.bold, set.faceNo) : nullptr;
    // The Japanese face's lines read as they did before there were others.
    const std::string in = set.faceNo == 0
                               ? std::string()
                               : " for " + std::string(languageCode(set.languages.front()));
    const std::set<char32_t> regularChars = drawableCharacters(
        set.texts, *regularCoverage, "regular font (body, caption)" + in, report.missingGlyphs);
    const std::set<char32_t> boldChars =
        boldCoverage
            ? drawableCharacters(set.texts, *boldCoverage, "bold font (title, display)" + in,
                                 report.missingGlyphs, regularCoverage.get())
            : regularChars;
    report.glyphCount += static_cast<int>(regularChars.size());
    // What the bold font lacks and the regular one has comes from the regular.
    std::set<char32_t> boldFill;
    for (char32_t c : regularChars)
        if (!boldChars.count(c)) boldFill.insert(c);
    for (const FaceSpec& spec : kFaces) {
        FaceGlyphs face;
        face.file = spec.bold ? &files.boldOrRegular() : &files.regular;
        face.faceNo = set.faceNo;
        face.characters = spec.bold ? boldChars : regularChars;
        face.ranges = glyphRanges(face.characters);
        if (spec.bold && !boldFill.empty()) {
            face.fillRanges = glyphRanges(boldFill);
            face.characters.insert(boldFill.begin(), boldFill.end());
        }
        faces.push_back(std::move(face));
    }
    return true;
}

// Each language's fonts: its set's, or the first set's where none is its own.
LanguageFonts languageFonts(const std::vector<FontSet>& sets, const std::vector<ImFont*>& built) {
    auto setFonts = [&built](size_t s) {
        ImFont* const* f = &built[s * kFaceCount];  // body, caption, title, display
        return Fonts{f[3], f[2], f[0], f[1]};
    };
    LanguageFonts fonts;
    fonts.byLanguage.fill(setFonts(0));
    for (size_t s = 0; s < sets.size(); ++s)
        for (const Language language : sets[s].languages) {
            fonts.byLanguage[languageIndex(language)] = setFonts(s);
            fonts.built[languageIndex(language)] = true;
        }
    return fonts;
}

}  // namespace

void clearFontAtlas(ImFontAtlas& atlas) {
    releaseMappedFontData(atlas);  // Clear() would free it
    atlas.Clear();
}

bool buildFontAtlas(ImFontAtlas& atlas, const std::vector<NamedText>& texts, const Theme& theme,
                    float screenShortSide, float textScale, const FontSources& sources,
                    LanguageFonts& fonts, FontAtlasReport& report, std::string& error,
                    const AtlasLimits& limits) {
    report = {};
    FontFiles files(sources);
    // Bold is nice, not required: without it, headings are set in the regular font.
    files.hasBold = files.bold.valid() && FontCoverage::open(sources.bold, 0) != nullptr;
    files.collection =
        hasFacePerLanguage(sources.regular, files.hasBold ? sources.bold : std::string());
    std::vector<FontSet> sets = fontSets(texts, files.collection);
    if (sets.empty()) sets.push_back(FontSet{0, {Language::Japanese}, {}});

    // Every face holds every character its font can draw, whatever the screens
    // draw in it today: a summary set in bold on a slide finds its glyphs.
    std::vector<FaceGlyphs> faces;
    for (const FontSet& set : sets)
        if (!addFaces(set, files, sources, faces, report, error)) return false;
    std::vector<float> wanted;
    std::vector<AtlasFont> request;
    for (size_t i = 0; i < faces.size(); ++i) {
        const FaceSpec& spec = kFaces[i % kFaceCount];
        wanted.push_back(std::max(8.0f, float(theme.*spec.size) * screenShortSide * textScale));
        request.push_back({wanted.back(), int(faces[i].characters.size())});
    }

    std::vector<ImFont*> built;
    AtlasPlan plan;
    if (!rasterise(atlas, faces, files.regular, request, limits, built, plan, error)) return false;

    for (size_t i = 0; i < faces.size(); ++i) {
        drawAtSize(*built[i], wanted[i]);
        int lost = 0;
        for (char32_t c : faces[i].characters)
            if (!built[i]->FindGlyphNoFallback(static_cast<ImWchar>(c))) ++lost;
        if (lost > 0)
            report.missingGlyphs.push_back("the glyph atlas lost " + std::to_string(lost) +
                                           " characters of the " + kFaces[i % kFaceCount].name +
                                           " face");
    }
    fonts = languageFonts(sets, built);
    report.fontSets = int(sets.size());
    report.atlasWidth = atlas.TexWidth;
    report.atlasHeight = atlas.TexHeight;
    if (plan.capPixels > 0)
        report.capped =
            cappedLine(plan, *std::max_element(wanted.begin(), wanted.end()), atlas, limits);
    return true;
}

}  // namespace kiosk::ui
