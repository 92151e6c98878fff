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

// A warning for each pair below its ratio ("theme.json: /colors/muted: muted on
// surface is 3.2:1; text needs 4.5:1 ..."). A warning, not an error: a pack
// whose colours read poorly still shows true facts, and refusing it would keep
// a kiosk on older content; validate and preview show the warning to authors.
void checkThemeContrast(const Theme& theme, const std::string& file, ProblemList& problems);

}  // namespace kiosk
