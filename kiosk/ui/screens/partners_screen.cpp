#include "screens/partners_screen.hpp"

#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
EventDate dayOf(const CalendarDate& d) {
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = d;
    return date;
}

// A section heading across the content width; returns the height it takes with its gap below.
float drawHeading(const UiContext& ui, const char* key, float x, float y, float w) {
    return drawWrapped(ui, ui.fonts->title, ui.text(key), x, y, w, themeColor(ui.theme().text), 0,
                       1.3f) +
           ui.px(16);
}

void drawAssociationCard(const UiContext& ui, const Rect& r, const Association& as, bool pressed) {
    const Theme& t = ui.theme();
    uint32_t color = 0;
    parseHexColor(as.color, color);
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                           themeColor(pressed ? mixColor(t.surface, t.text, 0.15f) : t.surface),
                           ui.px(18));
    ui.list->AddRectFilled(v(r.x, r.y), v(r.x + ui.px(14), r.bottom()), themeColor(color),
                           ui.px(18), ImDrawFlags_RoundCornersLeft);
    // The region's silhouette behind the text, faint enough to read over.
    drawPicture(ui, as.image,
                Rect{r.x + r.w * 0.56f, r.y + ui.px(14), r.w * 0.44f - ui.px(14), r.h - ui.px(28)},
                ImageFit::Contain, 0.55f);
    const float pad = ui.px(32);
    float cy = r.y + pad * 0.8f;
    cy += drawWrapped(ui, ui.fonts->body, ui.in(as.name), r.x + pad, cy, r.w - 1.5f * pad,
                      themeColor(t.text), 1, 1.3f);
    drawWrapped(ui, ui.fonts->caption, ui.in(as.summary), r.x + pad, cy + ui.px(4),
                r.w - 1.5f * pad, themeColor(t.muted), 2, 1.4f);
    drawWrapped(ui, ui.fonts->caption, formatEventDate(dayOf(as.agreementDate), ui.language),
                r.x + pad, r.bottom() - pad * 0.6f - ui.fonts->caption->FontSize * 1.3f,
                r.w * 0.62f, themeColor(t.muted), 1, 1.3f);
    const std::string count =
        fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}});
    const float cw = textWidth(ui.fonts->title, count);
    ui.list->AddText(ui.fonts->title, ui.fonts->title->FontSize,
                     v(r.right() - pad - cw, r.bottom() - pad * 0.5f - ui.fonts->title->FontSize),
                     themeColor(t.accent), count.c_str());
}

// Measured before drawing so the card fits its initiatives.
float companyCardHeight(const UiContext& ui, const Company& c, float w, float pad) {
    float h = pad + lineHeight(ui.fonts->body, 1.3f) * 2 + lineHeight(ui.fonts->caption, 1.5f);
    for (const auto& initiative : c.initiatives)
        h += lineHeight(ui.fonts->caption, 1.5f) *
             float(layoutWith(ui.fonts->caption, ui.in(initiative), w - 2 * pad - ui.px(24))
                       .lines.size());
    h += pad;
    return h;
}

void drawCompanyCard(const UiContext& ui, const Company& c, float x, float top, float w, float h,
                     float pad) {
    const Theme& t = ui.theme();
    ui.list->AddRectFilled(v(x, top), v(x + w, top + h), themeColor(t.surface), ui.px(18));
    float cy = top + pad * 0.8f;
    cy += drawWrapped(ui, ui.fonts->body, ui.in(c.name), x + pad, cy, w - 2 * pad,
                      themeColor(t.text), 2, 1.3f);
    std::string since = formatEventDate(dayOf(c.agreementDate), ui.language);
    if (!c.formerName.empty())
        since += "  ·  " + fillTemplate(ui.text("formerly"), {{"name", ui.in(c.formerName)}});
    cy += drawWrapped(ui, ui.fonts->caption, since, x + pad, cy, w - 2 * pad, themeColor(t.muted),
                      2, 1.5f) +
          ui.px(6);
    for (const auto& initiative : c.initiatives) {
        ui.list->AddCircleFilled(
            v(x + pad + ui.px(6), cy + lineHeight(ui.fonts->caption, 1.5f) * 0.5f), ui.px(4),
            themeColor(t.accent));
        cy += drawWrapped(ui, ui.fonts->caption, ui.in(initiative), x + pad + ui.px(24), cy,
                          w - 2 * pad - ui.px(24), themeColor(t.text), 0, 1.5f);
    }
}
}  // namespace

Intent PartnersScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    Intent intent;
    scroll_.update(ui.touch, a, ui.dt);
    const float margin = ui.px(56);
    const float top = a.y - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(v(a.x, a.y), v(a.right(), a.bottom()), true);
    y += drawHeading(ui, "associations_heading", a.x + margin, y, a.w - 2 * margin);
    y = drawAssociations(ui, y, margin, intent);
    y += drawHeading(ui, "companies_heading", a.x + margin, y, a.w - 2 * margin);
    y = drawCompanies(ui, y, margin);
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(y - top, a.h);
    return intent;
}

float PartnersScreen::drawAssociations(const UiContext& ui, float y, float margin, Intent& intent) {
    const Rect& a = ui.area;
    const int columns = ui.portrait() ? 2 : 3;
    const float gap = ui.px(20);
    const float cardW = (a.w - 2 * margin - gap * (columns - 1)) / columns;
    const float cardH = ui.px(190);
    const auto& associations = ui.pack->associations;
    for (size_t i = 0; i < associations.size(); ++i) {
        const Association& as = associations[i];
        const Rect r{a.x + margin + float(i % columns) * (cardW + gap),
                     y + float(i / columns) * (cardH + gap), cardW, cardH};
        if (r.bottom() < a.y || r.y > a.bottom()) continue;
        const bool pressed = ui.touch && ui.touch->pressedIn(r) && !scroll_.held();
        drawAssociationCard(ui, r, as, pressed);
        if (ui.touch && ui.touch->tappedIn(r)) intent = Intent::open(ScreenId::Map, as.id);
    }
    const float rows = float((associations.size() + columns - 1) / columns);
    return y + (rows * (cardH + gap) + ui.px(40));
}

float PartnersScreen::drawCompanies(const UiContext& ui, float y, float margin) const {
    const Rect& a = ui.area;
    const int columns = ui.portrait() ? 1 : 2;
    const float gap = ui.px(20);
    const float cardW = (a.w - 2 * margin - gap * (columns - 1)) / columns;
    float rowTop = y, rowBottom = y;
    for (size_t i = 0; i < ui.pack->companies.size(); ++i) {
        const Company& c = ui.pack->companies[i];
        if (i % columns == 0) rowTop = rowBottom;
        const float x = a.x + margin + float(i % columns) * (cardW + gap);
        const float pad = ui.px(32);
        const float h = companyCardHeight(ui, c, cardW, pad);
        drawCompanyCard(ui, c, x, rowTop, cardW, h, pad);
        rowBottom = std::max(rowBottom, rowTop + h + gap);
    }
    return rowBottom + ui.px(40);
}

}  // namespace kiosk::ui
