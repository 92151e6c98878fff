#include "screens/timeline_screen.hpp"

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "paint.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
ImVec2 v(float x, float y) {
    return ImVec2(x, y);
}
}  // namespace

void TimelineScreen::reset() {
    strip_.reset();
    filter_.reset();
}

bool TimelineScreen::animating(double now) const {
    return Screen::animating(now) || strip_.scroll().animating();
}

std::vector<TimelineScreen::Section> TimelineScreen::layoutSections(const UiContext& ui,
                                                                    float cardW, float gap,
                                                                    int rows) const {
    std::vector<Section> sections;
    for (const Event& e : ui.pack->events) {
        if (filter_ && e.category != *filter_) continue;
        const int year = e.date.timelineYear();
        if (sections.empty() || sections.back().year != year) sections.push_back({year, 0, 0, {}});
        sections.back().events.push_back(&e);
    }
    float x = 0;
    for (Section& s : sections) {
        const int columns = int((s.events.size() + rows - 1) / rows);
        s.x = x;
        s.width = std::max(columns * (cardW + gap) - gap, cardW);
        x += s.width + gap * 3;
    }
    return sections;
}

Intent TimelineScreen::drawFilters(const UiContext& ui, float& bottom) {
    const Rect& a = ui.area;
    const float margin = ui.px(40), h = ui.px(64), gap = ui.px(14);
    float x = a.x + margin, y = a.y;
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
                                 const std::vector<Section>& sections, float cardW, float cardH,
                                 float gap, float headerH, int rows) {
    const Theme& t = ui.theme();
    ImDrawList& list = *ui.list;
    const float left = strip.x - float(strip_.scroll().offset());
    Intent intent;
    list.PushClipRect(v(strip.x, strip.y), v(strip.right(), strip.bottom()), true);
    for (const Section& s : sections) {
        const float sx = left + s.x;
        if (sx > strip.right() || sx + s.width < strip.x) continue;
        // Year header: Gregorian year large, era beside it.
        const std::string year = s.year ? std::to_string(s.year) : ui.text("date_unknown");
        list.AddText(ui.fonts->title, ui.fonts->title->FontSize, v(sx, strip.y),
                     themeColor(t.accent), year.c_str());
        if (s.year) {
            const std::string era = eraLabelForYear(s.year, ui.language);
            list.AddText(ui.fonts->body, ui.fonts->body->FontSize,
                         v(sx + textWidth(ui.fonts->title, year) + ui.px(16),
                           strip.y + ui.fonts->title->FontSize - ui.fonts->body->FontSize * 1.1f),
                         themeColor(t.muted), era.c_str());
        }
        list.AddLine(v(sx, strip.y + headerH - ui.px(14)),
                     v(sx + s.width, strip.y + headerH - ui.px(14)), themeColor(t.muted, 0.35f),
                     ui.px(2));
        for (size_t i = 0; i < s.events.size(); ++i) {
            const Event& e = *s.events[i];
            const Rect card{sx + float(i / rows) * (cardW + gap),
                            strip.y + headerH + float(i % rows) * (cardH + gap), cardW, cardH};
            if (card.x > strip.right() || card.right() < strip.x) continue;
            const bool pressed =
                ui.touch && ui.touch->pressedIn(card) && strip.contains(ui.touch->position);
            list.AddRectFilled(v(card.x, card.y), v(card.right(), card.bottom()),
                               themeColor(pressed ? mixColor(t.surface, t.text, 0.15f) : t.surface),
                               ui.px(14));
            list.AddRectFilled(v(card.x, card.y), v(card.x + ui.px(10), card.bottom()),
                               themeColor(categoryColor(e.category)), ui.px(14),
                               ImDrawFlags_RoundCornersLeft);
            const float pad = ui.px(24);
            float y = card.y + pad * 0.7f;
            const std::string date = formatEventDateShort(e.date, ui.language);
            list.AddText(ui.fonts->caption, ui.fonts->caption->FontSize, v(card.x + pad, y),
                         themeColor(t.accent), date.c_str());
            y += ui.fonts->caption->FontSize * 1.5f;
            const float textW = cardW - pad * 1.6f;
            const int titleLines = std::max(1, std::min(2, int((card.bottom() - y - pad * 0.5f) /
                                                               lineHeight(ui.fonts->body, 1.3f))));
            y += drawWrapped(ui, ui.fonts->body, ui.in(e.title), card.x + pad, y, textW,
                             themeColor(t.text), titleLines, 1.3f);
            // Many titles are a meeting's name; the summary's first words say what happened.
            const int summaryLines =
                int((card.bottom() - y - pad * 0.4f) / lineHeight(ui.fonts->caption, 1.4f));
            if (summaryLines > 0)
                drawWrapped(ui, ui.fonts->caption, ui.in(e.summary), card.x + pad, y + ui.px(4),
                            textW, themeColor(t.muted), summaryLines, 1.4f);
            if (ui.touch && ui.touch->tappedIn(card) && strip.contains(*ui.touch->tap))
                intent = Intent::open("event", e.id);
        }
    }
    list.PopClipRect();
    return intent;
}

void TimelineScreen::drawYearBar(const UiContext& ui, const Rect& bar,
                                 const std::vector<Section>& sections) {
    if (sections.empty()) return;
    const float gap = ui.px(10);
    const float w = (bar.w - gap * float(sections.size() - 1)) / float(sections.size());
    // The year at the left edge of the view is the current one.
    size_t current = 0;
    for (size_t i = 0; i < sections.size(); ++i)
        if (sections[i].x <= strip_.scroll().offset() + ui.px(40)) current = i;
    for (size_t i = 0; i < sections.size(); ++i) {
        const Rect r{bar.x + float(i) * (w + gap), bar.y, w, bar.h};
        const std::string label = sections[i].year ? std::to_string(sections[i].year) : "?";
        if (chip(ui, r, label, i == current)) strip_.scroll().animateTo(sections[i].x);
    }
}

Intent TimelineScreen::drawContent(const UiContext& ui) {
    float filtersBottom = 0;
    drawFilters(ui, filtersBottom);
    const Rect& a = ui.area;
    const float margin = ui.px(40);
    const float barH = ui.px(72);
    const Rect bar{a.x + margin, a.bottom() - margin * 0.6f - barH, a.w - 2 * margin, barH};
    const Rect strip{a.x + margin, filtersBottom + ui.px(28), a.w - 2 * margin,
                     bar.y - ui.px(28) - filtersBottom - ui.px(28)};

    const float headerH = ui.fonts->title->FontSize + ui.px(28);
    const float gap = ui.px(18);
    const int rows = std::max(1, int((strip.h - headerH) / ui.px(190)));
    const float cardH = (strip.h - headerH - gap * (rows - 1)) / rows;
    const float cardW = ui.px(ui.portrait() ? 440 : 400);
    const std::vector<Section> sections = layoutSections(ui, cardW, gap, rows);
    const float contentW = sections.empty() ? 0 : sections.back().x + sections.back().width;

    strip_.scroll().setExtent(contentW, strip.w);
    strip_.update(ui.touch, strip, ui.dt);

    Intent intent = drawStrip(ui, strip, sections, cardW, cardH, gap, headerH, rows);
    drawYearBar(ui, bar, sections);
    if (sections.empty())
        drawCenteredLine(*ui.list, ui.fonts->body, ui.text("no_events"), strip.center().x,
                         strip.center().y, strip.w, themeColor(ui.theme().muted));
    return intent;
}

}  // namespace kiosk::ui
