// The visitor's text size on the access screen and their language: the fonts
// for them are built on the job runner the first time (frames meanwhile keep
// the fonts they have), drawn from the frame after, and kept for the next
// visitors; the attract loop is never drawn in a visitor's size, and the
// kiosk starts with its first language's fonts, not every language's.
#include <imgui.h>

#include <catch2/catch.hpp>

#include "frame_renderer.hpp"
#include "kiosk_runtime.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 1920, kHeight = 1080;

// The runtime on a NullDisplay, its jobs run inline (as scripts run them),
// frames drawn as the frame loop draws them: the runtime's update between
// frames, and a new atlas uploaded when it says so.
class Kiosk {
  public:
    Kiosk()
        : settings_(test::testLiveSettings(kWidth, kHeight, 8.0, 2.0)),
          display_(panel()),
          runtime_(test::makeTestContent(settings_), settings_, UsbWatching::WhenAskedTo, 0.0) {
        std::string error;
        display_.startImGui(error);
        runtime_.app().start(0.0);
    }
    // One frame at `now`; true when the fonts changed before it.
    bool frame(double now) {
        const bool replaced = runtime_.update(now);
        if (replaced) display_.refreshFontTexture();
        buildFrame(display_, runtime_.app(), now, kWidth, kHeight);
        display_.renderDrawData(kWidth, kHeight, 0);
        return replaced;
    }
    void visit(TextSize size, double now, Language language = Language::Japanese) {
        AccessChoices access;
        access.textSize = size;
        runtime_.app().showScreen({ScreenId::Home, {}}, language, now, access);
    }
    KioskRuntime& runtime() { return runtime_; }
    NullDisplay& display() { return display_; }
    float bodyPx() const { return runtime_.fonts().of(Language::Japanese).body->FontSize; }
    // The fonts drawn with are the ones in ImGui's place.
    bool fontsInPlace() const {
        return runtime_.fonts().of(Language::Japanese).body->ContainerAtlas == ImGui::GetIO().Fonts;
    }

  private:
    static NullDisplaySettings panel() {
        NullDisplaySettings s;
        s.width = kWidth;
        s.height = kHeight;
        return s;
    }
    LiveContentSettings settings_;
    NullDisplay display_;
    KioskRuntime runtime_;
};

}  // namespace

TEST_CASE("a larger text size is built on the worker once, then drawn and kept for the next") {
    test::ScopedImGui imgui;
    Kiosk kiosk;
    kiosk.frame(0.0);
    const float standard = kiosk.bodyPx();
    CHECK(standard == Approx(test::defaultPack().theme.body * 1080.0).epsilon(0.01));

    kiosk.visit(TextSize::Largest, 1.0);
    // The build is asked for; this frame keeps the size it has.
    CHECK_FALSE(kiosk.frame(1.0));
    CHECK(kiosk.bodyPx() == standard);
    CHECK(kiosk.runtime().textSize() == TextSize::Standard);
    const int uploads = kiosk.display().fontUploads();
    // The next frame draws at twice the size, from an atlas of its own.
    CHECK(kiosk.frame(1.1));
    CHECK(kiosk.bodyPx() == Approx(standard * 2.0f));
    CHECK(kiosk.runtime().textSize() == TextSize::Largest);
    CHECK(kiosk.fontsInPlace());
    CHECK(kiosk.display().fontUploads() == uploads + 1);
    CHECK_FALSE(kiosk.frame(1.2));

    // The next visitor starts in the standard size, from the first frame.
    kiosk.runtime().app().start(2.0);
    CHECK(kiosk.frame(2.0));
    CHECK(kiosk.bodyPx() == standard);
    CHECK(kiosk.fontsInPlace());
    // The larger size was kept: no build, it is there at once.
    kiosk.visit(TextSize::Largest, 3.0);
    CHECK(kiosk.frame(3.0));
    CHECK(kiosk.runtime().jobs().jobs().empty());
    CHECK(kiosk.bodyPx() == Approx(standard * 2.0f));
    // 1.4 times: built the first time it is chosen, with no rebuilding of the rest.
    kiosk.visit(TextSize::Larger, 4.0);
    CHECK_FALSE(kiosk.frame(4.0));
    CHECK(kiosk.frame(4.1));
    CHECK(kiosk.bodyPx() == Approx(standard * 1.4f).epsilon(0.01));
    CHECK(kiosk.fontsInPlace());
}

TEST_CASE("the attract loop comes back in the pack's own type, from its first frame") {
    test::ScopedImGui imgui;
    Kiosk kiosk;
    kiosk.frame(0.0);
    const float standard = kiosk.bodyPx();
    kiosk.visit(TextSize::Largest, 1.0);
    kiosk.frame(1.0);
    kiosk.frame(1.1);
    REQUIRE(kiosk.bodyPx() == Approx(standard * 2.0f));
    // The question after 8 s without a touch is asked in the visitor's size...
    kiosk.frame(9.5);
    REQUIRE(kiosk.runtime().app().phase() == SessionPhase::StillThere);
    CHECK(kiosk.bodyPx() == Approx(standard * 2.0f));
    // ...and the frame in which its countdown ends, bringing the loop back, is
    // drawn in the standard size: the runtime saw it coming before drawing.
    CHECK(kiosk.frame(11.6));
    CHECK(kiosk.runtime().app().phase() == SessionPhase::Attract);
    CHECK(kiosk.bodyPx() == standard);
    for (double t = 11.7; t < 13.0; t += 0.1) {
        kiosk.frame(t);
        CHECK(kiosk.bodyPx() == standard);
    }
}

