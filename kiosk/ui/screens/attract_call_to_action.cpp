#include "screens/attract_call_to_action.hpp"

#include <cmath>

#include "paint.hpp"

namespace kiosk::ui {

CallToAction callToActionOn(const UiContext& ui) {
    return layoutCallToAction(ui.screen, ui.unit, visitorLanguages(ui.pack->manifest.languages));
}

SlideGrid slideGrid(const UiContext& ui) {
    return {ui.margin(), ui.gutter()};
}

CallToAction slideCallToAction(const UiContext& ui) {
    if (!ui.loopMode) return callToActionOn(ui);
    // Loop mode shows no call to action (a touch starts nothing there): the
    // slides have the screen down to its bottom margin.
    CallToAction none;
    none.reach = {ui.screen.x, ui.screen.bottom(), ui.screen.w, 0.0f};
    return none;
}

Rect slideContentBox(const UiContext& ui, const Rect& r) {
    return slideContentBox(r, slideCallToAction(ui), slideGrid(ui));
}

void drawTouchPrompt(const UiContext& ui, double now) {
    const Theme& t = ui.theme();
    const CallToAction cta = callToActionOn(ui);
    const LocalizedText* touch = ui.pack->findString("touch_to_start");
    ImFont* font = ui.fonts->title;
    // The rings breathe out to the layout's reach and back, every 2.6 s.
    const float pulse = 0.5f + 0.5f * float(std::cos(now * 2.4));
    const float ring = cta.ringReach * (0.35f + 0.65f * (1.0f - pulse));
    for (const CallToActionPart& part : cta.parts) {
        const Rect& b = part.box;
        const float round = b.h * 0.5f;
        ui.list->AddRect(v(b.x - ring, b.y - ring), v(b.right() + ring, b.bottom() + ring),
                         themeColor(t.accent, 0.25f + 0.3f * pulse), round + ring, 0, ui.px(4));
        ui.list->AddRectFilled(v(b.x, b.y), v(b.right(), b.bottom()), themeColor(t.accent), round);
        const std::string text = touch ? touch->in(part.language) : "Touch to start";
        drawCenteredLine(*ui.list, font, text, b.center().x, b.y + (b.h - font->FontSize) * 0.5f,
                         b.w - 2 * ui.px(28), themeColor(t.background));
    }
}

}  // namespace kiosk::ui
