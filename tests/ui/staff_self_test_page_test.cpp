// The self-test page on a NullDisplay over a fake StaffSelfTest: its buttons
// reach the kiosk, its results say what staff must know, and the touch grid
// judges taps against its targets.
#include <catch2/catch.hpp>

#include "staff/staff_wording.hpp"
#include "staff_self_test_page.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"
#include "text_recording.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 1920, kHeight = 1080;

// Records what the page asked for; results as a test sets them.
class FakeSelfTest final : public StaffSelfTest {
  public:
    int packChecks = 0, glyphChecks = 0;
    std::vector<ToneSide> tones;
    std::optional<PackCheckResult> pack;
    std::optional<GlyphCoverage> glyphs;
    SelfTestScreen screenInfo;

    void checkPack() override { ++packChecks; }
    const std::optional<PackCheckResult>& packResult() const override { return pack; }
    bool checking() const override { return false; }
    void checkGlyphs() override { ++glyphChecks; }
    const std::optional<GlyphCoverage>& glyphResult() const override { return glyphs; }
    int glyphLanguages() const override { return 5; }
    void playTone(ToneSide side) override { tones.push_back(side); }
    SelfTestScreen screen() const override { return screenInfo; }
};

// Only what the page reads: the self-test and the jobs.
class FakeServices final : public StaffServices {
  public:
    FakeSelfTest test;
    std::vector<JobStatus> running;

    StaffSelfTest* selfTest() override { return &test; }
    std::vector<JobStatus> jobs() override { return running; }
    std::string showingSummary() override { return {}; }
    std::vector<StaffPackEntry> installedPacks(double) override { return {}; }
    void rollBack() override {}
    std::optional<std::string> pendingPack() override { return std::nullopt; }
    std::vector<std::string> pendingChanges() override { return {}; }
    std::optional<InstallNotice> lastUsbNotice() override { return std::nullopt; }
    StaffHealth health(double) override { return {}; }
    const FrameStats& frames() override { return frames_; }
    const VisitorStats& visitors() override { return visitors_; }
    VisitorStats& visitorsToRecord() override { return visitors_; }
    void exportVisitorStats() override {}
    bool busy(unsigned) override { return false; }
    std::string lastAction() override { return {}; }
    void clearLastAction() override {}
    int volume() override { return 50; }
    void setVolume(int) override {}
    void exitKiosk() override {}

  private:
    FrameStats frames_;
    VisitorStats visitors_;
};

struct PageFixture {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    NullDisplay display;
    FakeServices services;
    ui::StaffSelfTestPage page;
    ScreenInventory inventory;

    PageFixture() : display(screenSize()) {
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(kHeight), fonts));
        std::string error;
        REQUIRE(display.startImGui(error));
    }
    static NullDisplaySettings screenSize() {
        NullDisplaySettings settings;
        settings.width = kWidth;
        settings.height = kHeight;
        return settings;
    }
    // One frame of the page (or its grid, while up), with a tap at `tap`.
    int frame(std::optional<Point> tap = std::nullopt, Language language = Language::Japanese) {
        TouchFrame touch;
        touch.tap = tap;
        inventory.clear();
        return test::drawNullFrame(display, kWidth, kHeight,
                                   [&] {
                                       // A window over the screen, as the
                                       // kiosk's frame has: text is recorded
                                       // where it shows within it.
                                       ImGui::SetNextWindowPos(ImVec2(0, 0));
                                       ImGui::SetNextWindowSize(ImVec2(kWidth, kHeight));
                                       ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
                                       ui::TextRecordingScope recording(inventory);
                                       ui::UiContext ui;
                                       ui.pack = &test::defaultPack();
                                       ui.language = language;
                                       ui.fonts = &fonts;
                                       ui.touch = &touch;
                                       ui.inventory = &inventory;
                                       ui.list = ImGui::GetForegroundDrawList();
                                       ui.screen = Rect{0, 0, kWidth, kHeight};
                                       ui.unit = kHeight / 1080.0f;
                                       ui.now = 1.0;
                                       ui.area = Rect{400, 28, kWidth - 428, kHeight - 56};
                                       if (page.coversScreen())
                                           page.drawGrid(ui, services.test);
                                       else
                                           page.draw(ui, ui.area, services);
                                       ImGui::End();
                                   })
            .vertices;
    }
    // The centre of the button labelled with staff wording `key`, as last drawn.
    Point button(const std::string& key) const {
        for (const TouchTarget& t : inventory.targets())
            if (t.label == staffLabel(key)) return t.rect.center();
        FAIL("no button " << staffLabel(key));
        return {};
    }
    // Everything the last frame wrote, one run after another.
    std::string text() const {
        std::string all;
        for (const TextRun& run : inventory.texts()) all += run.text + "\n";
        return all;
    }
};

}  // namespace

