#include "screens/attract_link_slide.hpp"

#include <algorithm>
#include <vector>

#include "content/link_codes.hpp"
#include "paint.hpp"
#include "qr_code.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_slides.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {

// One line of the words under the code: its font, colour and text, wrapped.
struct SlideLine {
    ImFont* font;
    uint32_t color;
    LaidOutText text;
    float spacing;
    float height() const { return lineHeight(font, spacing) * float(text.lines.size()); }
};

}  // namespace

bool drawLinkSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide) {
    if (slide.url.empty() || !ui.pack->findLinkCode(slide.url)) return false;
    drawPlainBackdrop(ui, r);
    const Theme& t = ui.theme();
    // Within the slide's grid, above the call to action.
    const Rect box = slideContentBox(ui, r);
    // What the link is (the slide's caption, when it has one), what to do
    // with it, and where it leads.
    std::vector<SlideLine> lines;
    if (!slide.caption.empty())
        lines.push_back({ui.fonts->title, t.text,
                         layoutWith(ui, ui.fonts->title, ui.in(slide.caption), box.w), 1.3f});
    lines.push_back({ui.fonts->body, t.text,
                     layoutWith(ui, ui.fonts->body, ui.text(kScanCaptionKey), box.w), 1.4f});
    lines.push_back({ui.fonts->caption, t.muted,
                     layoutWith(ui.fonts->caption, linkHost(slide.url), box.w), 1.4f});
    float textH = 0;
    for (const SlideLine& line : lines) textH += line.height();
    // The code takes what the words leave of the box's height, up to half of
    // the slide's shorter side.
    const float side = std::min({box.w, box.h - textH - ui.gutter(), std::min(r.w, r.h) * 0.5f});
    const float top = box.y + (box.h - side - ui.gutter() - textH) * 0.5f;
    const float drawn =
        drawCodeAlone(ui, slide.url, box.center().x - side * 0.5f, top, side, std::max(side, 1.0f));
    float y = top + drawn + ui.gutter();
    for (const SlideLine& line : lines)
        for (const std::string& text : line.text.lines) {
            drawCenteredLine(*ui.list, line.font, text, box.center().x, y, box.w,
                             themeColor(line.color));
            y += lineHeight(line.font, line.spacing);
        }
    return true;
}

}  // namespace kiosk::ui
