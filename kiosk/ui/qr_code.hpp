#pragma once
#include <string>

#include "qr/qr_sizing.hpp"
#include "text/line_breaker.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// A link shown as its QR code with a caption: the code dark on white with
// its quiet zone, whatever the theme (high contrast included: a reader needs
// dark modules on light), "Scan with your phone" and the link's host beside
// it, or under it where the column is too narrow for both.
struct LinkCodeLayout {
    const QrMatrix* code = nullptr;  // null: nothing to show (no link, or no code for it)
    QrSize size;
    Rect codeBox;  // the code with its quiet zone, on whole pixels
    LaidOutText caption, host;
    Rect captionBox;
    float height = 0;  // all of it, from the top it was laid out at
};

// Lays out `link`'s code from (x, y) within `width`; height 0 when the pack
// has no code for it (an empty link).
LinkCodeLayout layoutLinkCode(const UiContext& ui, const std::string& link, float x, float y,
                              float width);

// Draws what layoutLinkCode laid out, and records the code for the access
// check (its module size on the real screen).
void drawLinkCode(const UiContext& ui, const std::string& link, const LinkCodeLayout& layout);

// Both in one; returns the height used (0 for no link).
float drawLinkCode(const UiContext& ui, const std::string& link, float x, float y, float width);

// The code alone, its top left at (x, y), as large as `preferredSide` where
// `room` allows (at least the rules' least module); returns its side, 0 when
// the pack has no code for `link`.
float drawCodeAlone(const UiContext& ui, const std::string& link, float x, float y,
                    float preferredSide, float room);

// The code's side alone, in pixels, drawn within `room` (for a layout that
// puts the code beside its own text).
float linkCodeSide(const UiContext& ui, const std::string& link, float room);

// The host a link opens ("collabo.tokyo-23city.or.jp"), for the caption.
std::string linkHost(const std::string& link);

}  // namespace kiosk::ui
