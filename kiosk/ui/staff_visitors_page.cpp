#include "staff_visitors_page.hpp"

#include <algorithm>
#include <cstdio>

#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "staff/staff_wording.hpp"
#include "staff_panel.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// Where the figures cannot last, in the install banner's refusal red.
constexpr uint32_t kAlarmRed = 0xE57373;

// One line of text; returns the height used.
float line(const UiContext& ui, ImFont* font, const std::string& s, float x, float y,
           uint32_t rgb) {
    ui.list->AddText(font, font->FontSize, v(x, y), themeColor(rgb), s.c_str());
    return font->FontSize * 1.3f;
}

// A label over a big number; returns the height used.
float figure(const UiContext& ui, const char* key, const std::string& value, float x, float y) {
    const Theme& t = ui.theme();
    const float used = line(ui, ui.fonts->caption, staffLabel(key), x, y, t.muted);
    return used + line(ui, ui.fonts->title, value, x, y + used, t.text);
}

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f s", s);
    return buf;
}

// The last part of a path: the state folder's own path says nothing to staff.
std::string fileName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Where the figures are kept, and what went wrong with their file.
float drawKeeping(const UiContext& ui, const FigureKeeping& k, float x, float y, float w) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    float used = 0;
    const auto say = [&](const std::string& s, uint32_t rgb) {
        used += drawWrapped(ui, small, s, x, y + used, w, themeColor(rgb), 2, 1.3f);
    };
    if (!k.movedAside.empty())
        say(fillTemplate(staffLabel("figures_moved"), {{"file", fileName(k.movedAside)}}),
            kAlarmRed);
    if (!k.problem.empty())
        say(staffLabel("figures_problem") + ": " + k.problem, kAlarmRed);
    else if (k.inMemory)
        say(staffLabel("figures_memory"), kAlarmRed);
    else
        say(fillTemplate(staffLabel("figures_file"), {{"file", fileName(k.path)}}), t.muted);
    if (!k.lastError.empty()) say(k.lastError, kAlarmRed);
    return used;
}

// A bar a day, weekends in the darker colour, the day of the month under
// each and the busiest day's count at the top left.
void drawDayChart(const UiContext& ui, const Rect& r, const FigureReport& report) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    const float labelH = small->FontSize * 1.3f;
    const Rect bars{r.x, r.y, r.w, r.h - labelH};
    ui.list->AddRectFilled(v(bars.x, bars.y), v(bars.right(), bars.bottom()), themeColor(t.surface),
                           ui.px(8));
    const long most = std::max(1L, report.busiestDay());
    line(ui, small, std::to_string(report.busiestDay()), bars.x + ui.px(8), bars.y + ui.px(4),
         t.muted);
    const float slot = bars.w / float(std::max(1, report.days));
    const float top = bars.y + labelH + ui.px(8);
    for (int i = 0; i < report.days; ++i) {
        const CalendarDate day = addDays(report.firstDay(), i);
        const long count = report.visitsPerDay[size_t(i)];
        const float h = (bars.bottom() - top) * float(count) / float(most);
        const float x = bars.x + slot * (float(i) + 0.15f);
        const uint32_t rgb =
            weekdayOf(day) >= 5 ? mixColor(t.accent, t.background, 0.35f) : t.accent;
        if (count > 0)
            ui.list->AddRectFilled(v(x, bars.bottom() - h), v(x + slot * 0.7f, bars.bottom()),
                                   themeColor(rgb), ui.px(3));
        drawCenteredLine(*ui.list, small, std::to_string(day.day), x + slot * 0.35f,
                         bars.bottom() + ui.px(2), slot, themeColor(t.muted));
    }
}

