#include "staff_pin_pad.hpp"

#include <cmath>
#include <string>

#include "paint.hpp"
#include "staff/staff_wording.hpp"
#include "text/text_template.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

StaffIntent drawStaffPinPad(const UiContext& ui, StaffPanelState& state) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), IM_COL32(0, 0, 0, 190));
    const float key = ui.px(132), gap = ui.px(18), keyH = key * 0.78f;
    const float dot = ui.px(14);
    const float w = key * 3 + gap * 2 + ui.px(80);
    const float h = ui.px(28) + ui.fonts->body->FontSize * 1.6f + dot * 3 +
                    ui.fonts->caption->FontSize * 1.8f + 4 * (keyH + gap) + ui.px(24 + 88 + 28);
    const Rect card{s.center().x - w / 2, s.center().y - h / 2, w, h};
    // The keys are surface-coloured, so the card takes the background colour.
    ui.list->AddRectFilled(v(card.x, card.y), v(card.right(), card.bottom()),
                           themeColor(t.background), ui.px(28));
    ui.list->AddRect(v(card.x, card.y), v(card.right(), card.bottom()), themeColor(t.muted, 0.5f),
                     ui.px(28), 0, ui.px(2));
    float y = card.y + ui.px(28);
    drawCenteredLine(*ui.list, ui.fonts->body, staffLabel("pin_title"), card.center().x, y,
                     card.w - ui.px(40), themeColor(t.text));
    y += ui.fonts->body->FontSize * 1.6f;
    // One dot per digit typed, never the digits.
    const size_t n = state.typedLength();
    for (size_t i = 0; i < n; ++i)
        ui.list->AddCircleFilled(
            v(card.center().x + (float(i) - (n - 1) / 2.0f) * dot * 3, y + dot), dot,
            themeColor(t.accent));
    y += dot * 3;
    std::string message;
    if (state.checking())
        message = staffLabel("pin_checking");
    else if (state.lockedFor(ui.now) > 0)
        message = fillTemplate(staffLabel("pin_locked"),
                               {{"s", std::to_string(int(std::ceil(state.lockedFor(ui.now))))}});
    else if (state.hasVerdict() && state.lastVerdict() == PinVerdict::Wrong)
        message = staffLabel("pin_wrong");
    drawCenteredLine(*ui.list, ui.fonts->caption, message, card.center().x, y, card.w - ui.px(40),
                     themeColor(t.accent));
    y += ui.fonts->caption->FontSize * 1.8f;
    StaffIntent intent;
    const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "←", "0", "OK"};
    const float x0 = card.x + ui.px(40);
    for (int i = 0; i < 12; ++i) {
        const Rect r{x0 + (i % 3) * (key + gap), y + (i / 3) * (keyH + gap), key, keyH};
        const ButtonStyle style = i == 11 ? ButtonStyle::Primary : ButtonStyle::Surface;
        const std::string label = i == 9 ? "←" : labels[i];
        if (!button(ui, r, i == 9 ? "<" : label, style)) continue;
        if (i == 9)
            state.eraseDigit(ui.now);
        else if (i == 11)
            intent.submitPin = true;
        else
            state.typeDigit(labels[i][0], ui.now);
    }
    const Rect cancel{card.x + ui.px(40), card.bottom() - ui.px(28) - ui.px(88), card.w - ui.px(80),
                      ui.px(88)};
    if (button(ui, cancel, staffLabel("cancel"), ButtonStyle::Ghost)) state.close();
    return intent;
}

}  // namespace kiosk::ui
