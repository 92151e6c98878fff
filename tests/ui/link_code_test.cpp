// A link's QR code and its caption, laid out with the real fonts at the sizes
// the kiosk runs at: the code stays within its column and apart from its
// caption, its modules are whole pixels of at least 1.2 mm on the lobby's
// screen, and what is drawn is what the access check measures.
#include <catch2/catch.hpp>

#include <cmath>

#include "access/screen_geometry.hpp"
#include "qr_code.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

struct ScreenSize {
    int width, height;
};
const ScreenSize kSizes[] = {{1920, 1080}, {1080, 1920}, {1280, 720}, {960, 540}, {3840, 2160}};

ui::UiContext contextFor(const ui::Fonts& fonts, ScreenSize size, Language language) {
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.language = language;
    ui.fonts = &fonts;
    ui.screen = Rect{0, 0, float(size.width), float(size.height)};
    ui.area = ui.screen;
    ui.unit = float(std::min(size.width, size.height)) / 1080.0f;
    ui.mmPerPx = ScreenGeometry(lobbyScreen(), ui.screen.w, ui.screen.h).mmPerPx();
    return ui;
}

bool inside(const Rect& inner, float left, float width) {
    return inner.x >= left - 0.5f && inner.right() <= left + width + 0.5f;
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

TEST_CASE("a link's code and caption stay in their column, apart, at every size and language") {
    const std::string link = "https://collabo.tokyo-23city.or.jp/";
    for (const ScreenSize size : kSizes) {
        test::ScopedImGui imgui;
        ui::Fonts fonts;
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(std::min(size.width, size.height)),
                                     fonts));
        for (Language language : {Language::Japanese, Language::English}) {
            const ui::UiContext ui = contextFor(fonts, size, language);
            // The event screen's facts column, a company's code column, a narrow panel.
            for (float width : {ui.screen.w * 0.34f, ui.px(300), ui.px(640)}) {
                INFO(size.width << "x" << size.height << ", " << languageCode(language) << ", "
                                << width << " px wide");
                const ui::LinkCodeLayout l = ui::layoutLinkCode(ui, link, 10, 20, width);
                REQUIRE(l.code);
                CHECK(inside(l.codeBox, 10, width));
                CHECK(inside(l.captionBox, 10, width));
                CHECK_FALSE(overlap(l.codeBox, l.captionBox));
                CHECK_FALSE(l.caption.truncated);
                CHECK(l.size.fits);
                CHECK(l.size.modulePx >= 2);
                CHECK(l.size.moduleMm >= 1.2 - 1e-9);
                CHECK(l.codeBox.w == float(l.size.modulePx * l.code->sizeWithQuietZone()));
                CHECK(l.codeBox.x == std::round(l.codeBox.x));
                CHECK(l.height >= l.codeBox.h);
            }
        }
    }
}

TEST_CASE("no link, or a link the pack has no code for, takes no room") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080, fonts));
    const ui::UiContext ui = contextFor(fonts, {1920, 1080}, Language::Japanese);
    CHECK(ui::layoutLinkCode(ui, "", 0, 0, 600).height == 0);
    CHECK(ui::layoutLinkCode(ui, "https://www.example.jp/not-in-the-pack", 0, 0, 600).height == 0);
}

TEST_CASE("the drawn code is recorded with its modules for the access check") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080, fonts));
    platform::NullDisplaySettings settings;
    settings.width = 1920;
    settings.height = 1080;
    platform::NullDisplay display(settings);
    std::string error;
    REQUIRE(display.startImGui(error));
    ScreenInventory inventory;
    ui::LinkCodeLayout drawn;
    const std::string link = "https://www.ms-ins.com/";
    test::drawNullFrame(display, 1920, 1080, [&] {
        ui::UiContext ui = contextFor(fonts, {1920, 1080}, Language::English);
        ui.list = ImGui::GetBackgroundDrawList();
        ui.inventory = &inventory;
        drawn = ui::layoutLinkCode(ui, link, 100.4f, 200.6f, 600);
        ui::drawLinkCode(ui, link, drawn);
    });
    REQUIRE(inventory.codes().size() == 1);
    const CodeRun& code = inventory.codes().front();
    CHECK(code.link == link);
    CHECK(code.modules == drawn.code->sizeWithQuietZone());
    CHECK(code.rect.x == 100.0f);  // on whole pixels
    CHECK(code.rect.y == 201.0f);
    CHECK(code.rect.w == float(drawn.size.modulePx * code.modules));
}
