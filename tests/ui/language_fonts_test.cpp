// Each language's fonts take its own Han forms: 直, 骨 and 写 are drawn
// differently in Japanese, simplified Chinese, traditional Chinese and Korean
// type, and the atlas draws each from the face of Noto Sans CJK made for it.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

#include "content/pack_texts.hpp"
#include "font_atlas.hpp"
#include "session/language_switch.hpp"
#include "startup.hpp"
#include "support/null_kiosk.hpp"
#include "text/utf8.hpp"

using namespace kiosk;

namespace {

const char* kRegular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
// 直, 骨 and 写 take one form in Japanese and Korean type and another in
// Chinese (骨 a third in traditional); 次, 化 and 道 differ in all four.
const char32_t kHanThatDiffer[] = {U'直', U'骨', U'写', U'次', U'化', U'道'};
const char32_t kHanDifferingInAllFour[] = {U'次', U'化', U'道'};

// A glyph as drawn: its box and its coverage, texel by texel.
struct GlyphPicture {
    int width = 0, height = 0;
    float x0 = 0, y0 = 0, advance = 0;
    std::vector<unsigned char> coverage;
    bool operator==(const GlyphPicture& o) const {
        return width == o.width && height == o.height && x0 == o.x0 && y0 == o.y0 &&
               advance == o.advance && coverage == o.coverage;
    }
    bool operator!=(const GlyphPicture& o) const { return !(*this == o); }
};

GlyphPicture pictureOf(ImFontAtlas& atlas, const ImFont& font, char32_t c) {
    GlyphPicture picture;
    const ImFontGlyph* glyph = font.FindGlyphNoFallback(ImWchar(c));
    if (!glyph) return picture;
    unsigned char* pixels = nullptr;
    int texWidth = 0, texHeight = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &texWidth, &texHeight);
    const int left = int(glyph->U0 * texWidth + 0.5f), top = int(glyph->V0 * texHeight + 0.5f);
    picture.width = int(glyph->U1 * texWidth + 0.5f) - left;
    picture.height = int(glyph->V1 * texHeight + 0.5f) - top;
    picture.x0 = glyph->X0;
    picture.y0 = glyph->Y0;
    picture.advance = glyph->AdvanceX;
    for (int y = 0; y < picture.height; ++y)
        for (int x = 0; x < picture.width; ++x)
            picture.coverage.push_back(pixels[(top + y) * texWidth + left + x]);
    return picture;
}

// The glyph face `faceNo` of the collection draws at `pixels`, rasterised as
// the kiosk's atlas rasterises (FreeType, light hinting, no oversampling), in
// an atlas of its own.
GlyphPicture referenceGlyph(int faceNo, float pixels, char32_t c) {
    ImFontAtlas atlas;
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ImFontConfig config;
    config.FontNo = faceNo;
    config.OversampleH = config.OversampleV = 1;
    config.PixelSnapH = true;
    const ImWchar ranges[] = {ImWchar(c), ImWchar(c), 0};
    ImFont* font = atlas.AddFontFromFileTTF(kRegular, pixels, &config, ranges);
    REQUIRE(font);
    REQUIRE(atlas.Build());
    return pictureOf(atlas, *font, c);
}

// The Han characters, and Hangul for Korean, shown in every language.
std::vector<NamedText> hanInEveryLanguage() {
    std::vector<NamedText> texts;
    for (const Language language : allLanguages())
        texts.push_back({"test", "直骨写次化道", language});
    texts.push_back({"test", "한국어", Language::Korean});
    return texts;
}

}  // namespace

TEST_CASE("each language's Han glyphs come from its own face of the collection") {
    test::ScopedImGui imgui;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    ui::LanguageFonts fonts;
    ui::FontAtlasReport report;
    std::string error;
    // At 1080 px, nothing capped: every face is rasterised at the size it draws.
    REQUIRE(ui::buildFontAtlas(atlas, hanInEveryLanguage(), test::defaultPack().theme, 1080.0f,
                               1.0f, ui::FontSources{}, fonts, report, error));
    REQUIRE(report.capped.empty());
    CHECK(report.fontSets == 4);  // Japanese and English share theirs
    for (const Language language : allLanguages()) CHECK(fonts.has(language));
    CHECK(fonts.of(Language::English).body == fonts.of(Language::Japanese).body);

    const Language hanLanguages[] = {Language::Japanese, Language::ChineseSimplified,
                                     Language::ChineseTraditional, Language::Korean};
    for (const char32_t c : kHanThatDiffer) {
        std::map<Language, GlyphPicture> drawn;
        for (const Language language : hanLanguages) {
            const ImFont& body = *fonts.of(language).body;
            INFO(encodeUtf8(c) << " in " << languageCode(language));
            drawn[language] = pictureOf(atlas, body, c);
            REQUIRE(!drawn[language].coverage.empty());
            CHECK(drawn[language] == referenceGlyph(notoCjkFace(language), body.FontSize, c));
        }
        const bool inAllFour =
            std::find(std::begin(kHanDifferingInAllFour), std::end(kHanDifferingInAllFour), c) !=
            std::end(kHanDifferingInAllFour);
        for (const Language a : hanLanguages)
            for (const Language b : hanLanguages) {
                INFO(encodeUtf8(c) << " in " << languageCode(a) << " and " << languageCode(b));
                const bool chinese =
                    a == Language::ChineseSimplified || a == Language::ChineseTraditional ||
                    b == Language::ChineseSimplified || b == Language::ChineseTraditional;
                const bool bothChinese =
                    a == Language::ChineseSimplified && b == Language::ChineseTraditional;
                // Japanese against Chinese always differs; the rest where listed.
                if (a < b && (inAllFour || (chinese && !bothChinese))) CHECK(drawn[a] != drawn[b]);
            }
    }
}

