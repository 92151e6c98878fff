#include "screens/attract_link_slide.hpp"

#include <algorithm>

#include "content/link_codes.hpp"
#include "paint.hpp"
#include "qr_code.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_slides.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

bool drawLinkSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide) {
    if (slide.url.empty() || !ui.pack->findLinkCode(slide.url)) return false;
    drawPlainBackdrop(ui, r);
    const Theme& t = ui.theme();
    ImFont* title = ui.fonts->title;
    ImFont* caption = ui.fonts->caption;
    const std::string words =
        slide.caption.empty() ? ui.text(kScanCaptionKey) : ui.in(slide.caption);
    // Within the slide's grid, above the call to action.
    const Rect box = slideContentBox(ui, r);
    const float textW = box.w;
    const LaidOutText wordsLaid = layoutWith(ui, title, words, textW);
    const float textH =
        lineHeight(title, 1.3f) * float(wordsLaid.lines.size()) + lineHeight(caption, 1.4f);
    // The code takes what the words leave of the box's height, up to half of
    // the slide's shorter side.
    const float side = std::min({box.w, box.h - textH - ui.gutter(), std::min(r.w, r.h) * 0.5f});
    const float top = box.y + (box.h - side - ui.gutter() - textH) * 0.5f;
    const float drawn =
        drawCodeAlone(ui, slide.url, box.center().x - side * 0.5f, top, side, std::max(side, 1.0f));
    float y = top + drawn + ui.gutter();
    for (const std::string& line : wordsLaid.lines) {
        drawCenteredLine(*ui.list, title, line, box.center().x, y, textW, themeColor(t.text));
        y += lineHeight(title, 1.3f);
    }
    drawCenteredLine(*ui.list, caption, linkHost(slide.url), box.center().x, y, textW,
                     themeColor(t.muted));
    return true;
}

}  // namespace kiosk::ui
