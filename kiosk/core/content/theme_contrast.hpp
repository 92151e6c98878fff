#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// One pair of a theme's colours that the kiosk draws one on the other, and the
// contrast it needs: text on the backgrounds it is set on, labels on filled
// controls, and the outline that marks a control against what surrounds it.
struct ThemeContrastPair {
    std::string foreground;  // theme.json colour names ("muted", "outline")
    std::string background;
    uint32_t foregroundColor = 0;
    uint32_t backgroundColor = 0;
    double required = 0.0;  // kTextContrast or kControlContrast
    const char* role = "";  // "text" or "a control's outline"
};

// Every pair the kiosk draws with the theme's colours.
std::vector<ThemeContrastPair> themeContrastPairs(const Theme& theme);

// A problem for each pair below its ratio ("theme.json: /colors/muted: muted on
// surface is 3.2:1; text needs 4.5:1 ..."). Text between 3:1 and 4.5:1 is a
// warning: large type still reads at 3:1, and a pack whose colours read poorly
// still shows true facts. Text below 3:1 is an error and the pack is refused
// (the kiosk keeps its last good one): no size of type reads there, so
// visitors with low vision would see pages they cannot read. An outline below
// 3:1 is a warning: the control's label still says what it is.
void checkThemeContrast(const Theme& theme, const std::string& file, ProblemList& problems);

// The high-contrast colours are for visitors who need more than 4.5:1: every
// text pair must reach 7:1 (WCAG 1.4.6) and every outline 3:1, or the pack is
// refused, naming the pair ("theme.json: /high_contrast/muted: ...").
void checkHighContrast(const Theme& theme, const std::string& file, ProblemList& problems);

}  // namespace kiosk
