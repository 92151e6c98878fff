#include "session/attract_call_to_action.hpp"

#include <catch2/catch.hpp>

#include "session/attract_slide_layout.hpp"

using namespace kiosk;

namespace {

const std::vector<Language> kJaEn = {Language::Japanese, Language::English};

bool intersects(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

float unitOf(const Rect& screen) {
    return std::min(screen.w, screen.h) / 1080.0f;
}

// The sizes the kiosk is checked at, both ways round, and the smallest it runs at.
const Rect kScreens[] = {{0, 0, 1920, 1080}, {0, 0, 1080, 1920}, {0, 0, 1280, 720},
                         {0, 0, 720, 1280},  {0, 0, 3840, 2160}, {0, 0, 320, 180}};

}  // namespace

TEST_CASE("The call to action has one part per language, side by side in the lower part") {
    for (const Rect& screen : kScreens) {
        const CallToAction cta = layoutCallToAction(screen, unitOf(screen), kJaEn);
        REQUIRE(cta.parts.size() == 2);
        const Rect& ja = cta.parts[0].box;
        const Rect& en = cta.parts[1].box;
        CHECK(cta.parts[0].language == Language::Japanese);
        CHECK(cta.parts[1].language == Language::English);
        CHECK(ja.y == en.y);
        CHECK(ja.right() < en.x);
        CHECK_FALSE(intersects(ja, en));
        // Within reach: wholly in the lowest quarter of the screen, and on it.
        CHECK(ja.y > screen.y + screen.h * 0.75f);
        CHECK(inside(cta.reach, screen));
        CHECK(inside(ja, cta.reach));
        CHECK(inside(en, cta.reach));
        // Large: at least 120 design pixels tall and 420 wide.
        CHECK(ja.h >= 120 * unitOf(screen) - 0.01f);
        CHECK(en.w >= 420 * unitOf(screen) - 0.01f);
    }
}

TEST_CASE("A touch on a part names its language; a touch elsewhere names none") {
    const Rect screen{0, 0, 1920, 1080};
    const CallToAction cta = layoutCallToAction(screen, 1.0f, kJaEn);
    CHECK(cta.languageAt(cta.parts[0].box.center()) == Language::Japanese);
    CHECK(cta.languageAt(cta.parts[1].box.center()) == Language::English);
    CHECK_FALSE(cta.languageAt({960, 300}).has_value());
    // Between the two parts is neither.
    const float between = (cta.parts[0].box.right() + cta.parts[1].box.x) * 0.5f;
    CHECK_FALSE(cta.languageAt({between, cta.parts[0].box.center().y}).has_value());
}

TEST_CASE("A third language adds a third part, stacked where a row would be too narrow") {
    const std::vector<Language> three = {Language::Japanese, Language::English, Language::Japanese};
    const CallToAction wide = layoutCallToAction({0, 0, 1920, 1080}, 1.0f, three);
    REQUIRE(wide.parts.size() == 3);
    CHECK(wide.parts[0].box.y == wide.parts[2].box.y);

    const Rect tall{0, 0, 1080, 1920};
    const CallToAction stacked = layoutCallToAction(tall, 1.0f, three);
    REQUIRE(stacked.parts.size() == 3);
    for (size_t i = 0; i + 1 < 3; ++i) {
        CHECK(stacked.parts[i].box.x == stacked.parts[i + 1].box.x);
        // Rings at their widest do not touch the next part's.
        CHECK(stacked.parts[i].box.bottom() + 2 * stacked.ringReach <= stacked.parts[i + 1].box.y);
    }
    CHECK(inside(stacked.reach, tall));
    CHECK(stacked.parts[2].box.bottom() == Approx(tall.bottom() - 72));
}

TEST_CASE("The pack's languages in order, the ones the kiosk cannot show left out") {
    CHECK(visitorLanguages({"ja", "en"}) == kJaEn);
    CHECK(visitorLanguages({"en", "fr", "ko", "ja"}) ==
          std::vector<Language>{Language::English, Language::Korean, Language::Japanese});
    CHECK(visitorLanguages({}).empty());
    CHECK(layoutCallToAction({0, 0, 1920, 1080}, 1.0f, {}).parts.empty());
}

TEST_CASE("The numbers slide's chart stays clear of the call to action at every size") {
    for (const Rect& screen : kScreens) {
        const float unit = unitOf(screen);
        const CallToAction cta = layoutCallToAction(screen, unit, kJaEn);
        const SlideGrid grid{56 * unit, 24 * unit};
        // A heading, the figure's name, a caption of two lines and its date.
        const float textHeight = (81 * 1.25f + 49 * 1.4f + 2 * 30 * 1.4f + 22 * 1.6f) * unit;
        const NumbersSlideLayout layout = layoutNumbersSlide(screen, cta, grid, textHeight);
        INFO(screen.w << "x" << screen.h);
        CHECK_FALSE(intersects(layout.chart, cta.reach));
        CHECK_FALSE(intersects(layout.text, cta.reach));
        CHECK_FALSE(intersects(layout.chart, layout.text));
        CHECK(layout.chart.bottom() + grid.gutter <= cta.reach.y + 0.01f);
        CHECK(inside(layout.chart, screen));
        // And the chart keeps room for its bars: a third of the screen's height.
        CHECK(layout.chart.h >= screen.h * 0.3f);
    }
}

TEST_CASE("A slide's content box keeps the grid's margins and ends above the call to action") {
    const Rect screen{0, 0, 1920, 1080};
    const CallToAction cta = layoutCallToAction(screen, 1.0f, kJaEn);
    const Rect box = slideContentBox(screen, cta, SlideGrid{56, 24});
    CHECK(box.x == 56);
    CHECK(box.right() == 1920 - 56);
    CHECK(box.bottom() == Approx(cta.reach.y - 24));
    // A slide sliding in from the right keeps its box in its own frame.
    const Rect moved = slideContentBox({1000, 0, 1920, 1080}, cta, SlideGrid{56, 24});
    CHECK(moved.x == 1056);
    CHECK(moved.bottom() == box.bottom());
}
