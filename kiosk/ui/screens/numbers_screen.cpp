#include "screens/numbers_screen.hpp"

#include <algorithm>
#include <cmath>

#include "pacing/easing.hpp"
#include "paint.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
int totalSeriesIndex(const Stats& stats) {
    for (size_t i = 0; i < stats.series.size(); ++i)
        if (stats.series[i].total) return int(i);
    return stats.series.empty() ? -1 : 0;
}
}  // namespace

std::string seriesCaption(const UiContext& ui, const StatsSeries& series) {
    const LocalizedText* caption = ui.pack->findString("numbers_caption_" + series.id);
    return caption ? ui.in(*caption) : std::string();
}

void drawStatsBars(const UiContext& ui, const Rect& chart, const StatsSeries& series, float growth,
                   uint32_t barColor) {
    const Theme& t = ui.theme();
    const Stats& stats = ui.pack->stats;
    const size_t n = std::min(series.values.size(), stats.years.size());
    if (n == 0) return;
    int maxValue = 1;
    for (const auto& value : series.values) maxValue = std::max(maxValue, value.value_or(0));
    const float labelH = ui.fonts->caption->FontSize * 2.8f;
    const float figureH = ui.fonts->body->FontSize * 1.6f;
    const float baseY = chart.bottom() - labelH;
    const float plotH = baseY - chart.y - figureH;
    const float slot = chart.w / float(n);
    const float barW = std::min(slot * 0.62f, ui.px(150));
    ui.list->AddLine(v(chart.x, baseY), v(chart.right(), baseY), themeColor(t.muted, 0.5f),
                     ui.px(2));
    for (size_t i = 0; i < n; ++i) {
        const float cx = chart.x + slot * (float(i) + 0.5f);
        const auto& value = series.values[i];
        std::string figure = "—";
        if (value) {
            const float h = plotH * float(*value) / float(maxValue) * growth;
            ui.list->AddRectFilled(v(cx - barW * 0.5f, baseY - h), v(cx + barW * 0.5f, baseY),
                                   themeColor(barColor), ui.px(8), ImDrawFlags_RoundCornersTop);
            figure = groupThousands(std::lround(double(*value) * growth));
            drawCenteredLine(*ui.list, ui.fonts->body, figure, cx, baseY - h - figureH, slot,
                             themeColor(t.text));
        } else {
            drawCenteredLine(*ui.list, ui.fonts->body, figure, cx, baseY - figureH, slot,
                             themeColor(t.muted));
        }
        const StatsYear& year = stats.years[i];
        drawCenteredLine(*ui.list, ui.fonts->caption, std::to_string(year.fiscalYear), cx,
                         baseY + ui.px(10), slot, themeColor(t.text));
        // The era label adds what the year does not say ("平成27年度"); a label that
        // only repeats the year ("FY2015") is left out.
        const std::string& label = ui.in(year.label);
        if (label.find(std::to_string(year.fiscalYear)) == std::string::npos)
            drawCenteredLine(*ui.list, ui.fonts->caption, label, cx,
                             baseY + ui.px(10) + ui.fonts->caption->FontSize * 1.3f, slot,
                             themeColor(t.muted));
    }
}

void NumbersScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    changedAt_ = now;
}

float NumbersScreen::drawChips(const UiContext& ui, float y) {
    const Stats& stats = ui.pack->stats;
    const Rect& a = ui.area;
    float x = a.x + ui.margin();
    const float chipH = std::max(ui.px(64), std::round(ui.fonts->caption->FontSize * 1.7f));
    for (size_t i = 0; i < stats.series.size(); ++i) {
        const std::string& label = ui.in(stats.series[i].label);
        const float w = chipWidth(ui, label);
        if (x + w > a.right() - ui.margin()) {
            x = a.x + ui.margin();
            y += chipH + ui.px(12);
        }
        if (chip(ui, Rect{x, y, w, chipH}, label, int(i) == series_) && int(i) != series_) {
            series_ = int(i);
            changedAt_ = ui.now;
        }
        x += w + ui.px(14);
    }
    return y + chipH;
}

