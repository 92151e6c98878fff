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
