#include "screens/timeline_screen.hpp"

#include <algorithm>
#include <cmath>

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "paint.hpp"
#include "text_block.hpp"
#include "timeline_card.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// A chip `design` pixels tall, or taller for the visitor's larger caption type.
float chipHeight(const UiContext& ui, float design) {
    return std::max(ui.px(design), std::round(ui.fonts->caption->FontSize * 1.7f));
}

// The year chips' rows: one, unless larger type makes a ninth of the bar too
// narrow for "2014".
int yearBarRows(const UiContext& ui, float width, size_t years) {
    if (years == 0) return 1;
    const float gap = ui.px(10);
    const float least = chipWidth(ui, "2014") - ui.px(24);
    const int perRow = std::max(1, int((width + gap) / (least + gap)));
    return int((years + size_t(perRow) - 1) / size_t(perRow));
}

}  // namespace

void TimelineScreen::reset() {
    strip_.reset();
    filter_.reset();
}

bool TimelineScreen::animating(double now) const {
    return Screen::animating(now) || strip_.scroll().animating();
}

Intent TimelineScreen::drawFilters(const UiContext& ui, float& bottom) {
    const Rect& a = ui.area;
    const float margin = ui.margin(), h = chipHeight(ui, 64.0f), gap = ui.px(14);
    float x = a.x + margin, y = a.y + ui.gutter();
    auto place = [&](float w) {
        if (x + w > a.right() - margin && x > a.x + margin) {
            x = a.x + margin;
            y += h + gap;
        }
        Rect r{x, y, w, h};
        x += w + gap;
        return r;
    };
    const std::string& all = ui.text("category_all");
    if (chip(ui, place(chipWidth(ui, all)), all, !filter_)) {
        filter_.reset();
        strip_.scroll().jumpTo(0);
    }
    for (EventCategory c : allCategories()) {
        const std::string& label = ui.text(categoryStringKey(c));
        if (chip(ui, place(chipWidth(ui, label, true)), label, filter_ == c, categoryColor(c),
                 true)) {
            filter_ = filter_ == c ? std::nullopt : std::optional<EventCategory>(c);
            strip_.scroll().jumpTo(0);
        }
    }
    bottom = y + h;
    return {};
}

Intent TimelineScreen::drawStrip(const UiContext& ui, const Rect& strip,
                                 const std::vector<TimelineSection>& sections,
                                 const TimelineGrid& grid) {
    const float cardW = grid.cardWidth, cardH = grid.cardHeight, headerH = grid.headerHeight;
    const Theme& t = ui.theme();
    ImDrawList& list = *ui.list;
    const float left = strip.x - float(strip_.scroll().offset());
    Intent intent;
    list.PushClipRect(v(strip.x, strip.y), v(strip.right(), strip.bottom()), true);
    for (const TimelineSection& s : sections) {
        const float sx = left + s.x;
        if (sx > strip.right() || sx + s.width < strip.x) continue;
        drawTimelineYearHeader(ui, sx, strip.y, s.width, headerH, s.year);
        for (size_t i = 0; i < s.events.size(); ++i) {
            const Event& e = *s.events[i];
            const TimelineCardPlace place = cardPlace(s, i, grid);
            const Rect card{left + place.x, strip.y + place.y, cardW, cardH};
            if (card.x > strip.right() || card.right() < strip.x) continue;
            const bool pressed =
                ui.touch && ui.touch->pressedIn(card) && strip.contains(ui.touch->position);
            drawTimelineCard(ui, card, e, pressed ? mixColor(t.surface, t.text, 0.15f) : t.surface);
            drawControlOutline(ui, card, ui.px(14));
            recordVisibleTarget(ui, card, strip, ui.in(e.title));
            if (ui.touch && ui.touch->tappedIn(card) && strip.contains(*ui.touch->tap))
                intent = Intent::open(ScreenId::Event, e.id);
        }
    }
    list.PopClipRect();
    return intent;
}

