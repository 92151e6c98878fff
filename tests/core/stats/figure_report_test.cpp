// The Visitors page's report and the export made from the database's rows.
#include <stb_image.h>

#include <catch2/catch.hpp>

#include "stats/figure_export.hpp"
#include "stats/figure_report.hpp"

using namespace kiosk;

namespace {

const CalendarDate kToday{2026, 12, 3};  // a Thursday

std::vector<FigureCount> monthOfRows() {
    std::vector<FigureCount> rows;
    // 31 days ago: outside the 30 days.
    rows.push_back({{{2026, 11, 2}, 10}, FigureKind::Session, "", 100});
    // 30 days: 2026-11-04 .. 2026-12-03, i+1 visits at 14:00 on day i.
    for (int i = 0; i < 30; ++i)
        rows.push_back({{addDays({2026, 11, 4}, i), 14}, FigureKind::Session, "", i + 1});
    rows.push_back({{kToday, 9}, FigureKind::Session, "", 4});
    rows.push_back({{kToday, 9}, FigureKind::Screen, "home", 9});
    rows.push_back({{kToday, 9}, FigureKind::Screen, "map", 3});
    rows.push_back({{kToday, 10}, FigureKind::Screen, "timeline", 9});
    rows.push_back({{kToday, 10}, FigureKind::Language, "en", 2});
    rows.push_back({{kToday, 10}, FigureKind::Item, "event:x", 1});
    rows.push_back({{kToday, 10}, FigureKind::Access, "contrast", 1});
    return rows;
}

}  // namespace

TEST_CASE("the report has 30 days of visits, four weeks of hours by weekday, and the most used") {
    const FigureReport report = reportFigures(monthOfRows(), kToday, 30, 2);
    CHECK(report.firstDay() == CalendarDate{2026, 11, 4});
    REQUIRE(report.visitsPerDay.size() == 30);
    CHECK(report.visitsPerDay.front() == 1);
    CHECK(report.visitsPerDay.back() == 30 + 4);
    CHECK(report.visitsToday == 34);
    CHECK(report.visitsInDays == 30 * 31 / 2 + 4);
    CHECK(report.busiestDay() == 34);
    // Thursdays at 14:00 in the last four weeks: Nov 12, 19, 26 and Dec 3 (days 9, 16, 23,
    // 30); Nov 5 (day 2) is in the 30 days but not in the four weeks.
    CHECK(report.visitsByWeekdayHour[3][14] == 9 + 16 + 23 + 30);
    CHECK(report.visitsByWeekdayHour[3][9] == 4);
    CHECK(report.visitsByWeekdayHour[3][10] == 0);
    CHECK(report.busiestHour() == 78);
    // Wednesday Nov 4 (day 1), the first of the 30 days, is not in the four weeks either.
    CHECK(report.visitsByWeekdayHour[2][14] == 8 + 15 + 22 + 29);
    // Ties by name; two each.
    REQUIRE(report.topScreens.size() == 2);
    CHECK(report.topScreens[0].name == "home");
    CHECK(report.topScreens[1].name == "timeline");
    CHECK(report.topLanguages.at(0).name == "en");
    CHECK(report.topItems.at(0).name == "event:x");
    CHECK(report.topAccess.at(0).name == "contrast");
}

TEST_CASE("the hourly CSV has a row per hour, kind and name, quoted where it must be") {
    const std::vector<FigureCount> rows = {
        {{kToday, 9}, FigureKind::Session, "", 4},
        {{kToday, 10}, FigureKind::Item, "event:a,\"b\"", 1},
    };
    CHECK(figuresCsv(rows) ==
          "\xEF\xBB\xBF"
          "day,hour,kind,name,count\r\n"
          "2026-12-03,9,session,,4\r\n"
          "2026-12-03,10,item,\"event:a,\"\"b\"\"\",1\r\n");
}

TEST_CASE("the chart is a PNG with a bar a day, the busiest the tallest") {
    const FigureReport report = reportFigures(monthOfRows(), kToday);
    const std::string png = visitsChartPng(report, 1200, 600);
    REQUIRE(!png.empty());
    int w = 0, h = 0, channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(png.data()),
                                            int(png.size()), &w, &h, &channels, 4);
    REQUIRE(pixels);
    CHECK(w == 1200);
    CHECK(h == 600);
    // The height painted in bar colours along the middle of a day's slot.
    const auto barHeight = [&](int day) {
        const float cell = 600 / 150.0f, left = cell * 24, right = 1200 - cell * 4;
        const int x = int(left + (right - left) / 30 * (day + 0.5f));
        int painted = 0;
        for (int y = 0; y < h; ++y) {
            const stbi_uc* p = pixels + (y * w + x) * 4;
            const bool bar = p[2] > 0x80 && p[0] < 0x60;  // blue, not grey or white
            painted += bar;
        }
        return painted;
    };
    CHECK(barHeight(29) > barHeight(28));
    CHECK(barHeight(28) > barHeight(0));
    CHECK(barHeight(0) > 0);
    stbi_image_free(pixels);
}