TEST_CASE("the self-test page's buttons start the checks and play each tone") {
    PageFixture f;
    for (Language language : {Language::Japanese, Language::English})
        CHECK(f.frame(std::nullopt, language) > 0);
    f.frame(f.button("selftest_check_pack"));
    f.frame(f.button("selftest_check_glyphs"));
    f.frame(f.button("tone_left"));
    f.frame(f.button("tone_right"));
    f.frame(f.button("tone_both"));
    CHECK(f.services.test.packChecks == 1);
    CHECK(f.services.test.glyphChecks == 1);
    CHECK(f.services.test.tones ==
          std::vector<ToneSide>{ToneSide::Left, ToneSide::Right, ToneSide::Both});
}

TEST_CASE("the page names each damaged file, an unsigned pack folder and each missing glyph") {
    PageFixture f;
    PackCheckResult pack;
    pack.development = true;
    pack.integrity.filesListed = pack.integrity.filesChecked = 120;
    pack.integrity.signature = SignatureStatus::Missing;
    pack.integrity.damaged = {
        {Problem::Severity::Error, "events/2016.json", "", "SHA-256 is 00; the manifest says 11"},
        {Problem::Severity::Error, "stats.json", "", "file is missing"}};
    f.services.test.pack = pack;
    GlyphCoverage glyphs;
    glyphs.texts = 3000;
    glyphs.characters = 250000;
    glyphs.missing = {{0x1F600, "title (ko)", "events/2016.json: event x title (ko)"}};
    f.services.test.glyphs = glyphs;
    f.services.running = {{"job_check_pack", 0, true, {"hashing", 50, 100}}};
    f.frame();
    const std::string shown = f.text();
    CHECK_THAT(shown, Catch::Contains("2 of 120 files damaged"));
    CHECK_THAT(shown, Catch::Contains("events/2016.json: (file): SHA-256 is 00"));
    CHECK_THAT(shown, Catch::Contains("stats.json: (file): file is missing"));
    CHECK_THAT(shown, Catch::Contains("Not signed (a --pack folder)"));
    CHECK_THAT(shown, Catch::Contains("Characters that cannot be drawn: 1"));
    CHECK_THAT(shown, Catch::Contains("(250,000 checked in 3,000 texts"));
    CHECK_THAT(shown, Catch::Contains("U+1F600  title (ko)  events/2016.json: event x title (ko)"));

    pack.development = false;
    pack.integrity.damaged.clear();
    pack.integrity.signature = SignatureStatus::Good;
    pack.integrity.keyId = "7ef2a27e291b41de";
    f.services.test.pack = pack;
    f.services.test.glyphs->missing.clear();
    f.frame();
    CHECK_THAT(f.text(), Catch::Contains("All 120 files intact"));
    CHECK_THAT(f.text(), Catch::Contains("Signed by trusted key 7ef2a27e291b41de"));
    CHECK_THAT(f.text(), Catch::Contains("all can be drawn"));
}

TEST_CASE("the touch grid takes the screen, one target after another, then judges the taps") {
    PageFixture f;
    f.services.test.screenInfo = {0, 55.0};
    f.frame();
    f.frame(f.button("touch_start"));
    REQUIRE(f.page.coversScreen());
    // A touch panel turned 180° from the picture: each tap lands opposite its target.
    const auto targets = touchGridTargets(kWidth, kHeight);
    for (const Point& target : targets) {
        CHECK(f.page.coversScreen());
        f.frame(applyTransform(TouchTransform::Rotated180, target, kWidth, kHeight));
    }
    CHECK_FALSE(f.page.coversScreen());
    f.frame();
    CHECK_THAT(f.text(), Catch::Contains(staffLabel("touch_rotated_180")));
    CHECK_THAT(f.text(), Catch::Contains("Set display.rotation to 180"));

    // Again, on target this time, 2 px off: on target, in mm on the 55-inch screen.
    f.frame(f.button("touch_start"));
    for (const Point& target : targets) f.frame(Point{target.x + 2, target.y});
    f.frame();
    CHECK_THAT(f.text(), Catch::Contains(staffLabel("touch_follows")));
    CHECK_THAT(f.text(), Catch::Contains("Every tap on its target (largest offset 2 px (1.3 mm))"));
}
