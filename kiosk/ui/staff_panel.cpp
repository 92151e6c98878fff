#include "staff_panel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "paint.hpp"
#include "staff/staff_wording.hpp"
#include "staff_pin_pad.hpp"
#include "staff_visitors_page.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// What must not be missed on the health page, in the install banner's refusal red.
constexpr uint32_t kAlarmRed = 0xE57373;

// One line of text; returns the height used.
float text(const UiContext& ui, ImFont* font, const std::string& s, float x, float y, uint32_t rgb,
           float maxWidth = 0) {
    if (maxWidth > 0) return drawWrapped(ui, font, s, x, y, maxWidth, themeColor(rgb), 3, 1.3f);
    ui.list->AddText(font, font->FontSize, v(x, y), themeColor(rgb), s.c_str());
    return font->FontSize * 1.3f;
}

std::string format(const char* pattern, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, value);
    return buf;
}

std::string duration(double seconds) {
    const long s = static_cast<long>(seconds);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%ldd %02ld:%02ld:%02ld", s / 86400, s / 3600 % 24, s / 60 % 60,
                  s % 60);
    return buf;
}

}  // namespace

// A bar per job under way that uses one of `resources`: its name in staff
// wording and how far it has come (steps or bytes). Returns the height used.
float drawStaffJobs(const UiContext& ui, float x, float y, float w,
                    const std::vector<JobStatus>& jobs, unsigned resources) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    float used = 0;
    for (const JobStatus& job : jobs) {
        if (!(job.resources & resources)) continue;
        used += text(ui, small, staffLabel(job.name), x, y + used, t.text, w);
        const float barH = ui.px(14), barW = std::min(w, ui.px(640));
        const float top = y + used + ui.px(4);
        ui.list->AddRectFilled(v(x, top), v(x + barW, top + barH), themeColor(t.muted, 0.35f),
                               barH / 2);
        // A job that cannot say how far it is shows a sliding segment.
        const float done = job.progress.total ? float(job.progress.fraction()) : 0.0f;
        const float from = job.progress.total ? 0.0f : float(std::fmod(ui.now * 0.6, 1.0)) * 0.75f;
        const float to = job.progress.total ? done : from + 0.25f;
        if (to > from)
            ui.list->AddRectFilled(v(x + barW * from, top), v(x + barW * to, top + barH),
                                   themeColor(t.accent), barH / 2);
        used += barH + ui.px(16);
    }
    return used;
}

StaffIntent StaffPanel::draw(const UiContext& ui, StaffPanelState& state, StaffServices& services) {
    if (ui.touch && (ui.touch->down || ui.touch->tap)) state.touched(ui.now);
    if (state.stage() == StaffPanelState::Stage::PinEntry) return drawStaffPinPad(ui, state);
    if (state.stage() == StaffPanelState::Stage::Open) return drawOpen(ui, state, services);
    selfTest_.cancelGrid();  // the panel shut (or timed out) mid-grid
    return {};
}

