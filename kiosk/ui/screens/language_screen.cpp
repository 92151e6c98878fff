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
    // Large buttons as tall as the call to action's parts, in two columns
    // where the area is wide enough and one where not, gathered at the bottom
    // of the area: near the bottom bar, within reach of a seated visitor.
    // They shrink together when the area is short (reach mode at twice the
    // type).
    const float gap = ui.px(24);
    const float scale = float(textScale(ui.access.textSize));
    const float wantedW = ui.px(640) * scale;
    const size_t columns = offered.size() > 2 && a.w - 2 * ui.margin() >= 2 * wantedW + gap ? 2 : 1;
    const size_t rows = (offered.size() + columns - 1) / columns;
    const float buttonW =
        std::min(wantedW, (a.w - 2 * ui.margin() - gap * float(columns - 1)) / float(columns));
    const float buttonH =
        std::min(ui.px(120) * std::max(1.0f, ui.fonts->title->FontSize / ui.px(44)),
                 (a.h - 2 * ui.gutter() - gap * float(rows - 1)) / float(rows));
    const float blockW = buttonW * float(columns) + gap * float(columns - 1);
    const float blockH = buttonH * float(rows) + gap * float(rows - 1);
    const float left = a.x + (a.w - blockW) * 0.5f;
    const float top = std::max(a.y + ui.gutter(), a.bottom() - ui.gutter() - blockH);
    Intent intent;
    for (size_t i = 0; i < offered.size(); ++i) {
        const Language l = offered[i];
        const Rect r{left + float(i % columns) * (buttonW + gap),
                     top + float(i / columns) * (buttonH + gap), buttonW, buttonH};
        const bool showing = l == ui.language;
        // The name in the title size: the one word a visitor looks for here.
        if (button(ui, r, std::string(), showing ? ButtonStyle::Primary : ButtonStyle::Surface,
                   Icon::None, languageOwnName(l)))
            intent = Intent::setLanguage(l);
        const Theme& t = ui.theme();
        drawCenteredLine(*ui.list, ui.fonts->title, languageOwnName(l), r.center().x,
                         r.center().y - ui.fonts->title->FontSize * 0.5f, r.w - ui.px(32),
                         themeColor(showing ? t.background : t.text));
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