// Seven rows (Monday first) of 24 hours, the busier the nearer the accent.
void drawHeatMap(const UiContext& ui, const Rect& r, const FigureReport& report) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    const float labelW = ui.px(110), labelH = small->FontSize * 1.3f;
    const float cw = (r.w - labelW) / 24.0f, ch = (r.h - labelH) / 7.0f;
    const long most = std::max(1L, report.busiestHour());
    for (int day = 0; day < 7; ++day) {
        const float y = r.y + ch * float(day);
        const LocalizedText& name = staffText("weekday_" + std::to_string(day));
        line(ui, small, name.ja + " " + name.en, r.x, y + (ch - small->FontSize) / 2, t.muted);
        for (int hour = 0; hour < 24; ++hour) {
            const long count = report.visitsByWeekdayHour[size_t(day)][size_t(hour)];
            const float share = float(count) / float(most);
            const uint32_t fill =
                count ? mixColor(t.surface, t.accent, 0.2f + 0.8f * share) : t.surface;
            const float x = r.x + labelW + cw * float(hour);
            ui.list->AddRectFilled(v(x + 1, y + 1), v(x + cw - 1, y + ch - 1), themeColor(fill),
                                   ui.px(3));
        }
    }
    for (int hour = 0; hour < 24; hour += 3)
        line(ui, small, std::to_string(hour), r.x + labelW + cw * float(hour), r.bottom() - labelH,
             t.muted);
}

// What staff read for a counted name: a screen's label, an event's title or
// an association's name from the pack on screen, a language's English name, an
// access setting's; the stored name when the pack does not know it (any more).
std::string figureLabel(const UiContext& ui, FigureKind kind, const std::string& name) {
    const Pack& pack = *ui.pack;
    if (kind == FigureKind::Screen) {
        const auto id = parseScreenName(name);
        const char* key = id ? screenEntry(*id).labelKey : nullptr;
        return key && pack.findString(key) ? pack.text(key, Language::Japanese) : name;
    }
    if (kind == FigureKind::Item) {
        const size_t colon = name.find(':');
        const std::string id = colon == std::string::npos ? "" : name.substr(colon + 1);
        if (const Event* event = pack.findEvent(id)) return event->title.in(Language::Japanese);
        if (const Association* a = pack.findAssociation(id)) return a->name.in(Language::Japanese);
        return name;
    }
    Language language;
    if (kind == FigureKind::Language && parseLanguageCode(name, language))
        return languageEnglishName(language);
    if (kind == FigureKind::Access && staffText("access_" + name).ja != "?")
        return staffLabel("access_" + name);
    return name;
}

// One "most used" list: its title, then up to five names with their counts.
float drawTop(const UiContext& ui, const char* key, FigureKind kind,
              const std::vector<FigureTop>& top, float x, float y, float w) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    const LaidOutText title = layoutWith(ui, small, staffLabel(key), w, 1);
    float used = drawLaidOut(*ui.list, small, title, x, y, themeColor(t.muted), 1.3f);
    if (top.empty()) used += line(ui, small, "—", x, y + used, t.text);
    for (const FigureTop& one : top) {
        const std::string count = std::to_string(one.count);
        const float countW = textWidth(small, count);
        const LaidOutText name =
            layoutWith(ui, small, figureLabel(ui, kind, one.name), w - countW - ui.px(24), 1);
        drawLaidOut(*ui.list, small, name, x, y + used, themeColor(t.text), 1.3f);
        // Laid out like the name, so that both sit on one baseline.
        drawLaidOut(*ui.list, small, layoutWith(ui, small, count, countW + ui.px(8), 1),
                    x + w - countW, y + used, themeColor(t.text), 1.3f);
        used += small->FontSize * 1.3f;
    }
    return used;
}

void drawTops(const UiContext& ui, const Rect& r, const FigureReport& report) {
    const float half = (r.w - ui.px(32)) / 2, right = r.x + half + ui.px(32);
    const float first =
        std::max(drawTop(ui, "top_screens", FigureKind::Screen, report.topScreens, r.x, r.y, half),
                 drawTop(ui, "top_items", FigureKind::Item, report.topItems, right, r.y, half));
    const float y = r.y + first + ui.px(16);
    drawTop(ui, "top_languages", FigureKind::Language, report.topLanguages, r.x, y, half);
    drawTop(ui, "top_access", FigureKind::Access, report.topAccess, right, y, half);
}

