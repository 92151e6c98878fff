// The staff panel's Visitors page on a NullDisplay: it draws the figures the
// services last read (a month of them, or none yet), says where they are kept,
// and its export button starts the export.
#include <catch2/catch.hpp>

#include "staff_visitors_page.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 1280, kHeight = 720;

// Figures as a reading would bring them back; counts what the page asks.
class FiguresOnly final : public StaffServices {
  public:
    StaffFigures figures;
    int figureReads = 0, exports = 0;

    StaffFigures visitorFigures(double) override {
        ++figureReads;
        return figures;
    }
    const VisitorStats& visitors() override { return visitors_; }
    VisitorStats& visitorsToRecord() override { return visitors_; }
    void exportVisitorStats() override { ++exports; }
    std::vector<JobStatus> jobs() override { return {}; }
    bool busy(unsigned) override { return false; }
    std::string lastAction() override { return {}; }
    void clearLastAction() override {}
    std::string showingSummary() override { return {}; }
    std::vector<StaffPackEntry> installedPacks(double) override { return {}; }
    void rollBack() override {}
    std::optional<std::string> pendingPack() override { return std::nullopt; }
    std::vector<std::string> pendingChanges() override { return {}; }
    std::optional<InstallNotice> lastUsbNotice() override { return std::nullopt; }
    StaffHealth health(double) override { return {}; }
    const FrameStats& frames() override { return frames_; }
    int volume() override { return 0; }
    void setVolume(int) override {}
    void exitKiosk() override {}

  private:
    VisitorStats visitors_;
    FrameStats frames_;
};

StaffFigures aMonth() {
    std::vector<FigureCount> rows;
    const CalendarDate today{2026, 12, 3};
    for (int i = 0; i < 30; ++i)
        for (int hour = 9; hour < 18; ++hour)
            rows.push_back({{addDays(today, -i), hour}, FigureKind::Session, "", 1 + i % 4});
    rows.push_back({{today, 10}, FigureKind::Screen, "timeline", 12});
    rows.push_back({{today, 10}, FigureKind::Item, "event:2016-04-26-tokyo", 5});
    rows.push_back({{today, 10}, FigureKind::Language, "en", 3});
    rows.push_back({{today, 10}, FigureKind::Access, "larger_text", 2});
    StaffFigures f;
    f.read = true;
    f.report = reportFigures(rows, today);
    f.keeping.inMemory = false;
    f.keeping.path = "state/visitors.sqlite";
    return f;
}

struct PageFixture {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    NullDisplay display;
    FiguresOnly services;

    PageFixture() : display(size()) {
        REQUIRE(test::buildTestFonts(test::defaultPack(), float(kHeight), fonts));
        std::string error;
        REQUIRE(display.startImGui(error));
    }
    static NullDisplaySettings size() {
        NullDisplaySettings settings;
        settings.width = kWidth;
        settings.height = kHeight;
        return settings;
    }
    // One frame of the page over the whole screen; the vertices drawn.
    int draw(const TouchFrame& touch = {}) {
        return test::drawNullFrame(display, kWidth, kHeight,
                                   [&] {
                                       ui::UiContext ui;
                                       ui.pack = &test::defaultPack();
                                       ui.fonts = &fonts;
                                       ui.touch = &touch;
                                       ui.list = ImGui::GetForegroundDrawList();
                                       ui.screen = ui.area = Rect{0, 0, kWidth, kHeight};
                                       ui.unit = kHeight / 1080.0f;
                                       ui.dt = 1.0 / 60.0;
                                       ui::drawStaffVisitorsPage(ui, ui.screen, services);
                                   })
            .vertices;
    }
};

}  // namespace

TEST_CASE("the Visitors page draws a month of figures, more than it draws before any reading") {
    PageFixture f;
    const int unread = f.draw();
    CHECK(unread > 0);
    f.services.figures = aMonth();
    const int month = f.draw();
    // 30 bars and 168 heat map cells at least, and the lists.
    CHECK(month > unread + (30 + 7 * 24) * 4);
    CHECK(f.services.figureReads == 2);  // once a frame, from what was last read
    CHECK(f.services.exports == 0);
}

TEST_CASE("the Visitors page says when the figures are kept in memory only") {
    PageFixture f;
    f.services.figures = aMonth();
    const int inFile = f.draw();
    f.services.figures.keeping.inMemory = true;
    f.services.figures.keeping.path.clear();
    f.services.figures.keeping.problem = "state/visitors.sqlite: unable to open database file";
    f.services.figures.keeping.movedAside = "state/visitors.sqlite.broken-20261203-101500";
    CHECK(f.draw() > inFile);  // two more lines, in red
}

TEST_CASE("the export button on the Visitors page starts the export") {
    PageFixture f;
    f.services.figures = aMonth();
    TouchFrame tap;
    // The button sits at the page's bottom left (150 design pixels up).
    const float unit = kHeight / 1080.0f;
    tap.tap = Point{120 * unit, kHeight - 110 * unit};
    f.draw(tap);
    CHECK(f.services.exports == 1);
}
