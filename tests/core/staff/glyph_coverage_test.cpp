#include <algorithm>
#include <catch2/catch.hpp>

#include "staff/glyph_coverage.hpp"
#include "text/utf8.hpp"

using namespace kiosk;

namespace {

FaceGlyphs face(Language language, const std::string& name, const std::string& characters) {
    FaceGlyphs f{language, name, {}};
    for (const char32_t c : decodeUtf8(characters)) f.codepoints.push_back(c);
    std::sort(f.codepoints.begin(), f.codepoints.end());
    return f;
}

}  // namespace

TEST_CASE("every character of every text is checked against each face of its language") {
    const std::vector<FaceGlyphs> faces = {
        face(Language::Japanese, "title", "川越市 "),
        face(Language::Japanese, "body", "川越市 "),
        face(Language::Korean, "title (ko)", "가나"),
    };
    const std::vector<NamedText> texts = {
        {"events/2016.json: /events/0/title (ja)", "川越市", Language::Japanese},
        {"strings.json: /home (ko)", "가나", Language::Korean},
    };
    const GlyphCoverage c = checkGlyphCoverage(texts, faces);
    CHECK(c.texts == 2);
    CHECK(c.characters == 3 + 2);
    CHECK(c.missing.empty());
}

TEST_CASE("a character a face lacks is named once per face, with the first text needing it") {
    const std::vector<FaceGlyphs> faces = {
        face(Language::Japanese, "title", "川市"),
        face(Language::Japanese, "body", "川越市"),
        face(Language::English, "title", "abc"),
    };
    const std::vector<NamedText> texts = {
        {"events/2016.json: /events/0/title (ja)", "川越市", Language::Japanese},
        {"events/2017.json: /events/3/title (ja)", "越\n越", Language::Japanese},
    };
    const GlyphCoverage c = checkGlyphCoverage(texts, faces);
    REQUIRE(c.missing.size() == 1);
    CHECK(c.missing[0].codepoint == U'越');
    CHECK(c.missing[0].face == "title");
    CHECK(c.missing[0].text == "events/2016.json: /events/0/title (ja)");
    CHECK(codepointLabel(c.missing[0].codepoint) == "U+8D8A");
    // The line break is not a character drawn.
    CHECK(c.characters == 3 + 2);
}

TEST_CASE("a language with no faces is not checked") {
    const GlyphCoverage c =
        checkGlyphCoverage({{"strings.json: /home (ko)", "가", Language::Korean}},
                           {face(Language::Japanese, "title", "川")});
    CHECK(c.texts == 1);
    CHECK(c.characters == 0);
    CHECK(c.missing.empty());
}

TEST_CASE(
    "a language's faces read from the font files hold what its texts need that the font draws") {
    const std::string regular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    const std::string bold = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
    // U+E000 is a private-use character: no font of Noto Sans CJK draws it.
    const std::vector<NamedText> texts = {
        {"strings.json: /home (ko)", "홈 \u5DDD\uE000", Language::Korean},
        {"strings.json: /home (ja)", "ホーム", Language::Japanese},
    };
    const std::vector<FaceGlyphs> faces =
        fontFileGlyphTables(texts, Language::Korean, regular, bold);
    REQUIRE(faces.size() == 4);
    std::vector<std::string> names;
    for (const FaceGlyphs& f : faces) {
        names.push_back(f.face);
        CHECK(f.language == Language::Korean);
        // The Korean text's own characters, not the Japanese text's.
        CHECK(f.codepoints == std::vector<char32_t>{U' ', U'\u5DDD', U'\uD648'});
    }
    CHECK(names ==
          std::vector<std::string>{"display (ko)", "title (ko)", "body (ko)", "caption (ko)"});

    const GlyphCoverage c = checkGlyphCoverage(texts, faces);
    REQUIRE(c.missing.size() == 4);  // once in each face
    CHECK(c.missing.front().codepoint == 0xE000);
    CHECK(c.missing.front().text == "strings.json: /home (ko)");

    CHECK(fontFileGlyphTables(texts, Language::Korean, "/no/such/font.ttc", bold).empty());
}
