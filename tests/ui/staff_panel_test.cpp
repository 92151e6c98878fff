// The staff panel draws its PIN pad and every page over a fake StaffServices,
// on a NullDisplay, in both languages.
#include <catch2/catch.hpp>

#include <map>

#include "staff_panel.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 1280, kHeight = 720;

// Canned answers, and a count of what the panel asked for.
class FakeStaffServices final : public StaffServices {
  public:
    std::map<std::string, int> asked;

    std::string showingSummary() override { return note("showingSummary", "default version 1"); }
    std::vector<StaffPackEntry> installedPacks(double) override {
        note("installedPacks");
        return {{"default-1", "default", 1, true, true, true},
                {"default-0", "default", 0, false, false, false}};
    }
    void rollBack() override { note("rollBack"); }
    std::optional<std::string> pendingPack() override {
        note("pendingPack");
        return std::string("default version 2");
    }
    std::vector<std::string> pendingChanges() override {
        note("pendingChanges");
        return {"2 events added"};
    }
    std::optional<InstallNotice> lastUsbNotice() override {
        note("lastUsbNotice");
        return noPackFoundNotice();
    }
    StaffHealth health(double now) override {
        note("health");
        StaffHealth h;
        h.uptimeSeconds = now;
        h.residentKiB = 120000;
        h.peakResidentKiB = 150000;
        h.restarts = 1;
        h.recentLog = {"a line of the log", "another line"};
        return h;
    }
    const FrameStats& frames() override {
        note("frames");
        return frames_;
    }
    const VisitorStats& visitors() override {
        note("visitors");
        return visitors_;
    }
    VisitorStats& visitorsToRecord() override { return visitors_; }
    void exportVisitorStats() override { note("exportVisitorStats"); }
    std::vector<JobStatus> jobs() override {
        note("jobs");
        JobStatus rollback;
        rollback.name = "rollback";
        rollback.running = true;
        return {rollback};
    }
    bool busy(unsigned) override {
        note("busy");
        return false;
    }
    std::string lastAction() override { return note("lastAction", "rolled back"); }
    void clearLastAction() override {}
    int volume() override {
        note("volume");
        return volume_;
    }
    void setVolume(int percent) override { volume_ = percent; }
    void exitKiosk() override { note("exitKiosk"); }

    FakeStaffServices() {
        for (int i = 0; i < 120; ++i) frames_.add(0.004 + 0.001 * (i % 5), i / 60.0);
        visitors_.sessionStarted(10.0);
        visitors_.screenShown("home", 10.0);
        visitors_.tapped("home");
        visitors_.sessionEnded(70.0);
    }

  private:
    std::string note(const std::string& what, std::string answer = {}) {
        ++asked[what];
        return answer;
    }
    FrameStats frames_;
    VisitorStats visitors_;
    int volume_ = 60;
};

struct PanelFixture {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    NullDisplay display;
    FakeStaffServices services;
    ui::StaffPanel panel;
    StaffPanelState state{PinGate([](const std::string& pin) { return pin == "2468"; })};

    PanelFixture() : display(panelSize()) {
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(kHeight), fonts));
        std::string error;
        REQUIRE(display.startImGui(error));
    }
    static NullDisplaySettings panelSize() {
        NullDisplaySettings settings;
        settings.width = kWidth;
        settings.height = kHeight;
        return settings;
    }
    // One frame of the panel at `now`, untouched; the vertices drawn.
    int draw(Language language, double now) {
        const TouchFrame noTouch;
        return test::drawNullFrame(display, kWidth, kHeight,
                                   [&] {
                                       ui::UiContext ui;
                                       ui.pack = &test::defaultPack();
                                       ui.language = language;
                                       ui.fonts = &fonts;
                                       ui.touch = &noTouch;
                                       ui.list = ImGui::GetForegroundDrawList();
                                       ui.screen = ui.area = Rect{0, 0, kWidth, kHeight};
                                       ui.unit = kHeight / 1080.0f;
                                       ui.now = now;
                                       ui.dt = 1.0 / 60.0;
                                       panel.draw(ui, state, services);
                                   })
            .vertices;
    }
};

}  // namespace

TEST_CASE("the staff panel draws nothing while shut and its PIN pad once asked") {
    PanelFixture f;
    CHECK(f.draw(Language::Japanese, 0.0) == 0);
    f.state.askForPin(1.0);
    for (Language language : {Language::Japanese, Language::English})
        CHECK(f.draw(language, 1.5) > 0);
    f.state.typeDigit('1', 2.0);
    CHECK(f.draw(Language::Japanese, 2.1) > 0);
    CHECK(f.state.submit(2.2) == PinVerdict::Wrong);
    CHECK(f.draw(Language::English, 2.3) > 0);  // the pad says why
    CHECK(f.services.asked.empty());            // the pad asks nothing of the kiosk
}

TEST_CASE("every page of the open staff panel draws from its services") {
    PanelFixture f;
    f.state.askForPin(1.0);
    for (char digit : std::string("2468")) f.state.typeDigit(digit, 1.1);
    REQUIRE(f.state.submit(1.2) == PinVerdict::Accepted);
    const std::map<StaffPage, std::string> readOn = {{StaffPage::Content, "installedPacks"},
                                                     {StaffPage::Health, "health"},
                                                     {StaffPage::Visitors, "visitors"},
                                                     {StaffPage::Sound, "volume"},
                                                     {StaffPage::TouchTest, ""},
                                                     {StaffPage::SelfTest, ""}};
    double now = 2.0;
    for (const auto& [page, read] : readOn) {
        for (Language language : {Language::Japanese, Language::English}) {
            INFO("page " << int(page) << (language == Language::English ? " in English" : ""));
            f.services.asked.clear();
            f.state.showPage(page, now);
            CHECK(f.draw(language, now) > 0);
            if (!read.empty()) CHECK(f.services.asked[read] > 0);
            CHECK(f.state.stage() == StaffPanelState::Stage::Open);
            now += 0.5;
        }
    }
}