StaffIntent StaffPanel::drawOpen(const UiContext& ui, StaffPanelState& state,
                                 StaffServices& services) {
    StaffIntent intent;
    // The self-test's touch grid takes the whole screen, buttons and all.
    if (state.page() == StaffPage::SelfTest && selfTest_.coversScreen() && services.selfTest()) {
        selfTest_.drawGrid(ui, *services.selfTest());
        return intent;
    }
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), themeColor(t.background));
    const float navW = ui.portrait() ? s.w : ui.px(400);
    const float pad = ui.px(28), rowH = ui.px(84);
    struct PageButton {
        StaffPage page;
        const char* key;
    };
    const PageButton pages[] = {
        {StaffPage::Content, "page_content"},   {StaffPage::Health, "page_health"},
        {StaffPage::Visitors, "page_visitors"}, {StaffPage::Sound, "page_sound"},
        {StaffPage::TouchTest, "page_touch"},   {StaffPage::SelfTest, "page_self_test"}};
    float y = s.y + pad;
    Rect area;
    if (ui.portrait()) {
        // Pages as a row of chips across the top.
        float x = s.x + pad;
        for (const auto& p : pages) {
            const std::string label = staffText(p.key).ja;
            const float w = chipWidth(ui, label);
            if (chip(ui, {x, y, w, rowH * 0.8f}, label, state.page() == p.page))
                state.showPage(p.page, ui.now);
            x += w + ui.px(12);
        }
        area = {s.x + pad, y + rowH, s.w - 2 * pad, s.h - rowH * 2 - pad * 3};
    } else {
        for (const auto& p : pages) {
            if (button(ui, {s.x + pad, y, navW - 2 * pad, rowH}, staffLabel(p.key),
                       state.page() == p.page ? ButtonStyle::Primary : ButtonStyle::Surface))
                state.showPage(p.page, ui.now);
            y += rowH + ui.px(12);
        }
        area = {s.x + navW, s.y + pad, s.w - navW - pad, s.h - 2 * pad};
    }
    // Close and exit stay in the corner below the pages.
    const float bw = ui.portrait() ? (s.w - 3 * pad) / 2 : navW - 2 * pad;
    const Rect closeR = ui.portrait()
                            ? Rect{s.x + pad, s.bottom() - pad - rowH, bw, rowH}
                            : Rect{s.x + pad, s.bottom() - pad - rowH * 2 - ui.px(12), bw, rowH};
    const Rect exitR = ui.portrait() ? Rect{s.x + 2 * pad + bw, s.bottom() - pad - rowH, bw, rowH}
                                     : Rect{s.x + pad, s.bottom() - pad - rowH, bw, rowH};
    if (button(ui, closeR, staffLabel("close"), ButtonStyle::Surface)) {
        state.close();
        services.clearLastAction();
        return intent;
    }
    const bool armed = state.exitArmed(ui.now);
    if (button(ui, exitR, armed ? staffLabel("exit_confirm") : staffLabel("exit"),
               armed ? ButtonStyle::Primary : ButtonStyle::Ghost))
        intent.exit = state.exitTapped(ui.now);

    switch (state.page()) {
        case StaffPage::Content:
            drawContentPage(ui, area, services);
            break;
        case StaffPage::Health:
            drawHealthPage(ui, area, services);
            break;
        case StaffPage::Visitors:
            drawStaffVisitorsPage(ui, area, services);
            break;
        case StaffPage::Sound:
            drawSoundPage(ui, area, services);
            break;
        case StaffPage::TouchTest:
            drawTouchPage(ui, area);
            break;
        case StaffPage::SelfTest:
            selfTest_.draw(ui, area, services);
            break;
    }
    return intent;
}