// The export button, the bar of an export under way and the last outcome.
void drawExport(const UiContext& ui, const Rect& a, StaffServices& services) {
    const Rect exportR{a.x, a.bottom() - ui.px(150), ui.px(480), ui.px(80)};
    const bool stickBusy = services.busy(kUsbStick);
    if (button(ui, exportR, staffLabel("export"),
               stickBusy ? ButtonStyle::Ghost : ButtonStyle::Surface) &&
        !stickBusy)
        services.exportVisitorStats();
    float below = exportR.bottom() + ui.px(12);
    below += drawStaffJobs(ui, a.x, below, a.w, services.jobs(), kUsbStick);
    const std::string last = services.lastAction();
    if (!last.empty())
        drawWrapped(ui, ui.fonts->caption, last, a.x, below, a.w, themeColor(ui.theme().accent), 2,
                    1.3f);
}

// A titled part of the page: its caption, then `draw` in the rest of `r`.
template <class Draw>
void titled(const UiContext& ui, const char* key, const Rect& r, Draw draw) {
    const float titleH = line(ui, ui.fonts->caption, staffLabel(key), r.x, r.y, ui.theme().muted);
    draw(Rect{r.x, r.y + titleH, r.w, r.h - titleH});
}

// The day chart across the top of `r`; below it the heat map with the most
// used beside it, or, on a narrow (portrait) screen, under it.
void drawCharts(const UiContext& ui, const Rect& r, const FigureReport& report) {
    const bool narrow = r.w < ui.px(1200);
    const float gap = ui.px(20);
    const float chartH = std::max(ui.px(120), r.h * (narrow ? 0.3f : 0.45f));
    titled(ui, "figures_chart", {r.x, r.y, r.w, chartH}, [&](const Rect& in) {
        if (report.days > 0) drawDayChart(ui, in, report);
    });
    const float y = r.y + chartH + gap;
    const float heatW = narrow ? r.w : r.w * 0.55f;
    const float heatH = std::max(ui.px(140), narrow ? r.h * 0.3f : r.bottom() - y);
    titled(ui, "figures_heat", {r.x, y, heatW, heatH},
           [&](const Rect& in) { drawHeatMap(ui, in, report); });
    if (narrow)
        drawTops(ui, {r.x, y + heatH + gap, r.w, r.bottom() - y - heatH - gap}, report);
    else
        drawTops(ui, {r.x + heatW + ui.px(40), y, r.w - heatW - ui.px(40), heatH}, report);
}

}  // namespace

void drawStaffVisitorsPage(const UiContext& ui, const Rect& a, StaffServices& services) {
    const StaffFigures figures = services.visitorFigures(ui.now);
    const VisitorStats& stats = services.visitors();
    const FigureReport& report = figures.report;
    const Theme& t = ui.theme();
    const float col = a.w / 4;
    float y = a.y;
    const std::string unread = figures.read ? "" : "…";
    figure(ui, "visits_today", unread + std::to_string(report.visitsToday), a.x, y);
    figure(ui, "visits_30_days", unread + std::to_string(report.visitsInDays), a.x + col, y);
    figure(ui, "visits_since_start", std::to_string(stats.sessions()), a.x + 2 * col, y);
    y += figure(ui, "median_visit", seconds(stats.medianSessionSeconds()), a.x + 3 * col, y);
    if (figures.read)
        y += drawKeeping(ui, figures.keeping, a.x, y, a.w);
    else
        y += line(ui, ui.fonts->caption, staffLabel("figures_reading"), a.x, y, t.muted);
    y += ui.px(12);
    drawCharts(ui, {a.x, y, a.w, a.bottom() - ui.px(170) - y}, report);
    drawExport(ui, a, services);
}

}  // namespace kiosk::ui