Intent NumbersScreen::drawContent(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Stats& stats = ui.pack->stats;
    const Rect& a = ui.area;
    const float left = a.x + ui.margin(), width = a.w - 2 * ui.margin();
    const float textW = std::min(width, ui.measure());
    if (stats.series.empty()) return {};
    if (series_ < 0 || series_ >= int(stats.series.size())) series_ = totalSeriesIndex(stats);
    const StatsSeries& series = stats.series[size_t(series_)];

    scroll_.update(ui.touch, a, ui.dt);
    const ScrollView view(ui, a, scroll_, t.background);
    const UiContext& in = view.ui();
    const float top = a.y - float(scroll_.scroll().offset());
    const float bottom = drawScrolled(in, top, left, width, textW, series);
    scroll_.scroll().setExtent(bottom - top, a.h);
    return {};
}

float NumbersScreen::drawScrolled(const UiContext& ui, float top, float left, float width,
                                  float textW, const StatsSeries& series) {
    const Theme& t = ui.theme();
    const Stats& stats = ui.pack->stats;
    const Rect& a = ui.area;
    float y = top;
    y += drawWrapped(ui, ui.fonts->title, ui.text("numbers_heading"), left, y, textW,
                     themeColor(t.text), 0, 1.3f);
    y += drawWrapped(ui, ui.fonts->caption, ui.in(stats.asOf), left, y, textW, themeColor(t.muted),
                     0, 1.5f) +
         ui.gutter() * 0.5f;
    y = drawChips(ui, y) + ui.gutter();
    // What the chosen series counts, so that its figures are not taken for another's.
    y += drawWrapped(ui, ui.fonts->body, seriesCaption(ui, series), left, y, textW,
                     themeColor(t.text), 0, 1.4f) +
         ui.gutter() * 0.5f;

    float notesH = 0;
    for (const auto& note : stats.notes)
        notesH += float(layoutWith(ui, ui.fonts->caption, "※ " + ui.in(note), textW).lines.size()) *
                  lineHeight(ui.fonts->caption, 1.5f);
    // What the area leaves the chart, but no less than its bars and labels
    // need to read (larger text): then the screen scrolls.
    const float fill = a.bottom() - (y - top + a.y) - notesH - ui.px(40);
    const float least =
        ui.fonts->title->FontSize * 2.0f + ui.fonts->caption->FontSize * 4.0f + ui.px(120);
    const Rect chart{left, y, width, std::max(fill, least)};
    // The bars grow over 1.2 s; with less motion they stand at full height.
    const double grown = ui.access.reduceMotion ? 1.0 : (ui.now - changedAt_) / 1.2;
    const float growth = easeOutCubic(float(grown));
    drawStatsBars(ui, chart, series, growth, series.total ? t.accent : t.muted);

    float ny = chart.bottom() + ui.px(16);
    for (const auto& note : stats.notes)
        ny += drawWrapped(ui, ui.fonts->caption, "※ " + ui.in(note), left, ny, textW,
                          themeColor(t.muted), 0, 1.5f);
    return ny + ui.px(24);
}

// The heading and what the chosen series counts.
std::vector<std::string> NumbersScreen::spokenContent(const UiContext& ui) const {
    const Stats& stats = ui.pack->stats;
    std::vector<std::string> texts = {ui.text("numbers_heading")};
    const int shown =
        series_ >= 0 && series_ < int(stats.series.size()) ? series_ : totalSeriesIndex(stats);
    if (shown >= 0) {
        texts.push_back(ui.in(stats.series[size_t(shown)].label));
        texts.push_back(seriesCaption(ui, stats.series[size_t(shown)]));
    }
    return texts;
}

}  // namespace kiosk::ui
