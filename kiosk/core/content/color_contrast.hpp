#pragma once
#include <cstdint>

namespace kiosk {

// Contrast as WCAG 2.x measures it, for colours given as 0xRRGGBB: what a
// theme's pairs are held to (text 4.5:1, large text and controls 3:1).

// Relative luminance, 0 (black) to 1 (white), of an sRGB colour.
double relativeLuminance(uint32_t rgb);
// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double contrastRatio(uint32_t a, uint32_t b);
// `over` drawn with opacity `alpha` (0 to 1) on `under`, as the screen shows it.
uint32_t blendOver(uint32_t over, uint32_t under, double alpha);

// The ratios WCAG 2.x asks for (success criteria 1.4.3 and 1.4.11).
constexpr double kTextContrast = 4.5;
constexpr double kLargeTextContrast = 3.0;
constexpr double kControlContrast = 3.0;
// Enhanced contrast (1.4.6): what the high-contrast colours are held to.
constexpr double kEnhancedTextContrast = 7.0;

// Large text in WCAG's sense: 24 CSS px and up, or 18.66 px bold (CSS px of a
// 96-dpi screen), which may read at 3:1.
bool isLargeText(double cssPixels, bool bold);

}  // namespace kiosk