void TimelineScreen::drawYearBar(const UiContext& ui, const Rect& bar,
                                 const std::vector<TimelineSection>& sections) {
    if (sections.empty()) return;
    const float gap = ui.px(10);
    const int rows = yearBarRows(ui, bar.w, sections.size());
    const size_t perRow = (sections.size() + size_t(rows) - 1) / size_t(rows);
    const float h = (bar.h - gap * float(rows - 1)) / float(rows);
    const float w = (bar.w - gap * float(perRow - 1)) / float(perRow);
    // The year at the left edge of the view is the current one.
    size_t current = 0;
    for (size_t i = 0; i < sections.size(); ++i)
        if (sections[i].x <= strip_.scroll().offset() + ui.px(40)) current = i;
    for (size_t i = 0; i < sections.size(); ++i) {
        const Rect r{bar.x + float(i % perRow) * (w + gap), bar.y + float(i / perRow) * (h + gap),
                     w, h};
        const std::string label = sections[i].year ? std::to_string(sections[i].year) : "?";
        if (chip(ui, r, label, i == current)) strip_.scroll().animateTo(sections[i].x);
    }
}

Intent TimelineScreen::drawContent(const UiContext& ui) {
    float filtersBottom = 0;
    drawFilters(ui, filtersBottom);
    const Rect& a = ui.area;
    const float margin = ui.margin(), gutter = ui.gutter();
    const float yearH = chipHeight(ui, 72.0f);
    // The years shown (one section each) decide the bar, the bar the cards' room.
    const size_t years = layoutTimeline(ui.pack->events, filter_, TimelineGrid{}).size();
    const int yearRows = yearBarRows(ui, a.w - 2 * margin, years);
    const float barH = yearH * float(yearRows) + ui.px(10) * float(yearRows - 1);
    const Rect bar{a.x + margin, a.bottom() - gutter - barH, a.w - 2 * margin, barH};
    const Rect strip{a.x + margin, filtersBottom + gutter, a.w - 2 * margin,
                     bar.y - gutter - filtersBottom - gutter};

    TimelineGrid grid;
    grid.headerHeight = ui.fonts->title->FontSize + ui.px(28);
    grid.gap = gutter;
    // Cards grow with the visitor's type: taller to keep their lines, wider
    // by half as much, so that a view still shows more than one.
    const float scale = textScaleOf(ui);
    grid.rows = std::max(1, int((strip.h - grid.headerHeight) / (ui.px(190) * scale)));
    grid.cardHeight = (strip.h - grid.headerHeight - grid.gap * (grid.rows - 1)) / grid.rows;
    grid.cardWidth = ui.px(ui.portrait() ? 440 : 400) * (0.5f + 0.5f * scale);
    const std::vector<TimelineSection> sections = layoutTimeline(ui.pack->events, filter_, grid);
    const float contentW = timelineWidth(sections);

    strip_.scroll().setExtent(contentW, strip.w);
    strip_.update(ui.touch, strip, ui.dt);

    Intent intent = drawStrip(ui, strip, sections, grid);
    drawYearBar(ui, bar, sections);
    if (sections.empty())
        drawCenteredLine(*ui.list, ui.fonts->body, ui.text("no_events"), strip.center().x,
                         strip.center().y, strip.w, themeColor(ui.theme().muted));
    shown_ = sections;
    return intent;
}

// The year shown (at the strip's left edge, as the year bar marks it), how
// many events it has and their titles.
std::vector<std::string> TimelineScreen::spokenContent(const UiContext& ui) const {
    if (shown_.empty()) return {ui.text("no_events")};
    size_t current = 0;
    for (size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i].x <= strip_.scroll().offset() + ui.px(40)) current = i;
    const TimelineSection& year = shown_[current];
    std::vector<std::string> texts = {
        year.year ? std::to_string(year.year) : ui.text("date_unknown"),
        std::to_string(year.events.size())};
    for (const Event* e : year.events) texts.push_back(ui.in(e->title));
    return texts;
}

}  // namespace kiosk::ui
