#include "screens/map_panel.hpp"

#include <algorithm>

#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "icons.hpp"
#include "paint.hpp"
#include "qr_code.hpp"
#include "scroll_cues.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

uint32_t colorOf(const Association& as) {
    uint32_t color = 0x888888;
    parseHexColor(as.color, color);
    return color;
}

void outlinedControl(const UiContext& ui, const Rect& r, bool pressed) {
    const Theme& t = ui.theme();
    const float rounding = std::min(ui.px(16), r.h * 0.5f);
    if (pressed)
        ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                               themeColor(mixColor(t.surface, t.text, 0.2f)), rounding);
    ui.list->AddRect(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(mapPanelControlEdge(t)),
                     rounding, 0, std::max(1.0f, ui.px(2)));
}

struct LegendRow {
    LaidOutText name;
    std::string count;
    float height = 0;
};

// A legend row: its colour, its name on as many lines as it needs and its
// member count below.
LegendRow legendRow(const UiContext& ui, const Association& as, float width) {
    LegendRow row;
    const float pad = ui.px(14);
    row.name = layoutWith(ui, ui.fonts->body, ui.in(as.name), width - ui.px(56) - pad);
    row.count = fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}});
    row.height = 2 * pad + lineHeight(ui.fonts->body, 1.25f) * float(row.name.lines.size()) +
                 lineHeight(ui.fonts->caption, 1.3f);
    return row;
}

void drawLegendRow(const UiContext& ui, const Rect& r, const Association& as, const LegendRow& row,
                   bool pressed) {
    const Theme& t = ui.theme();
    outlinedControl(ui, r, pressed);
    const float pad = ui.px(14);
    ui.list->AddCircleFilled(v(r.x + ui.px(28), r.y + pad + lineHeight(ui.fonts->body, 1.25f) / 2),
                             ui.px(11), themeColor(colorOf(as)));
    const float x = r.x + ui.px(56);
    const float y =
        r.y + pad +
        drawLaidOut(*ui.list, ui.fonts->body, row.name, x, r.y + pad, themeColor(t.text), 1.25f);
    ImFont* caption = ui.fonts->caption;
    const ImVec2 at = v(x, y + (lineHeight(caption, 1.3f) - caption->FontSize) / 2);
    ui.list->AddText(caption, caption->FontSize, at, themeColor(t.accent), row.count.c_str());
    recordText(caption, caption->FontSize, at, row.count);
}

}  // namespace

uint32_t mapPanelControlEdge(const Theme& t) {
    return t.muted;
}

float drawAssociationMembers(const UiContext& ui, const Association& as, float x, float y,
                             float w) {
    const Theme& t = ui.theme();
    const float top = y;
    ImFont* title = ui.fonts->title;
    ui.list->AddRectFilled(v(x, y + ui.px(4)), v(x + ui.px(12), y + lineHeight(title, 1.3f)),
                           themeColor(colorOf(as)), ui.px(4));
    y += drawWrapped(ui, title, ui.in(as.name), x + ui.px(28), y, w - ui.px(28), themeColor(t.text),
                     0, 1.3f);
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = as.agreementDate;
    const std::string line = fillTemplate(
        ui.text("agreement_line"),
        {{"date", formatEventDate(date, ui.language)}, {"n", std::to_string(as.members.size())}});
    y += drawWrapped(ui, ui.fonts->body, line, x, y + ui.px(6), w, themeColor(t.accent), 0, 1.45f) +
         ui.px(22);
    if (const float h = drawLinkCode(ui, as.url, x, y, w); h > 0) y += h + ui.px(22);
    // Every member, each name one unit that a line never splits.
    std::vector<std::string> names;
    for (const std::string& code : as.members)
        names.push_back(ui.pack->placeName(code, ui.language));
    ImFont* caption = ui.fonts->caption;
    const CharacterWidth width = [caption](char32_t c) {
        return c <= 0xFFFF ? caption->GetCharAdvance(static_cast<ImWchar>(c))
                           : caption->FallbackAdvanceX;
    };
    const std::string separator = listSeparator(ui.language);
    const LaidOutText list = layoutNameList(names, separator, TextBox{w, 0}, width);
    y += drawLaidOut(*ui.list, caption, list, x, y, themeColor(t.text), 1.6f);
    return y - top;
}

