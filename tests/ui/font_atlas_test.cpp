// The glyph atlas: every character of the pack in every face, the bold faces
// included, whatever the screens set in them.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <sys/stat.h>

#include <set>

#include "content/pack_texts.hpp"
#include "font_atlas.hpp"
#include "support/null_kiosk.hpp"
#include "text/utf8.hpp"

using namespace kiosk;

namespace {

// Every character of the pack's texts in the languages that share
// `language`'s Han forms: what each face of its fonts must hold.
std::set<char32_t> packCharacters(Language language = Language::Japanese) {
    std::set<char32_t> all;
    for (const NamedText& named : collectPackTexts(test::defaultPack()))
        if (notoCjkFace(named.language) == notoCjkFace(language))
            for (char32_t c : decodeUtf8(named.text))
                if (c >= 0x20) all.insert(c);
    return all;
}

// The characters of the pack that `font` has no glyph for.
int lacking(const ImFont& font, const std::set<char32_t>& characters) {
    int count = 0;
    for (char32_t c : characters) count += font.FindGlyphNoFallback(ImWchar(c)) ? 0 : 1;
    return count;
}

bool exists(const char* path) {
    struct stat st {};
    return stat(path, &st) == 0;
}

}  // namespace

TEST_CASE("every face holds every character of the pack, summaries in the bold faces too") {
    test::ScopedImGui imgui;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ui::LanguageFonts built;
    ui::FontAtlasReport report;
    std::string error;
    REQUIRE(ui::buildFontAtlas(atlas, collectPackTexts(test::defaultPack()),
                               test::defaultPack().theme, 1080.0f, 1.0f, ui::FontSources{}, built,
                               report, error, test::testAtlasLimits()));
    CHECK(report.missingGlyphs.empty());
    int glyphs = 0;
    for (const Language language : allLanguages()) {
        if (!built.has(language)) continue;
        const std::set<char32_t> all = packCharacters(language);
        if (language != Language::English) glyphs += int(all.size());  // shares ja's
        const ui::Fonts& f = built.of(language);
        for (const ImFont* font : {f.display, f.title, f.body, f.caption})
            CHECK(lacking(*font, all) == 0);
    }
    CHECK(report.glyphCount == glyphs);
}

TEST_CASE("a bold font without kanji draws them from the regular font, not as \"?\"") {
    // DejaVu Sans Bold has Latin letters and no kanji (fonts-dejavu-core, on
    // almost every Debian system; the kiosk itself does not need it).
    const char* latinBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    if (!exists(latinBold)) {
        WARN("no " << latinBold << ": nothing to check the bold fallback with");
        return;
    }
    test::ScopedImGui imgui;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ui::FontSources sources;
    sources.bold = latinBold;
    ui::LanguageFonts built;
    ui::FontAtlasReport report;
    std::string error;
    REQUIRE(ui::buildFontAtlas(atlas, collectPackTexts(test::defaultPack()),
                               test::defaultPack().theme, 1080.0f, 1.0f, sources, built, report,
                               error, test::testAtlasLimits()));
    const ui::Fonts& fonts = built.of(Language::Japanese);
    const std::set<char32_t> all = packCharacters();
    for (const ImFont* font : {fonts.display, fonts.title, fonts.body, fonts.caption})
        CHECK(lacking(*font, all) == 0);
    // One line says so, with a sample of the characters.
    REQUIRE(report.missingGlyphs.size() == 1);
    CHECK_THAT(report.missingGlyphs[0],
               Catch::StartsWith("the bold font (title, display) lacks ") &&
                   Catch::Contains(" characters the regular font has, drawn from that instead: "));
}