TEST_CASE("Hangul is in the Korean fonts, and each language's fonts hold only its own texts") {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    ui::FontAtlasReport report;
    std::string error;
    REQUIRE(ui::buildFontAtlas(*ImGui::GetIO().Fonts, hanInEveryLanguage(),
                               test::defaultPack().theme, 1080.0f, 1.0f, ui::FontSources{}, fonts,
                               report, error, {test::kTestAtlasSide}));
    CHECK(report.missingGlyphs.empty());
    const ui::Fonts& korean = fonts.of(Language::Korean);
    for (const ImFont* face : {korean.display, korean.title, korean.body, korean.caption})
        for (const char32_t c : decodeUtf8("한국어")) CHECK(face->FindGlyphNoFallback(ImWchar(c)));
    CHECK_FALSE(fonts.of(Language::Japanese).body->FindGlyphNoFallback(ImWchar(U'한')));
}

TEST_CASE("a Japanese and English pack builds one set of fonts, as before there were more") {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    const bool fiveLanguages = packLanguages(test::defaultPack()).size() > 2;
    if (fiveLanguages) return;  // the fixture below covers five
    CHECK(fonts.has(Language::Japanese));
    CHECK(fonts.has(Language::English));
    CHECK_FALSE(fonts.has(Language::Korean));
    // A language the pack does not offer still has fonts to draw with.
    CHECK(fonts.of(Language::Korean).body == fonts.of(Language::Japanese).body);
}

namespace {

// The default pack offering five languages, with a few texts in each of the
// three it lacks (the rest fall back per item), whatever it has already.
Pack fiveLanguagePack() {
    Pack pack = test::defaultPack();
    pack.manifest.languages = {"ja", "en", "zh-Hans", "zh-Hant", "ko"};
    pack.manifest.title.zhHans = "特别区全国合作项目";
    pack.manifest.title.zhHant = "特別區全國合作計畫";
    pack.manifest.title.ko = "특별구 전국 연계 프로젝트";
    pack.strings["home"].ko = "홈";
    pack.strings["home"].zhHans = "首页";
    Event& first = pack.events.front();
    first.title.zhHant = "骨直寫與體驗交流會";
    first.summary.ko = "직접 만나 배우는 교류회";
    return pack;
}

}  // namespace

TEST_CASE(
    "every text of a five-language pack has its glyphs in the fonts of each language "
    "it is shown in") {
    test::ScopedImGui imgui;
    const Pack pack = fiveLanguagePack();
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(pack, 1080.0f, fonts));
    const std::vector<Language> languages = packLanguages(pack);
    REQUIRE(languages.size() == 5);
    std::vector<NamedText> shown = collectShownTexts(pack, languages, companionLanguage);
    for (NamedText& t : inEachLanguage(builtInTexts(), languages)) shown.push_back(std::move(t));
    int checked = 0;
    for (const NamedText& named : shown) {
        REQUIRE(fonts.has(named.language));
        const ui::Fonts& f = fonts.of(named.language);
        for (const char32_t c : decodeUtf8(named.text)) {
            if (c < 0x20) continue;
            ++checked;
            for (const ImFont* face : {f.display, f.title, f.body, f.caption}) {
                INFO(named.name << ": U+" << std::hex << unsigned(c));
                CHECK(face->FindGlyphNoFallback(ImWchar(c)));
            }
        }
    }
    CHECK(checked > 1000);
    // Korean's own fonts have the Hangul; Japanese ones are not given it.
    CHECK(fonts.of(Language::Korean).title->FindGlyphNoFallback(ImWchar(U'홈')));
    CHECK_FALSE(fonts.of(Language::Japanese).title->FindGlyphNoFallback(ImWchar(U'홈')));
}
