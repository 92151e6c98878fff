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

TEST_CASE("A touch on a part names its language, a touch elsewhere names none") {
    const Rect screen{0, 0, 1920, 1080};
    const CallToAction cta = layoutCallToAction(screen, 1.0f, kJaEn);
    CHECK(cta.languageAt(cta.parts[0].box.center()) == Language::Japanese);
    CHECK(cta.languageAt(cta.parts[1].box.center()) == Language::English);
    CHECK_FALSE(cta.languageAt({960, 300}).has_value());
    // Between the two parts is neither.
    const float between = (cta.parts[0].box.right() + cta.parts[1].box.x) * 0.5f;
    CHECK_FALSE(cta.languageAt({between, cta.parts[0].box.center().y}).has_value());
}

TEST_CASE("More languages take balanced rows where one row would be too narrow") {
    const std::vector<Language> three = {Language::Japanese, Language::English, Language::Korean};
    const CallToAction wide = layoutCallToAction({0, 0, 1920, 1080}, 1.0f, three);
    REQUIRE(wide.parts.size() == 3);
    CHECK(wide.parts[0].box.y == wide.parts[2].box.y);

    const std::vector<Language> five = {Language::Japanese, Language::English,
                                        Language::ChineseSimplified, Language::ChineseTraditional,
                                        Language::Korean};
    const CallToAction landscape = layoutCallToAction({0, 0, 1920, 1080}, 1.0f, five);
    REQUIRE(landscape.parts.size() == 5);
    // Three above two, the first languages on top.
    CHECK(landscape.parts[0].box.y == landscape.parts[2].box.y);
    CHECK(landscape.parts[3].box.y == landscape.parts[4].box.y);
    CHECK(landscape.parts[0].box.y < landscape.parts[3].box.y);
    for (const Rect& screen : kScreens) {
        const CallToAction cta = layoutCallToAction(
            screen, screen.h < screen.w ? screen.h / 1080 : screen.w / 1080, five);
        REQUIRE(cta.parts.size() == 5);
        CHECK(inside(cta.reach, screen));
        float lowest = 0;
        for (size_t i = 0; i < 5; ++i) {
            lowest = std::max(lowest, cta.parts[i].box.bottom());
            // Rings at their widest touch no other part's.
            for (size_t j = i + 1; j < 5; ++j) {
                const Rect& a = cta.parts[i].box;
                const Rect& b = cta.parts[j].box;
                const float ring = 2 * cta.ringReach;
                const bool apart = a.right() + ring <= b.x || b.right() + ring <= a.x ||
                                   a.bottom() + ring <= b.y || b.bottom() + ring <= a.y;
                CHECK(apart);
            }
        }
        CHECK(lowest == Approx(screen.bottom() -
                               72 * (screen.h < screen.w ? screen.h / 1080 : screen.w / 1080)));
    }
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
