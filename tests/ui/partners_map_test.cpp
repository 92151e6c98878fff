// The partners screen's cards and the map screen, laid out with the real fonts
// on a NullDisplay at the sizes the kiosk runs at, in both languages.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "screens/association_card.hpp"
#include "screens/map_panel.hpp"
#include "screens/map_screen.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

struct ScreenSize {
    int width, height;
};
const ScreenSize kSizes[] = {{1920, 1080}, {1080, 1920}, {1280, 720}, {720, 1280}};

// What a screen is given below a bar of the shell's height, at the top or at the bottom.
ui::UiContext contextFor(const ui::Fonts& fonts, ScreenSize size, Language language,
                         bool barAtBottom) {
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.language = language;
    ui.fonts = &fonts;
    ui.screen = Rect{0, 0, float(size.width), float(size.height)};
    ui.unit = float(std::min(size.width, size.height)) / 1080.0f;
    const float bar = 136.0f * ui.unit;
    ui.area = Rect{0, barAtBottom ? 0.0f : bar, ui.screen.w, ui.screen.h - bar};
    return ui;
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() + 0.01f &&
           inner.bottom() <= outer.bottom() + 0.01f;
}

std::string describe(const Rect& r) {
    return std::to_string(r.x) + "," + std::to_string(r.y) + " " + std::to_string(r.w) + "x" +
           std::to_string(r.h);
}

void checkCards(const ui::UiContext& ui) {
    const float width = ui::associationCardWidth(ui);
    CHECK(width >= ui.px(400) - 0.01f);
    for (const Association& as : ui.pack->associations) {
        INFO(as.id);
        // Measured, then laid out in a taller card (a neighbour's height) as the screen does.
        const float natural = ui::layoutAssociationCard(ui, as, Rect{0, 0, width, 0}).naturalHeight;
        for (float extra : {0.0f, ui.px(90)}) {
            const Rect card{ui.area.x + ui.margin(), ui.area.y, width, natural + extra};
            const ui::AssociationCardLayout l = ui::layoutAssociationCard(ui, as, card);
            for (const LaidOutText* text : {&l.title, &l.summary, &l.count, &l.date})
                CHECK_FALSE(text->truncated);
            CHECK(l.title.lines.size() <= 3);
            const std::vector<std::pair<const char*, Rect>> parts = {
                {"title", l.titleBox}, {"summary", l.summaryBox},  {"count", l.countBox},
                {"date", l.dateBox},   {"thumbnail", l.thumbnail}, {"footer", l.footer}};
            for (size_t i = 0; i < parts.size(); ++i) {
                INFO(parts[i].first << " at " << describe(parts[i].second) << " in card "
                                    << describe(card));
                CHECK(inside(parts[i].second, card));
                for (size_t j = i + 1; j < parts.size(); ++j) {
                    INFO("and " << parts[j].first << " at " << describe(parts[j].second));
                    CHECK_FALSE(overlap(parts[i].second, parts[j].second));
                }
            }
        }
    }
}

// WCAG 2 contrast ratio of two 0xRRGGBB colours (1 to 21).
double contrast(uint32_t a, uint32_t b) {
    const auto luminance = [](uint32_t rgb) {
        double sum = 0;
        const double weights[] = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; ++i) {
            const double c = double((rgb >> (16 - 8 * i)) & 0xFF) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("the partner cards' and the map panel's colours reach their contrast") {
    const Theme& t = test::defaultPack().theme;
    // Text on the cards and the panel (both the surface colour): 4.5:1.
    for (uint32_t ink : {t.text, t.muted, t.accent}) CHECK(contrast(ink, t.surface) >= 4.5);
    // Map labels and the credit on their solid plates (the background colour).
    for (uint32_t ink : {t.text, t.muted, t.accent}) CHECK(contrast(ink, t.background) >= 4.5);
    // Controls against what surrounds them: 3:1.
    CHECK(contrast(ui::associationCardEdge(t), t.background) >= 3.0);
    CHECK(contrast(ui::mapPanelControlEdge(t), t.surface) >= 3.0);
    // The scroll bar's thumb (the muted colour) on the panel and on the background.
    CHECK(contrast(t.muted, t.surface) >= 3.0);
    CHECK(contrast(t.muted, t.background) >= 3.0);
}

TEST_CASE("partner cards hold their whole name, summary and facts, nothing overlapping") {
    for (const ScreenSize size : kSizes) {
        test::ScopedImGui imgui;
        ui::Fonts fonts;
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(std::min(size.width, size.height)),
                                     fonts));
        for (Language language : {Language::Japanese, Language::English})
            for (bool barAtBottom : {false, true}) {
                INFO(size.width << "x" << size.height
                                << (language == Language::English ? " in English" : " in Japanese")
                                << (barAtBottom ? ", bar at the bottom" : ""));
                checkCards(contextFor(fonts, size, language, barAtBottom));
            }
    }
}

TEST_CASE("the map names the association shown in the header path, and Back closes it first") {
    ui::MapScreen map;
    ui::Fonts fonts;
    const ui::UiContext ui = contextFor(fonts, {1920, 1080}, Language::Japanese, false);
    map.enter("", 0.0);
    CHECK(map.headingParts(ui).empty());
    CHECK_FALSE(map.stepBack());  // nothing selected: Back leaves the map

    map.enter("kyoto-towns", 1.0);
    CHECK(map.headingParts(ui) == std::vector<std::string>{"京都府町村会"});
    ui::UiContext english = ui;
    english.language = Language::English;
    CHECK(map.headingParts(english) ==
          std::vector<std::string>{"Kyoto Prefecture Association of Towns and Villages"});
    CHECK(map.stepBack());  // back to the legend ...
    CHECK(map.headingParts(ui).empty());
    CHECK_FALSE(map.stepBack());  // ... and then off the map

    map.enter("no-such-association", 2.0);
    CHECK(map.headingParts(ui).empty());
}

TEST_CASE("the map screen draws its legend and each association at every size") {
    for (const ScreenSize size : kSizes) {
        test::ScopedImGui imgui;
        ui::Fonts fonts;
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(std::min(size.width, size.height)),
                                     fonts));
        platform::NullDisplaySettings settings;
        settings.width = size.width;
        settings.height = size.height;
        platform::NullDisplay display(settings);
        std::string error;
        REQUIRE(display.startImGui(error));
        // The default pack, and the same without map data (the panel alone).
        Pack withoutMap = test::defaultPack();
        withoutMap.map.reset();
        for (const Pack* pack : {&test::defaultPack(), static_cast<const Pack*>(&withoutMap)})
            for (Language language : {Language::Japanese, Language::English}) {
                ui::MapScreen map;
                std::vector<std::string> params = {""};
                for (const Association& as : test::defaultPack().associations)
                    params.push_back(as.id);
                for (const std::string& param : params) {
                    INFO(size.width << "x" << size.height << " " << param
                                    << (pack->map ? "" : " without map data"));
                    map.enter(param, 0.0);
                    const TouchFrame noTouch;
                    const auto drawn = test::drawNullFrame(display, size.width, size.height, [&] {
                        ui::UiContext ui = contextFor(fonts, size, language, false);
                        ui.pack = pack;
                        ui.touch = &noTouch;
                        ui.list = ImGui::GetForegroundDrawList();
                        ui.now = 3.0;
                        ui.dt = 1.0 / 60.0;
                        map.draw(ui);
                    });
                    CHECK(drawn.vertices > 0);
                }
            }
    }
}
