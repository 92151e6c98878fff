#pragma once
#include <string>
#include <vector>

#include "stats/figure_report.hpp"
#include "stats/visit_figures.hpp"

namespace kiosk {

// The hourly figures as CSV for a spreadsheet: "day,hour,kind,name,count",
// one row per local hour, kind and name, oldest first (UTF-8, with a BOM so
// that Excel reads the names right).
std::string figuresCsv(const std::vector<FigureCount>& rows);

// The report's visits per day as a bar chart (PNG bytes, `width` x `height`):
// a bar a day, weekends darker, the day of the month under each bar, a scale
// on the left and the dates covered on top. Drawn without fonts: digits only.
std::string visitsChartPng(const FigureReport& report, int width = 1200, int height = 600);

}  // namespace kiosk