void StaffPanel::drawContentPage(const UiContext& ui, const Rect& a, StaffServices& services) {
    const Theme& t = ui.theme();
    ImFont* body = ui.fonts->body;
    ImFont* small = ui.fonts->caption;
    float y = a.y;
    y += text(ui, small, staffLabel("showing"), a.x, y, t.muted);
    y += text(ui, body, services.showingSummary(), a.x, y, t.text, a.w);
    y += ui.px(16);
    y += text(ui, small, staffLabel("installed"), a.x, y, t.muted);
    const auto packs = services.installedPacks(ui.now);
    if (packs.empty()) y += text(ui, body, staffLabel("none"), a.x, y, t.text);
    for (size_t i = 0; i < packs.size() && i < 6; ++i) {
        const auto& p = packs[i];
        std::string line = p.packId + "  v" + std::to_string(p.version) + "  " + p.folder;
        if (p.current) line += "  [" + staffText("current").en + "]";
        if (p.lastGood) line += "  [" + staffText("last_good").en + "]";
        y += text(ui, small, line, a.x + ui.px(16), y, p.showing ? t.accent : t.text);
    }
    y += ui.px(12);
    // While an install or another rollback works on the state folder, the
    // button waits (a second tap would be refused).
    const bool stateBusy = services.busy(kStateFolder);
    if (packs.size() > 1 &&
        button(ui, {a.x, y, ui.px(420), ui.px(80)}, staffLabel("rollback"),
               stateBusy ? ButtonStyle::Ghost : ButtonStyle::Surface) &&
        !stateBusy)
        services.rollBack();
    if (packs.size() > 1) y += ui.px(96);
    y += drawStaffJobs(ui, a.x, y, a.w, services.jobs(), kStateFolder);
    const std::string last = services.lastAction();
    if (!last.empty()) y += text(ui, small, last, a.x, y, t.accent, a.w);

    if (const auto pending = services.pendingPack()) {
        y += ui.px(12);
        y += text(ui, small, staffLabel("pending"), a.x, y, t.muted);
        y += text(ui, body, *pending, a.x, y, t.text, a.w);
        y += text(ui, small, staffLabel("pending_changes"), a.x, y, t.muted);
        const auto changes = services.pendingChanges();
        if (changes.empty()) y += text(ui, small, staffLabel("no_changes"), a.x, y, t.text);
        for (const auto& line : changes)
            y += text(ui, small, line, a.x + ui.px(16), y, t.text, a.w);
    }
    y += ui.px(16);
    y += text(ui, small, staffLabel("last_install"), a.x, y, t.muted);
    if (const auto notice = services.lastUsbNotice()) {
        y += text(ui, body, notice->headline.ja, a.x, y, t.text, a.w);
        y += text(ui, small, notice->headline.en, a.x, y, t.text, a.w);
        if (!notice->detail.empty()) text(ui, small, notice->detail.en, a.x, y, t.muted, a.w);
    } else {
        text(ui, body, staffLabel("none"), a.x, y, t.text);
    }
}

void StaffPanel::drawHealthPage(const UiContext& ui, const Rect& a, StaffServices& services) {
    const Theme& t = ui.theme();
    ImFont* body = ui.fonts->body;
    ImFont* small = ui.fonts->caption;
    const StaffHealth h = services.health(ui.now);
    const FrameStats& frames = services.frames();
    float y = a.y;
    const float col = a.w / 2;
    auto figure = [&](const char* key, const std::string& value, float x, float yy) {
        text(ui, small, staffLabel(key), x, yy, t.muted);
        text(ui, body, value, x, yy + small->FontSize * 1.3f, t.text);
    };
    figure("fps", format("%.1f", frames.framesPerSecond(ui.now)), a.x, y);
    figure("frame_ms",
           format("%.1f ms", frames.millisecondsAt(0.5)) +
               format(" / p99 %.1f ms", frames.millisecondsAt(0.99)),
           a.x + col, y);
    y += small->FontSize * 1.3f + body->FontSize * 1.6f;
    figure("memory",
           format("%.0f MB", h.residentKiB / 1024.0) +
               format(" (peak %.0f MB)", h.peakResidentKiB / 1024.0),
           a.x, y);
    figure("uptime", duration(h.uptimeSeconds), a.x + col, y);
    y += small->FontSize * 1.3f + body->FontSize * 1.6f;
    if (h.restarts >= 0) {
        figure("restarts", std::to_string(h.restarts), a.x, y);
        y += small->FontSize * 1.3f + body->FontSize * 1.6f;
    }
    if (!h.stateProblem.empty()) {
        y += text(ui, small, staffLabel("state_unusable"), a.x, y, kAlarmRed);
        y += text(ui, small, h.stateProblem, a.x, y, kAlarmRed, a.w) + ui.px(8);
    }
    // Frame time graph: 0–50 ms, with the 60 fps budget marked.
    const Rect g{a.x, y, a.w, ui.px(180)};
    ui.list->AddRectFilled(v(g.x, g.y), v(g.right(), g.bottom()), themeColor(t.surface), ui.px(8));
    const auto ms = frames.recentMilliseconds();
    const float budgetY = g.bottom() - g.h * (16.7f / 50.0f);
    ui.list->AddLine(v(g.x, budgetY), v(g.right(), budgetY), themeColor(t.muted, 0.6f), ui.px(2));
    if (ms.size() > 1) {
        std::vector<ImVec2> points;
        for (size_t i = 0; i < ms.size(); ++i)
            points.push_back(v(g.x + g.w * float(i) / float(ms.size() - 1),
                               g.bottom() - g.h * std::min(ms[i], 50.0f) / 50.0f));
        ui.list->AddPolyline(points.data(), int(points.size()), themeColor(t.accent), 0, ui.px(3));
    }
    y = g.bottom() + ui.px(16);
    y += text(ui, small, staffLabel("log"), a.x, y, t.muted);
    const float lineH = small->FontSize * 1.3f;
    const int fit = std::max(0, int((a.bottom() - y) / lineH));
    const auto& log = h.recentLog;
    for (size_t i = log.size() > size_t(fit) ? log.size() - fit : 0; i < log.size(); ++i) {
        const LaidOutText one = layoutWith(ui, small, log[i], a.w, 1);
        y += drawLaidOut(*ui.list, small, one, a.x, y, themeColor(t.text), 1.3f);
    }
}

