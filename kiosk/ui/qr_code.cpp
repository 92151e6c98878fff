#include "qr_code.hpp"

#include <algorithm>
#include <cmath>

#include "content/link_codes.hpp"
#include "paint.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {

constexpr float kCaptionSpacing = 1.4f;
// Dark on white, never themed: readers look for dark modules on light.
const ImU32 kLight = IM_COL32(255, 255, 255, 255);
const ImU32 kDark = IM_COL32(0, 0, 0, 255);

// The size a visitor notices the code at, where the column has room for it.
float preferredSide(const UiContext& ui) {
    return ui.px(180);
}

QrSize sizeIn(const UiContext& ui, const QrMatrix& code, float room) {
    return chooseQrSize(code.sizeWithQuietZone(), ui.mmPerPx, room, preferredSide(ui));
}

// The code's modules, each row's dark runs as one rectangle (fewer vertices
// than one per module), on whole pixels so that every module is sharp.
void drawModules(const UiContext& ui, const QrMatrix& code, const Rect& box, int modulePx) {
    ui.list->AddRectFilled(v(box.x, box.y), v(box.right(), box.bottom()), kLight);
    const float m = float(modulePx);
    const float left = box.x + float(kQrQuietZoneModules) * m;
    const float top = box.y + float(kQrQuietZoneModules) * m;
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.darkAt(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size && code.darkAt(x, y)) ++x;
            ui.list->AddRectFilled(v(left + float(start) * m, top + float(y) * m),
                                   v(left + float(x) * m, top + float(y + 1) * m), kDark);
        }
    }
}

}  // namespace

std::string linkHost(const std::string& link) {
    const size_t begin = link.find("://");
    if (begin == std::string::npos) return link;
    const size_t end = link.find_first_of("/?#", begin + 3);
    return link.substr(begin + 3, end == std::string::npos ? std::string::npos : end - begin - 3);
}

LinkCodeLayout layoutLinkCode(const UiContext& ui, const std::string& link, float x, float y,
                              float width) {
    LinkCodeLayout l;
    l.code = link.empty() ? nullptr : ui.pack->findLinkCode(link);
    if (!l.code) return l;
    ImFont* body = ui.fonts->body;
    ImFont* caption = ui.fonts->caption;
    const std::string words = ui.text(kScanCaptionKey);
    // Beside the code while the caption keeps a readable width; else under it.
    const float besideRoom = width - preferredSide(ui) - ui.gutter();
    const bool beside = besideRoom >= std::max(ui.px(200), textWidth(body, words) * 0.5f);
    l.size = sizeIn(ui, *l.code, beside ? width - ui.px(200) - ui.gutter() : width);
    const float side = l.size.sidePx;
    l.codeBox = {std::round(x), std::round(y), side, side};
    const float textX = beside ? x + side + ui.gutter() : x;
    const float textW = beside ? width - side - ui.gutter() : width;
    l.caption = layoutWith(ui, body, words, textW);
    l.host = layoutWith(caption, linkHost(link), textW, 0, WordBreaks::AtSpaces);
    const float textH = lineHeight(body, kCaptionSpacing) * float(l.caption.lines.size()) +
                        lineHeight(caption, kCaptionSpacing) * float(l.host.lines.size());
    const float textY = beside ? y + std::max(0.0f, (side - textH) * 0.5f) : y + side + ui.px(8);
    l.captionBox = {textX, textY, textW, textH};
    l.height = beside ? std::max(side, textH) : side + ui.px(8) + textH;
    return l;
}

void drawLinkCode(const UiContext& ui, const std::string& link, const LinkCodeLayout& l) {
    if (!l.code) return;
    drawModules(ui, *l.code, l.codeBox, l.size.modulePx);
    if (ui.inventory) ui.inventory->addCode(l.codeBox, l.code->sizeWithQuietZone(), link);
    const Theme& t = ui.theme();
    const float y =
        l.captionBox.y + drawLaidOut(*ui.list, ui.fonts->body, l.caption, l.captionBox.x,
                                     l.captionBox.y, themeColor(t.text), kCaptionSpacing);
    drawLaidOut(*ui.list, ui.fonts->caption, l.host, l.captionBox.x, y, themeColor(t.muted),
                kCaptionSpacing);
}

float drawLinkCode(const UiContext& ui, const std::string& link, float x, float y, float width) {
    const LinkCodeLayout layout = layoutLinkCode(ui, link, x, y, width);
    drawLinkCode(ui, link, layout);
    return layout.height;
}

float drawCodeAlone(const UiContext& ui, const std::string& link, float x, float y,
                    float preferredSide, float room) {
    const QrMatrix* code = link.empty() ? nullptr : ui.pack->findLinkCode(link);
    if (!code) return 0.0f;
    const QrSize size = chooseQrSize(code->sizeWithQuietZone(), ui.mmPerPx, room, preferredSide);
    const Rect box{std::round(x), std::round(y), size.sidePx, size.sidePx};
    drawModules(ui, *code, box, size.modulePx);
    if (ui.inventory) ui.inventory->addCode(box, code->sizeWithQuietZone(), link);
    return size.sidePx;
}

float linkCodeSide(const UiContext& ui, const std::string& link, float room) {
    const QrMatrix* code = link.empty() ? nullptr : ui.pack->findLinkCode(link);
    return code ? sizeIn(ui, *code, room).sidePx : 0.0f;
}

}  // namespace kiosk::ui