MapPanelChoice MapPanel::draw(const UiContext& ui, const Rect& panel, const Association* selected,
                              const std::string& pickedCode) {
    const Theme& t = ui.theme();
    MapPanelChoice choice;
    // Solid: nothing of the map shows through behind the text.
    ui.list->AddRectFilled(v(panel.x, panel.y), v(panel.right(), panel.bottom()),
                           themeColor(t.surface), ui.px(20));
    const Rect inner = panel.inset(ui.px(24));
    float headH = 0;
    if (selected) {
        const std::string label = ui.text("all_partners");
        const float h = ui.px(72);
        const Rect back{inner.x, inner.y,
                        std::min(inner.w, textWidth(ui.fonts->body, label) + ui.px(100)), h};
        outlinedControl(ui, back, ui.touch && ui.touch->pressedIn(back));
        const float icon = h * 0.38f;
        drawIcon(*ui.list, Icon::ChevronLeft,
                 Rect{back.x + ui.px(22), back.y + (h - icon) / 2, icon, icon}, themeColor(t.text));
        const ImVec2 at = v(back.x + ui.px(30) + icon, back.y + (h - ui.fonts->body->FontSize) / 2);
        ui.list->AddText(ui.fonts->body, ui.fonts->body->FontSize, at, themeColor(t.text),
                         label.c_str());
        recordText(ui.fonts->body, ui.fonts->body->FontSize, at, label);
        recordTarget(ui, back, label);
        if (ui.touch && ui.touch->tappedIn(back)) choice.showAll = true;
        headH = h + ui.px(20);
    } else {
        headH = drawWrapped(ui, ui.fonts->body, ui.text("map_prompt"), inner.x, inner.y, inner.w,
                            themeColor(t.muted), 0, 1.4f) +
                ui.px(16);
    }
    const Rect list{inner.x, inner.y + headH, inner.w, std::max(0.0f, inner.h - headH)};
    scroll_.update(ui.touch, list, ui.dt);
    const float top = list.y - float(scroll_.scroll().offset());
    const float width = list.w - scrollBarRoom(ui);
    ui.list->PushClipRect(v(list.x, list.y), v(list.right(), list.bottom()), true);
    const float used = selected ? drawMembers(ui, *selected, pickedCode, list.x, top, width)
                                : drawLegend(ui, list.x, top, width, list, choice);
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(used, list.h);
    drawScrollCues(ui, list, t.surface, scroll_.scroll(), used);
    if (scroll_.held()) choice = {};  // a finger scrolling the list chooses nothing
    return choice;
}

float MapPanel::drawLegend(const UiContext& ui, float x, float y, float width, const Rect& visible,
                           MapPanelChoice& choice) {
    // Two columns where the panel is wide (a portrait screen), one otherwise.
    const float gap = ui.px(14);
    const int columns = width >= 2 * ui.px(440) + gap ? 2 : 1;
    const float rowW = (width - gap * float(columns - 1)) / float(columns);
    const auto& associations = ui.pack->associations;
    const float top = y;
    for (size_t first = 0; first < associations.size(); first += size_t(columns)) {
        std::vector<LegendRow> rows;
        float rowH = 0;
        for (size_t i = first; i < std::min(associations.size(), first + size_t(columns)); ++i) {
            rows.push_back(legendRow(ui, associations[i], rowW));
            rowH = std::max(rowH, rows.back().height);
        }
        for (size_t c = 0; c < rows.size(); ++c) {
            const Association& as = associations[first + c];
            const Rect r{x + float(c) * (rowW + gap), y, rowW, rowH};
            // Only the part of a row inside the list answers a touch.
            const Rect shown = visiblePart(r, visible);
            const bool pressed = ui.touch && ui.touch->pressedIn(shown);
            drawLegendRow(ui, r, as, rows[c], pressed);
            recordVisibleTarget(ui, r, visible, ui.in(as.name));
            if (ui.touch && ui.touch->tappedIn(shown)) choice.select = as.id;
        }
        y += rowH + gap;
    }
    return y - top;
}

float MapPanel::drawMembers(const UiContext& ui, const Association& as,
                            const std::string& pickedCode, float x, float y, float width) const {
    const float top = y;
    if (ui.pack->findMunicipality(pickedCode))
        y += drawWrapped(ui, ui.fonts->body, ui.pack->placeLine(pickedCode, ui.language), x, y,
                         width, themeColor(ui.theme().accent), 0, 1.4f) +
             ui.px(8);
    y += drawAssociationMembers(ui, as, x, y, width);
    return y - top + ui.px(16);
}

}  // namespace kiosk::ui