TEST_CASE("the kiosk starts with its first language's fonts and builds a Korean visitor's once") {
    test::ScopedImGui imgui;
    Kiosk kiosk;
    kiosk.frame(0.0);
    const ui::LanguageFonts& fonts = kiosk.runtime().fonts();
    // Japanese and English share their fonts; no Chinese nor Korean ones yet.
    CHECK(fonts.has(Language::Japanese));
    CHECK(fonts.has(Language::English));
    CHECK_FALSE(fonts.has(Language::Korean));
    CHECK_FALSE(fonts.has(Language::ChineseSimplified));
    CHECK_FALSE(fonts.has(Language::ChineseTraditional));
    const float standard = kiosk.bodyPx();

    kiosk.visit(TextSize::Standard, 1.0, Language::Korean);
    // The build is asked for; this frame keeps the fonts it has.
    CHECK_FALSE(kiosk.frame(1.0));
    CHECK_FALSE(kiosk.runtime().fonts().has(Language::Korean));
    // The next frame draws from Japanese, English and Korean fonts, at the same size.
    CHECK(kiosk.frame(1.1));
    CHECK(kiosk.runtime().fonts().has(Language::Korean));
    CHECK(kiosk.runtime().fonts().has(Language::Japanese));
    CHECK_FALSE(kiosk.runtime().fonts().has(Language::ChineseSimplified));
    CHECK(kiosk.runtime().fontKey() == fontKeyFor(TextSize::Standard, Language::Korean));
    CHECK(kiosk.runtime().fonts().of(Language::Korean).body->FontSize == standard);
    CHECK(kiosk.fontsInPlace());

    // The visitor leaves: the loop comes back with the home fonts, kept.
    kiosk.frame(9.5);
    CHECK(kiosk.frame(11.6));
    CHECK(kiosk.runtime().app().phase() == SessionPhase::Attract);
    CHECK(kiosk.runtime().fontKey() == fontKeyFor(TextSize::Standard, Language::Japanese));
    CHECK_FALSE(kiosk.runtime().fonts().has(Language::Korean));
    CHECK(kiosk.fontsInPlace());

    // The next Korean visitor has them at once: no build.
    kiosk.visit(TextSize::Standard, 20.0, Language::Korean);
    CHECK(kiosk.frame(20.0));
    CHECK(kiosk.runtime().jobs().jobs().empty());
    CHECK(kiosk.runtime().fonts().has(Language::Korean));
    // Larger text in Korean: an atlas of its own, built once.
    kiosk.visit(TextSize::Larger, 21.0, Language::Korean);
    CHECK_FALSE(kiosk.frame(21.0));
    CHECK(kiosk.frame(21.1));
    CHECK(kiosk.runtime().fontKey() == fontKeyFor(TextSize::Larger, Language::Korean));
    CHECK(kiosk.runtime().fonts().of(Language::Korean).body->FontSize ==
          Approx(standard * 1.4f).epsilon(0.01));
}

TEST_CASE("the kept fonts stay within the home fonts and the three used last") {
    test::ScopedImGui imgui;
    const FontKey home = fontKeyFor(TextSize::Standard, Language::Japanese);
    VisitorFonts kept(home);
    auto someFonts = [] {
        auto fonts = std::make_unique<ui::KeptFontAtlas>();
        fonts->atlas = ui::newFontAtlas();
        fonts->pixels.resize(1000);
        return fonts;
    };
    const FontKey korean = fontKeyFor(TextSize::Standard, Language::Korean);
    const FontKey koreanLarger = fontKeyFor(TextSize::Larger, Language::Korean);
    const FontKey chinese = fontKeyFor(TextSize::Standard, Language::ChineseSimplified);
    const FontKey taiwan = fontKeyFor(TextSize::Standard, Language::ChineseTraditional);
    CHECK(kept.missingFor(korean) == std::vector<FontKey>{home, korean});
    kept.keep(home, someFonts(), home);
    kept.keep(korean, someFonts(), home);
    CHECK(kept.ready(korean));
    CHECK(kept.missingFor(korean).empty());
    kept.keep(koreanLarger, someFonts(), home);
    kept.keep(chinese, someFonts(), home);
    CHECK(kept.count() == 4);
    CHECK(kept.bytes() == 4000);
    // Korean was used again since it was kept; the larger Korean was not.
    kept.used(korean);
    kept.keep(taiwan, someFonts(), chinese);
    CHECK(kept.count() == 4);
    CHECK(kept.kept(home));
    CHECK(kept.kept(korean));
    CHECK(kept.kept(chinese));
    CHECK(kept.kept(taiwan));
    CHECK_FALSE(kept.kept(koreanLarger));
    CHECK(kept.missingFor(koreanLarger) == std::vector<FontKey>{koreanLarger});
}
