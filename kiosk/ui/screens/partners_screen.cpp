#include "screens/partners_screen.hpp"

#include <algorithm>
#include <cmath>

#include "content/date_format.hpp"
#include "paint.hpp"
#include "qr_code.hpp"
#include "screens/association_card.hpp"
#include "scroll_cues.hpp"
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

constexpr float kInitiativeSpacing = 1.5f;

// A company's link, as its code with the caption under it, in a column at
// the entry's right; the entry's text keeps the rest of its width.
float companyCodeColumn(const UiContext& ui, const Company& c, float w) {
    return c.url.empty() || !ui.pack->findLinkCode(c.url) ? 0.0f : std::round(w * 0.36f);
}

float companyTextWidth(const UiContext& ui, const Company& c, float w) {
    const float column = companyCodeColumn(ui, c, w);
    return column > 0 ? w - column - ui.gutter() : w;
}

// A company is an entry of a plain list, not a card: it opens nothing, so it
// has no fill or edge that would make it look like the association cards.
// Measured before drawing so that entries side by side share a row.
float companyHeight(const UiContext& ui, const Company& c, float w) {
    const float tw = companyTextWidth(ui, c, w);
    float h = 0;
    h += lineHeight(ui.fonts->body, 1.3f) *
         float(layoutWith(ui, ui.fonts->body, ui.in(c.name), tw).lines.size());
    h += lineHeight(ui.fonts->caption, 1.5f) * 2 + ui.px(6);
    for (const auto& initiative : c.initiatives)
        h += lineHeight(ui.fonts->caption, kInitiativeSpacing) *
             float(
                 layoutWith(ui, ui.fonts->caption, ui.in(initiative), tw - ui.px(24)).lines.size());
    if (const float column = companyCodeColumn(ui, c, w); column > 0)
        h = std::max(h, layoutLinkCode(ui, c.url, 0, 0, column).height);
    return ui.px(20) + h + ui.px(20);
}

void drawCompany(const UiContext& ui, const Company& c, float x, float top, float w) {
    const Theme& t = ui.theme();
    ui.list->AddLine(v(x, top), v(x + w, top), themeColor(t.muted, 0.35f),
                     std::max(1.0f, ui.px(1.5f)));
    const float tw = companyTextWidth(ui, c, w);
    if (const float column = companyCodeColumn(ui, c, w); column > 0)
        drawLinkCode(ui, c.url, x + w - column, top + ui.px(20), column);
    float cy = top + ui.px(20);
    cy += drawWrapped(ui, ui.fonts->body, ui.in(c.name), x, cy, tw, themeColor(t.text), 0, 1.3f);
    std::string since = formatEventDate(dayOf(c.agreementDate), ui.language);
    if (!c.formerName.empty())
        since += "  ·  " + fillTemplate(ui.text("formerly"), {{"name", ui.in(c.formerName)}});
    cy += drawWrapped(ui, ui.fonts->caption, since, x, cy, tw, themeColor(t.muted), 2, 1.5f) +
          ui.px(6);
    for (const auto& initiative : c.initiatives) {
        ui.list->AddCircleFilled(
            v(x + ui.px(6), cy + lineHeight(ui.fonts->caption, kInitiativeSpacing) * 0.5f),
            ui.px(4), themeColor(t.accent));
        cy += drawWrapped(ui, ui.fonts->caption, ui.in(initiative), x + ui.px(24), cy,
                          tw - ui.px(24), themeColor(t.text), 0, kInitiativeSpacing);
    }
}

}  // namespace

Intent PartnersScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    Intent intent;
    scroll_.update(ui.touch, a, ui.dt);
    const float margin = ui.margin();
    const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(v(a.x, a.y), v(a.right(), a.bottom()), true);
    y += drawHeading(ui, "associations_heading", a.x + margin, y, a.w - 2 * margin);
    y = drawAssociations(ui, y, intent);
    y += drawHeading(ui, "companies_heading", a.x + margin, y, a.w - 2 * margin);
    y = drawCompanies(ui, y);
    ui.list->PopClipRect();
    const double extent = y - top + ui.gutter();
    scroll_.scroll().setExtent(extent, a.h);
    drawScrollCues(ui, a, ui.theme().background, scroll_.scroll(), extent);
    return intent;
}

float PartnersScreen::drawAssociations(const UiContext& ui, float y, Intent& intent) {
    const Rect& a = ui.area;
    const int columns = associationCardColumns(ui);
    const float gap = ui.gutter();
    const float cardW = associationCardWidth(ui);
    const auto& associations = ui.pack->associations;
    for (size_t first = 0; first < associations.size(); first += size_t(columns)) {
        const size_t end = std::min(associations.size(), first + size_t(columns));
        // Cards in a row share the height of the tallest.
        float rowH = 0;
        for (size_t i = first; i < end; ++i)
            rowH = std::max(
                rowH,
                layoutAssociationCard(ui, associations[i], Rect{0, 0, cardW, 0}).naturalHeight);
        if (y + rowH >= a.y && y <= a.bottom()) {
            for (size_t i = first; i < end; ++i) {
                const Rect r{a.x + ui.margin() + float(i - first) * (cardW + gap), y, cardW, rowH};
                // Only the part of a card inside the screen's area answers a touch.
                const Rect shown = visiblePart(r, a);
                const bool pressed = ui.touch && ui.touch->pressedIn(shown) && !scroll_.held();
                drawAssociationCard(ui, associations[i],
                                    layoutAssociationCard(ui, associations[i], r), pressed);
                recordVisibleTarget(ui, r, a, ui.in(associations[i].name));
                if (ui.touch && ui.touch->tappedIn(shown) && !scroll_.held())
                    intent = Intent::open(ScreenId::Map, associations[i].id);
            }
        }
        y += rowH + gap;
    }
    return y + ui.px(40);
}

float PartnersScreen::drawCompanies(const UiContext& ui, float y) const {
    const Rect& a = ui.area;
    const int columns = ui.portrait() || associationCardColumns(ui) == 1 ? 1 : 2;
    const float gap = ui.margin();
    const float w = (a.w - 2 * ui.margin() - gap * float(columns - 1)) / float(columns);
    const auto& companies = ui.pack->companies;
    for (size_t first = 0; first < companies.size(); first += size_t(columns)) {
        const size_t end = std::min(companies.size(), first + size_t(columns));
        float rowH = 0;
        for (size_t i = first; i < end; ++i)
            rowH = std::max(rowH, companyHeight(ui, companies[i], w));
        if (y + rowH >= a.y && y <= a.bottom())
            for (size_t i = first; i < end; ++i)
                drawCompany(ui, companies[i], a.x + ui.margin() + float(i - first) * (w + gap), y,
                            w);
        y += rowH;
    }
    return y + ui.px(40);
}

// The associations, then the companies, by name.
std::vector<std::string> PartnersScreen::spokenContent(const UiContext& ui) const {
    std::vector<std::string> texts = {ui.text("associations_heading")};
    for (const Association& as : ui.pack->associations) texts.push_back(ui.in(as.name));
    texts.push_back(ui.text("companies_heading"));
    for (const auto& company : ui.pack->companies) texts.push_back(ui.in(company.name));
    return texts;
}

}  // namespace kiosk::ui
