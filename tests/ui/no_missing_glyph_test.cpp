// Every text of the default pack as visitors see it, in every language the
// pack has: a full attract cycle (every slide of every pass until the
// highlights, the tour's stops and the spotlight's partners have all come
// round) and the tour (every visitor screen, every event the timeline leads
// to, the map of every association), drawn on a NullDisplay with the glyph
// watch on. Not one character may fall back to ImGui's "?".
#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <sstream>

#include "content/pack_texts.hpp"
#include "glyph_watch.hpp"
#include "kiosk_shell.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_slides.hpp"
#include "screens/screen_registry.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

// Every language the default pack offers, each drawn with its own fonts.
std::vector<Language> packLanguagesShown() {
    return packLanguages(test::defaultPack());
}

struct ScreenSize {
    int width, height;
};

// Landscape, portrait, and a portrait as tall as the kiosk allows: fonts follow
// the shorter side, so the tall one lays out as the portrait does but shows
// what the others scroll to.
constexpr ScreenSize kSizes[] = {{1920, 1080}, {1080, 1920}, {1080, 7680}};

// The watch and what it found, for the failure message.
std::string listed(const ui::GlyphWatch& watch) {
    std::ostringstream out;
    for (const auto& m : watch.missing()) out << ui::describe(m) << "\n";
    return out.str();
}

// Every distinct slide of the attract loop: passes follow until a run of
// passes brings nothing new (highlights, tour stops and spotlights rotate).
std::vector<AttractSlide> everySlide(const Pack& pack) {
    const AttractPlaylist playlist(pack);
    std::vector<AttractSlide> slides;
    std::set<std::string> seen;
    for (size_t pass = 0, quiet = 0; quiet < 64 && pass < 4096; ++pass, ++quiet) {
        for (const AttractSlide& s : playlist.slidesForPass(pass)) {
            std::string key = s.type + "|" + s.eventId + "|" + s.associationId + "|" + s.url;
            for (const auto& stop : s.tourStops) key += "|" + stop;
            if (!seen.insert(key).second) continue;
            slides.push_back(s);
            quiet = 0;
        }
    }
    return slides;
}

// Draws `slide` through its time (the tour and the spotlight fly from stop to
// stop) with the touch prompt over it.
void playSlide(NullDisplay& display, const ui::LanguageFonts& fonts, const AttractSlide& slide,
               Language language, ScreenSize size) {
    const int steps = slide.moves.empty() ? 4 : 24;
    for (int i = 0; i <= steps; ++i) {
        const double progress = double(i) / steps;
        test::drawNullFrame(display, size.width, size.height, [&] {
            ui::UiContext ui;
            ui.pack = &test::defaultPack();
            ui.language = language;
            ui.fonts = &fonts.of(language);
            ui.list = ImGui::GetBackgroundDrawList();
            ui.screen = ui.area = Rect{0, 0, float(size.width), float(size.height)};
            ui.unit = float(std::min(size.width, size.height)) / 1080.0f;
            ui.now = progress * slide.seconds;
            ui.dt = 1.0 / 60.0;
            ui::drawAttractSlide(ui, ui.screen, slide, progress, progress * slide.seconds);
            ui::drawTouchPrompt(ui, ui.now);
        });
    }
}

// Every screen a visitor can reach, with what it shows.
std::vector<ScreenRef> everyVisitorScreen(const Pack& pack) {
    std::vector<ScreenRef> screens;
    for (ScreenId id : ui::drawableScreens())
        if (!isAttractLoop(id) && id != ScreenId::Event) screens.push_back({id, {}});
    for (const Event& e : pack.events) screens.push_back({ScreenId::Event, e.id});
    for (const Association& a : pack.associations) screens.push_back({ScreenId::Map, a.id});
    return screens;
}

// Shows `screen` and draws it from its entrance until it has settled.
void visitScreen(NullDisplay& display, VisitorFlow& flow, ui::KioskShell& shell,
                 const ScreenRef& screen, Language language, ScreenSize size) {
    flow.show(screen, language, 0.0);
    shell.follow(flow.takeEntered());
    const TouchFrame noTouch;
    const double settle = shell.settleSeconds();
    for (double t : {0.0, settle / 2, settle, settle + 1.0}) {
        ui::ShellFrame frame;
        frame.now = t;
        frame.dt = 1.0 / 60.0;
        frame.screen = Rect{0, 0, float(size.width), float(size.height)};
        frame.touch = &noTouch;
        test::drawNullFrame(display, size.width, size.height, [&] { shell.frame(frame); });
    }
}

std::unique_ptr<NullDisplay> startedDisplay(ScreenSize size) {
    NullDisplaySettings settings;
    settings.width = size.width;
    settings.height = size.height;
    auto display = std::make_unique<NullDisplay>(settings);
    std::string error;
    REQUIRE(display->startImGui(error));
    return display;
}

}  // namespace

TEST_CASE("a full attract cycle draws every character in its face, in every language") {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    ui::GlyphWatch watch;
    watch.watch(fonts);
    const ui::GlyphWatchScope watching(watch);
    const std::vector<AttractSlide> slides = everySlide(test::defaultPack());
    // Every highlight shows in a cycle: the slides reach all of them.
    size_t highlights = 0;
    for (const AttractSlide& s : slides) highlights += s.type == "event" ? 1 : 0;
    size_t packHighlights = 0;
    for (const Event& e : test::defaultPack().events) packHighlights += e.highlight ? 1 : 0;
    CHECK(highlights == packHighlights);
    for (const ScreenSize size : {kSizes[0], kSizes[1]}) {
        const auto display = startedDisplay(size);
        for (Language language : packLanguagesShown())
            for (const AttractSlide& slide : slides)
                playSlide(*display, fonts, slide, language, size);
    }
    INFO(listed(watch));
    CHECK(watch.missing().empty());
}

TEST_CASE("the tour of every screen and event draws every character in its face") {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    ui::GlyphWatch watch;
    watch.watch(fonts);
    const ui::GlyphWatchScope watching(watch);
    const std::vector<ScreenRef> screens = everyVisitorScreen(test::defaultPack());
    for (const ScreenSize size : kSizes) {
        const auto display = startedDisplay(size);
        for (Language language : packLanguagesShown()) {
            VisitorFlow flow;
            ui::KioskShell shell(test::defaultPack(), fonts, flow);
            for (const ScreenRef& screen : screens) {
                // Events and maps of associations once, at the tallest size.
                if (!screen.param.empty() && size.height != 7680) continue;
                visitScreen(*display, flow, shell, screen, language, size);
            }
        }
    }
    INFO(listed(watch));
    CHECK(watch.missing().empty());
}
