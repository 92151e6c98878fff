// The visitor's text size on the access screen: the fonts at that size are
// built on the job runner the first time (frames meanwhile keep the size they
// have), drawn from the frame after, and kept for the next visitors; the
// attract loop is never drawn in a visitor's size.
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
    void visit(TextSize size, double now) {
        AccessChoices access;
        access.textSize = size;
        runtime_.app().showScreen({ScreenId::Home, {}}, Language::Japanese, now, access);
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
