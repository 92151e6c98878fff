#include "screens/association_card.hpp"

#include <algorithm>

#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "icons.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

namespace {

constexpr float kTitleSpacing = 1.3f, kSummarySpacing = 1.45f, kFactSpacing = 1.3f;

float widest(const LaidOutText& t) {
    float w = 0;
    for (float lw : t.widths) w = std::max(w, lw);
    return w;
}

Rect textBox(float x, float y, const LaidOutText& t, ImFont* font, float spacing) {
    return {x, y, widest(t), lineHeight(font, spacing) * float(t.lines.size())};
}

std::string agreementDate(const UiContext& ui, const Association& as) {
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = as.agreementDate;
    return formatEventDate(date, ui.language);
}

float barWidth(const UiContext& ui) {
    return ui.px(12);
}

}  // namespace

uint32_t associationCardEdge(const Theme& t) {
    return mixColor(t.background, t.muted, 0.7f);
}

int associationCardColumns(const UiContext& ui) {
    const float width = ui.area.w - 2 * ui.margin();
    const int wanted = ui.portrait() ? 2 : 3;
    for (int columns = wanted; columns > 1; --columns)
        // As wide as the card's words need at the visitor's text size.
        if ((width - ui.gutter() * float(columns - 1)) / float(columns) >=
            ui.px(400) * textScaleOf(ui))
            return columns;
    return 1;
}

float associationCardWidth(const UiContext& ui) {
    const int columns = associationCardColumns(ui);
    return (ui.area.w - 2 * ui.margin() - ui.gutter() * float(columns - 1)) / float(columns);
}

AssociationCardLayout layoutAssociationCard(const UiContext& ui, const Association& as,
                                            const Rect& card) {
    AssociationCardLayout l;
    l.card = card;
    const float pad = ui.px(28), x = card.x + barWidth(ui) + pad;
    const float w = card.right() - pad - x;
    ImFont* body = ui.fonts->body;
    ImFont* caption = ui.fonts->caption;
    float y = card.y + pad;
    l.title = layoutWith(ui, body, ui.in(as.name), w);
    l.titleBox = textBox(x, y, l.title, body, kTitleSpacing);
    y = l.titleBox.bottom() + ui.px(6);
    l.summary = layoutWith(ui, caption, ui.in(as.summary), w);
    l.summaryBox = textBox(x, y, l.summary, caption, kSummarySpacing);
    const float topPart = l.summaryBox.bottom() + ui.px(16) - card.y;

    // The facts on the left, the silhouette on the right, apart.
    const float thumbW = std::round(w * 0.32f);
    const float factsW = w - thumbW - ui.gutter();
    l.count = layoutWith(
        ui, body,
        fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}}), factsW);
    l.date = layoutWith(ui, caption, agreementDate(ui, as), factsW);
    const float countH = lineHeight(body, kFactSpacing) * float(l.count.lines.size());
    const float dateH = lineHeight(caption, kFactSpacing) * float(l.date.lines.size());
    const float factsH = countH + ui.px(2) + dateH;
    const float blockH = std::max(factsH, std::round(thumbW * 0.7f));
    const float footerH = std::max(ui.px(60), std::round(body->FontSize * 1.8f));
    l.naturalHeight = topPart + blockH + ui.px(12) + footerH;

    // Spare height (a taller neighbour) goes above the facts, so that footers line up.
    const float bottom = card.y + std::max(card.h, l.naturalHeight);
    l.footer = {x, bottom - footerH, w, footerH};
    const float blockTop = l.footer.y - ui.px(12) - blockH;
    const float factsTop = blockTop + (blockH - factsH) * 0.5f;
    l.countBox = textBox(x, factsTop, l.count, body, kFactSpacing);
    l.dateBox = textBox(x, factsTop + countH + ui.px(2), l.date, caption, kFactSpacing);
    l.thumbnail = {x + w - thumbW, blockTop, thumbW, blockH};
    return l;
}

void drawAssociationCard(const UiContext& ui, const Association& as, const AssociationCardLayout& l,
                         bool pressed) {
    const Theme& t = ui.theme();
    const Rect& r = l.card;
    const float rounding = ui.px(18);
    uint32_t color = 0x888888;
    parseHexColor(as.color, color);
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                           themeColor(pressed ? mixColor(t.surface, t.text, 0.15f) : t.surface),
                           rounding);
    ui.list->AddRect(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(associationCardEdge(t)),
                     rounding, 0, std::max(1.0f, ui.px(2)));
    ui.list->AddRectFilled(v(r.x, r.y), v(r.x + barWidth(ui), r.bottom()), themeColor(color),
                           rounding, ImDrawFlags_RoundCornersLeft);
    ImFont* body = ui.fonts->body;
    ImFont* caption = ui.fonts->caption;
    drawLaidOut(*ui.list, body, l.title, l.titleBox.x, l.titleBox.y, themeColor(t.text),
                kTitleSpacing);
    drawLaidOut(*ui.list, caption, l.summary, l.summaryBox.x, l.summaryBox.y, themeColor(t.muted),
                kSummarySpacing);
    drawLaidOut(*ui.list, body, l.count, l.countBox.x, l.countBox.y, themeColor(t.accent),
                kFactSpacing);
    drawLaidOut(*ui.list, caption, l.date, l.dateBox.x, l.dateBox.y, themeColor(t.muted),
                kFactSpacing);
    drawPicture(ui, as.image, l.thumbnail, ImageFit::Contain);
    // The footer: a rule, then "Partner map ›", what a touch on the card opens.
    const Rect& f = l.footer;
    ui.list->AddLine(v(f.x, f.y), v(f.right(), f.y), themeColor(t.muted, 0.35f),
                     std::max(1.0f, ui.px(1.5f)));
    const float icon = ui.px(30);
    const float mid = f.y + ui.px(6) + (f.h - ui.px(6)) * 0.5f;
    drawIcon(*ui.list, Icon::Map, Rect{f.x, mid - icon / 2, icon, icon}, themeColor(t.text));
    const std::string label = ui.text("map");
    ui.list->AddText(body, body->FontSize, v(f.x + icon + ui.px(12), mid - body->FontSize / 2),
                     themeColor(t.text), label.c_str());
    recordText(body, body->FontSize, v(f.x + icon + ui.px(12), mid - body->FontSize / 2), label);
    drawIcon(*ui.list, Icon::ChevronRight,
             Rect{f.right() - icon * 0.8f, mid - icon * 0.4f, icon * 0.8f, icon * 0.8f},
             themeColor(t.text));
}

}  // namespace kiosk::ui
