#include "stats/figure_export.hpp"

#include <algorithm>

#include "build/raster_canvas.hpp"

namespace kiosk {

namespace {

// A field as CSV writes it: quoted when it holds a comma, quote or line break.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

constexpr uint32_t kPaper = 0xFFFFFF, kInk = 0x333333, kGrid = 0xDDDDDD;
constexpr uint32_t kWeekday = 0x4A90C2, kWeekend = 0x1F5F8B;

void addRect(CoverageMask& mask, float x, float y, float w, float h) {
    mask.addTriangle({x, y}, {x + w, y}, {x + w, y + h});
    mask.addTriangle({x, y}, {x + w, y + h}, {x, y + h});
}

// Digits and the dash on a 3x5 grid, a row of three bits each, top first.
const int* glyphRows(char c) {
    static const int digits[10][5] = {
        {7, 5, 5, 5, 7}, {2, 6, 2, 2, 7}, {7, 1, 7, 4, 7}, {7, 1, 7, 1, 7}, {5, 5, 7, 1, 1},
        {7, 4, 7, 1, 7}, {7, 4, 7, 5, 7}, {7, 1, 1, 1, 1}, {7, 5, 7, 5, 7}, {7, 5, 7, 1, 7}};
    static const int dash[5] = {0, 0, 7, 0, 0};
    if (c >= '0' && c <= '9') return digits[c - '0'];
    return c == '-' ? dash : nullptr;
}

// `text` with cells of `cell` pixels, its left edge at x (or centred on x).
void addDigits(CoverageMask& mask, const std::string& text, float x, float y, float cell,
               bool centred) {
    const float advance = cell * 4;
    if (centred) x -= (advance * float(text.size()) - cell) / 2;
    for (char c : text) {
        if (const int* rows = glyphRows(c))
            for (int r = 0; r < 5; ++r)
                for (int col = 0; col < 3; ++col)
                    if (rows[r] & (4 >> col))
                        addRect(mask, x + col * cell, y + r * cell, cell, cell);
        x += advance;
    }
}

// A round step for the scale's lines: 1, 2 or 5 times a power of ten.
long scaleStep(long most) {
    for (long power = 1;; power *= 10)
        for (long m : {1L, 2L, 5L})
            if (most <= m * power * 5) return m * power;
}

}  // namespace

std::string figuresCsv(const std::vector<FigureCount>& rows) {
    std::string out =
        "\xEF\xBB\xBF"
        "day,hour,kind,name,count\r\n";
    for (const FigureCount& row : rows)
        out += row.hour.date.iso() + "," + std::to_string(row.hour.hour) + "," +
               figureKindName(row.kind) + "," + csvField(row.name) + "," +
               std::to_string(row.count) + "\r\n";
    return out;
}

std::string visitsChartPng(const FigureReport& report, int width, int height) {
    RasterCanvas canvas(width, height);
    canvas.fill(kPaper);
    const float cell = std::max(2.0f, height / 150.0f);
    const float left = cell * 24, right = width - cell * 4;
    const float top = cell * 14, bottom = height - cell * 12;
    const long most = std::max(1L, report.busiestDay());
    const long step = scaleStep(most);
    const long ceiling = (most + step - 1) / step * step;
    CoverageMask grid(width, height), ink(width, height);
    for (long value = 0; value <= ceiling; value += step) {
        const float y = bottom - (bottom - top) * float(value) / float(ceiling);
        grid.addLine({left, y}, {right, y}, 1.5f);
        addDigits(ink, std::to_string(value), cell * 2, y - cell * 2.5f, cell, false);
    }
    canvas.paint(grid, kGrid);
    addDigits(ink, report.firstDay().iso() + " - " + report.today.iso(), left, cell * 4, cell,
              false);
    CoverageMask weekday(width, height), weekend(width, height);
    const float slot = (right - left) / float(std::max(1, report.days));
    for (int i = 0; i < report.days; ++i) {
        const CalendarDate day = addDays(report.firstDay(), i);
        const float h = (bottom - top) * float(report.visitsPerDay[size_t(i)]) / float(ceiling);
        addRect(weekdayOf(day) >= 5 ? weekend : weekday, left + slot * (i + 0.15f), bottom - h,
                slot * 0.7f, h);
        addDigits(ink, std::to_string(day.day), left + slot * (i + 0.5f), bottom + cell * 3,
                  cell * 0.8f, true);
    }
    canvas.paint(weekday, kWeekday);
    canvas.paint(weekend, kWeekend);
    ink.addLine({left, bottom}, {right, bottom}, 2.0f);
    canvas.paint(ink, kInk);
    return canvas.encodePng();
}

}  // namespace kiosk
