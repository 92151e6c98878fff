#include "content/high_contrast_theme.hpp"

namespace kiosk {

Theme defaultHighContrast(const Theme& base) {
    Theme t = base;
    t.background = 0x000000;
    t.surface = 0x1A1A1A;  // a panel still reads as one, text on it 17:1
    t.text = 0xFFFFFF;     // 21:1 on the background
    t.muted = 0xE0E0E0;    // 15:1
    t.accent = 0xFFD500;   // 14:1; dark text on it, 14:1
    t.outline = 0xFFFFFF;  // every control edged in white
    return t;
}

}  // namespace kiosk
