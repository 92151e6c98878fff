#include "screens/map_screen.hpp"

#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "paint.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
ImVec2 v(float x, float y) { return ImVec2(x, y); }
}  // namespace

void MapScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    scroll_.reset();
}

float MapScreen::drawAssociation(const UiContext& ui, const Association& as, float x, float y, float w) {
    const Theme& t = ui.theme();
    const float top = y;
    uint32_t color = 0;
    parseHexColor(as.color, color);
    ui.list->AddRectFilled(v(x, y), v(x + ui.px(14), y + ui.fonts->title->FontSize * 1.3f), themeColor(color), ui.px(4));
    y += drawWrapped(ui, ui.fonts->title, ui.in(as.name), x + ui.px(32), y, w - ui.px(32), themeColor(t.text), 0, 1.3f);
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = as.agreementDate;
    const std::string line = fillTemplate(ui.text("agreement_line"),
                                          {{"date", formatEventDate(date, ui.language)},
                                           {"n", std::to_string(as.members.size())}});
    y += drawWrapped(ui, ui.fonts->body, line, x + ui.px(32), y, w - ui.px(32), themeColor(t.accent), 0, 1.5f) + ui.px(12);
    // Member municipalities flow as a paragraph separated by 「・」/", ".
    std::string names;
    const std::string separator = ui.language == Language::Japanese ? "・" : ", ";
    for (const std::string& code : as.members) {
        const Municipality* m = ui.pack->findMunicipality(code);
        names += (names.empty() ? "" : separator) + (m ? m->name : code);
    }
    y += drawWrapped(ui, ui.fonts->body, names, x + ui.px(32), y, w - ui.px(32), themeColor(t.text), 0, 1.6f);
    return y - top;
}

Intent MapScreen::drawContent(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Rect& a = ui.area;
    Intent intent;
    scroll_.update(ui.touch, a, ui.dt);
    const float margin = ui.px(56);
    const float w = a.w - 2 * margin;
    const float top = a.y - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(v(a.x, a.y), v(a.right(), a.bottom()), true);
    if (const Association* as = ui.pack->findAssociation(param())) {
        y += drawAssociation(ui, *as, a.x + margin, y, w) + ui.px(40);
    } else {
        y += drawWrapped(ui, ui.fonts->title, ui.text("map_heading"), a.x + margin, y, w, themeColor(t.text), 0, 1.3f);
        y += drawWrapped(ui, ui.fonts->body, ui.text("map_prompt"), a.x + margin, y, w, themeColor(t.muted), 0, 1.5f) + ui.px(24);
        const int columns = ui.portrait() ? 1 : 3;
        const float gap = ui.px(16), h = ui.px(88);
        const float cw = (w - gap * float(columns - 1)) / float(columns);
        const auto& list = ui.pack->associations;
        for (size_t i = 0; i < list.size(); ++i) {
            const Association& as = list[i];
            const std::string label = ui.in(as.name) + "  " +
                                      fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}});
            uint32_t color = 0;
            parseHexColor(as.color, color);
            const Rect r{a.x + margin + float(i % columns) * (cw + gap), y + float(i / columns) * (h + gap), cw, h};
            if (chip(ui, r, label, false, color, true) && !scroll_.held()) intent = Intent::open("map", as.id);
        }
        y += float((list.size() + columns - 1) / columns) * (h + gap);
    }
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(y - top, a.h);
    return intent;
}

}  // namespace kiosk::ui
