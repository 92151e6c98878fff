#pragma once
#include "content/pack.hpp"

namespace kiosk {

// The kiosk's own high-contrast colours on the theme's type sizes and sounds:
// white and yellow on black, every text pair at least 7:1 (WCAG 1.4.6), for a
// pack whose theme.json gives no "high_contrast" colours of its own.
Theme defaultHighContrast(const Theme& base);

}  // namespace kiosk