void StaffPanel::drawSoundPage(const UiContext& ui, const Rect& a, StaffServices& services) {
    const Theme& t = ui.theme();
    float y = a.y;
    y += text(ui, ui.fonts->caption, staffLabel("volume"), a.x, y, t.muted);
    const int volume = services.volume();
    const float b = ui.px(110);
    if (button(ui, {a.x, y, b, b}, "−", ButtonStyle::Surface))
        services.setVolume(std::max(0, volume - 10));
    const Rect bar{a.x + b + ui.px(24), y + b * 0.35f, a.w - 2 * b - ui.px(48), b * 0.3f};
    ui.list->AddRectFilled(v(bar.x, bar.y), v(bar.right(), bar.bottom()), themeColor(t.surface),
                           bar.h / 2);
    ui.list->AddRectFilled(v(bar.x, bar.y), v(bar.x + bar.w * volume / 100.0f, bar.bottom()),
                           themeColor(t.accent), bar.h / 2);
    if (button(ui, {bar.right() + ui.px(24), y, b, b}, "+", ButtonStyle::Surface))
        services.setVolume(std::min(100, volume + 10));
    y += b + ui.px(16);
    drawCenteredLine(*ui.list, ui.fonts->title, std::to_string(volume) + " %", bar.center().x, y,
                     bar.w, themeColor(t.text));
}

void StaffPanel::drawTouchPage(const UiContext& ui, const Rect& a) {
    const Theme& t = ui.theme();
    float y = a.y;
    y += text(ui, ui.fonts->caption, staffLabel("touch_hint"), a.x, y, t.muted, a.w);
    const int cols = 8, rows = 5;
    touchedCells_.resize(cols * rows);
    const float cw = a.w / cols, ch = (a.bottom() - y) / rows;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const Rect cell{a.x + c * cw, y + r * ch, cw, ch};
            const bool on = ui.touch && ui.touch->down && cell.contains(ui.touch->position);
            if (on) touchedCells_[r * cols + c] = true;
            const uint32_t fill = on ? t.accent
                                  : touchedCells_[r * cols + c]
                                      ? mixColor(t.surface, t.accent, 0.35f)
                                      : t.surface;
            ui.list->AddRectFilled(v(cell.x + 3, cell.y + 3),
                                   v(cell.right() - 3, cell.bottom() - 3), themeColor(fill),
                                   ui.px(6));
        }
    if (ui.touch && ui.touch->down) {
        // The crosshair sits where the kiosk thinks the finger is.
        const Point p = ui.touch->position;
        ui.list->AddLine(v(a.x, p.y), v(a.right(), p.y), themeColor(t.text), ui.px(2));
        ui.list->AddLine(v(p.x, y), v(p.x, a.bottom()), themeColor(t.text), ui.px(2));
        char where[48];
        std::snprintf(where, sizeof where, "%.0f, %.0f", p.x, p.y);
        text(ui, ui.fonts->caption, where, p.x + ui.px(12), p.y + ui.px(8), t.text);
    }
}

}  // namespace kiosk::ui
