#include "screens/language_screen.hpp"

#include <algorithm>

#include "paint.hpp"
#include "session/attract_call_to_action.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

std::vector<Language> offeredLanguages(const UiContext& ui) {
    return visitorLanguages(ui.pack->manifest.languages);
}

}  // namespace

Intent LanguageScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    const std::vector<Language> offered = offeredLanguages(ui);
    if (offered.empty()) return {};
    // One column of large buttons in the middle of the area, as tall as the
    // call to action's parts, shrinking together when the area is short (a
    // landscape screen in reach mode at twice the type).
    const float gap = ui.px(24);
    const float count = float(offered.size());
    const float buttonH =
        std::min(ui.px(120) * std::max(1.0f, ui.fonts->title->FontSize / ui.px(44)),
                 (a.h - 2 * ui.gutter() - gap * (count - 1)) / count);
    const float buttonW =
        std::min(a.w - 2 * ui.margin(), ui.px(720) * float(textScale(ui.access.textSize)));
    const float columnH = buttonH * count + gap * (count - 1);
    const float x = a.x + (a.w - buttonW) * 0.5f;
    float y = a.y + std::max(ui.gutter(), (a.h - columnH) * 0.5f);
    Intent intent;
    for (const Language l : offered) {
        const Rect r{x, y, buttonW, buttonH};
        const bool showing = l == ui.language;
        // The name in the title size: the one word a visitor looks for here.
        if (button(ui, r, std::string(), showing ? ButtonStyle::Primary : ButtonStyle::Surface,
                   Icon::None, languageOwnName(l)))
            intent = Intent::setLanguage(l);
        const Theme& t = ui.theme();
        drawCenteredLine(*ui.list, ui.fonts->title, languageOwnName(l), r.center().x,
                         r.center().y - ui.fonts->title->FontSize * 0.5f, r.w - ui.px(32),
                         themeColor(showing ? t.background : t.text));
        y += buttonH + gap;
    }
    return intent;
}

// Each language by its own name, in the list's order.
std::vector<std::string> LanguageScreen::spokenContent(const UiContext& ui) const {
    std::vector<std::string> said = {ui.text("language_switch")};
    for (const Language l : offeredLanguages(ui)) said.push_back(languageOwnName(l));
    return said;
}

}  // namespace kiosk::ui
