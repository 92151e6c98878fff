#include "screens/about_screen.hpp"

#include "content/pack_summary.hpp"
#include "paint.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

Intent AboutScreen::drawContent(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Rect& a = ui.area;
    scroll_.update(ui.touch, a, ui.dt);
    // One column on the grid, at a readable measure on a wide screen.
    const float margin = ui.margin();
    const float w = std::min(a.w - 2 * margin, ui.measure());
    const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(ImVec2(a.x, a.y), ImVec2(a.right(), a.bottom()), true);
    y += drawWrapped(ui, ui.fonts->title, ui.in(ui.pack->manifest.title), a.x + margin, y, w,
                     themeColor(t.text), 0, 1.3f);
    y += ui.px(24);
    y += drawWrapped(ui, ui.fonts->body, ui.text("about_body"), a.x + margin, y, w,
                     themeColor(t.text), 0, 1.7f);
    y += ui.px(40);

    const PackSummary s = summarizePack(*ui.pack);
    const std::string facts = fillTemplate(
        ui.text("about_facts"), {{"events", std::to_string(s.events)},
                                 {"first", std::to_string(s.firstYear)},
                                 {"last", std::to_string(s.lastYear)},
                                 {"associations", std::to_string(s.associations)},
                                 {"municipalities", std::to_string(s.memberMunicipalities)},
                                 {"companies", std::to_string(s.companies)}});
    y += drawWrapped(ui, ui.fonts->body, facts, a.x + margin, y, w, themeColor(t.accent), 0, 1.6f) +
         ui.px(40);

    y += drawWrapped(ui, ui.fonts->caption, ui.text("data_sources_heading"), a.x + margin, y, w,
                     themeColor(t.muted), 0, 1.6f);
    y += drawWrapped(ui, ui.fonts->body, ui.text("data_sources_body"), a.x + margin, y, w,
                     themeColor(t.text), 0, 1.6f);
    y += drawWrapped(ui, ui.fonts->body, ui.pack->manifest.credit.ja, a.x + margin, y, w,
                     themeColor(t.text), 0, 1.6f);
    if (ui.language == Language::English)
        y += drawWrapped(ui, ui.fonts->caption, ui.pack->manifest.credit.en, a.x + margin, y, w,
                         themeColor(t.muted), 0, 1.5f);
    // The pack's id and version are for staff: their panel shows them.
    y += ui.px(40);
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(y - top, a.h);
    return {};
}

}  // namespace kiosk::ui
