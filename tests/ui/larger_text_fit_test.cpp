// Every visitor screen at the largest text size (twice the pack's type), in
// both orientations and both languages: no text a visitor reads and nothing
// a visitor touches runs out of the screen's area unclipped (into the bars or
// off the screen), and no two lines of text are drawn over each other. A line
// scrolled out of a list's view, or cut at its edge, is not recorded (it
// scrolls in); a control in a scrolled list may run beyond its view, where it
// is clipped, but one wholly in a bar or off the screen is out of place.
#include <catch2/catch.hpp>

#include "headless_render.hpp"
#include "kiosk_shell.hpp"
#include "screens/screen_registry.hpp"
#include "shell_layout.hpp"
#include "startup.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

bool inside(const Rect& r, const Rect& box) {
    const float slack = 1.0f;  // rounding to whole pixels
    return r.x >= box.x - slack && r.y >= box.y - slack && r.right() <= box.right() + slack &&
           r.bottom() <= box.bottom() + slack;
}

// Two runs' boxes overlap by more than their line spacing's leading: glyphs
// of one are drawn over the other's.
bool drawnOver(const TextRun& a, const TextRun& b) {
    const float leading = std::min(a.typePx, b.typePx) * 0.25f;
    const float w = std::min(a.rect.right(), b.rect.right()) - std::max(a.rect.x, b.rect.x);
    const float h = std::min(a.rect.bottom(), b.rect.bottom()) - std::max(a.rect.y, b.rect.y);
    return w > leading && h > leading;
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

std::string describe(const Rect& r) {
    return "(" + std::to_string(int(r.x)) + ", " + std::to_string(int(r.y)) + ") " +
           std::to_string(int(r.w)) + "x" + std::to_string(int(r.h));
}

// The screen drawn for `seconds` at 20 frames a second, as a visitor who
// chose `size` on the access screen sees it; what its last frame drew.
ScreenInventory drawScreen(const ScreenRef& screen, Language language, TextSize size, int width,
                           int height, const ui::LanguageFonts& fonts) {
    platform::NullDisplaySettings settings;
    settings.width = width;
    settings.height = height;
    platform::NullDisplay display(settings);
    std::string error;
    REQUIRE(display.startImGui(error));
    VisitorFlow flow;
    flow.show(screen, language, 0.0);
    AccessChoices access;
    access.textSize = size;
    flow.apply(Intent::setAccess(access), 0.0);
    ui::KioskShell shell(test::defaultPack(), fonts, flow);
    shell.recordEveryFrame(true);
    shell.follow(flow.takeEntered());
    for (double t = 0.0; t <= 2.0; t += 0.05)
        test::drawNullFrame(display, width, height, [&] {
            ui::ShellFrame frame;
            frame.now = t;
            frame.dt = 0.05;
            frame.screen = Rect{0, 0, float(width), float(height)};
            shell.frame(frame);
        });
    return shell.inventory();
}

void checkFits(const ScreenInventory& drawn, const Rect& screen) {
    const ui::ShellLayout layout =
        ui::shellLayout(screen, std::min(screen.w, screen.h) / 1080.0f, 0.0f, 2.0f);
    const auto placed = [&](const Rect& r) {
        return inside(r, layout.area) || inside(r, layout.header) || inside(r, layout.navBar);
    };
    CHECK_FALSE(drawn.texts().empty());
    for (const TextRun& run : drawn.texts()) {
        INFO("text \"" << run.text << "\" at " << describe(run.rect));
        CHECK(placed(run.rect));
    }
    for (const TouchTarget& target : drawn.targets()) {
        INFO("target \"" << target.label << "\" at " << describe(target.rect));
        const bool scrolled = overlaps(target.rect, layout.area);
        CHECK((placed(target.rect) || scrolled));
    }
    const auto& texts = drawn.texts();
    for (size_t i = 0; i < texts.size(); ++i)
        for (size_t j = i + 1; j < texts.size(); ++j) {
            INFO("\"" << texts[i].text << "\" at " << describe(texts[i].rect) << " and \""
                      << texts[j].text << "\" at " << describe(texts[j].rect));
            CHECK_FALSE(drawnOver(texts[i], texts[j]));
        }
}

}  // namespace

TEST_CASE("at twice the type, every visitor screen keeps its text and targets in its area") {
    const char* screens[] = {"home",    "timeline", "event", "highlights", "partners",
                             "numbers", "about",    "map",   "access"};
    for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        test::ScopedImGui imgui;
        ui::LanguageFonts fonts;
        REQUIRE(buildKioskFonts(test::defaultPack(), AppOptions{}, float(std::min(width, height)),
                                fonts, test::testAtlasSide(test::defaultPack()), nullptr, 2.0f));
        for (Language language : {Language::Japanese, Language::English})
            for (const char* name : screens) {
                INFO(name << " " << width << "x" << height << " "
                          << (language == Language::Japanese ? "ja" : "en"));
                const ScreenRef screen = resolveScreenArgument(name, test::defaultPack());
                checkFits(drawScreen(screen, language, TextSize::Largest, width, height, fonts),
                          Rect{0, 0, float(width), float(height)});
            }
    }
}
