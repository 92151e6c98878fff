// The glyph watch: what the text helpers draw is checked against the face it
// is drawn in, and each missing character is reported once per face.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "glyph_watch.hpp"
#include "paint.hpp"
#include "support/null_kiosk.hpp"
#include "text_block.hpp"

using namespace kiosk;

namespace {

// "鬱" is nowhere in the default pack, so no face of its atlas has it; "😀" is
// beyond what this ImGui stores glyphs for.
const std::string kAbsentKanji = "鬱";
const std::string kEmoji = "\U0001F600";

struct WatchedFonts {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    std::vector<ui::MissingGlyph> heard;
    ui::GlyphWatch watch{[this](const ui::MissingGlyph& m) { heard.push_back(m); }};

    WatchedFonts() {
        REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
        watch.watch(fonts);
    }
};

}  // namespace

TEST_CASE("text the pack has draws with no missing glyph in any face") {
    WatchedFonts f;
    for (ImFont* font : {f.fonts.display, f.fonts.title, f.fonts.body, f.fonts.caption})
        f.watch.check(font, test::defaultPack().manifest.title.ja);
    CHECK(f.watch.missing().empty());
    CHECK(f.heard.empty());
}

TEST_CASE("a missing glyph is reported once per character and face, with both named") {
    WatchedFonts f;
    const std::string text = "東京" + kAbsentKanji + "と" + kAbsentKanji + kEmoji;
    f.watch.check(f.fonts.title, text);
    f.watch.check(f.fonts.title, text);  // the next frame: nothing new
    f.watch.check(f.fonts.body, text);
    REQUIRE(f.watch.missing().size() == 4);
    CHECK(f.heard.size() == 4);
    CHECK(ui::describe(f.watch.missing()[0]) == "missing glyph U+9B31 in title (鬱)");
    CHECK(ui::describe(f.watch.missing()[1]) == "missing glyph U+1F600 in title (😀)");
    CHECK(f.watch.missing()[2].face == "body");
    CHECK(f.watch.missing()[3].face == "body");
}

TEST_CASE("line breaks are not glyphs, and broken UTF-8 is checked as U+FFFD is drawn") {
    WatchedFonts f;
    f.watch.check(f.fonts.caption, std::string("a\nb\r\tc"));
    CHECK(f.watch.missing().empty());
    f.watch.check(f.fonts.caption, std::string("\xE9\x9B"));  // a cut sequence
    for (const auto& m : f.watch.missing()) CHECK(m.codepoint == 0xFFFD);
}

TEST_CASE("the text helpers report to the watch in scope, and to none after it") {
    WatchedFonts f;
    ImGui::GetIO().DisplaySize = ImVec2(640, 360);
    ImGui::NewFrame();
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    {
        const ui::GlyphWatchScope watching(f.watch);
        ui::drawCenteredLine(list, f.fonts.display, kAbsentKanji, 320, 10, 600, 0xFFFFFFFF);
        ui::drawLaidOut(list, f.fonts.body, ui::layoutWith(f.fonts.body, kAbsentKanji, 600), 0, 0,
                        0xFFFFFFFF);
        ui::textWidth(f.fonts.caption, kAbsentKanji);
    }
    ui::textWidth(f.fonts.title, kAbsentKanji);  // no watch in scope: unchecked
    ImGui::EndFrame();
    REQUIRE(f.watch.missing().size() == 3);
    CHECK(f.watch.missing()[0].face == "display");
    CHECK(f.watch.missing()[1].face == "body");
    CHECK(f.watch.missing()[2].face == "caption");
}
