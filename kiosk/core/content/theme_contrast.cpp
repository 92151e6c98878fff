#include "content/theme_contrast.hpp"

#include <cstdio>

#include "content/color_contrast.hpp"

namespace kiosk {

std::vector<ThemeContrastPair> themeContrastPairs(const Theme& t) {
    const char* text = "text";
    const char* control = "a control's outline";
    return {
        // Body text and captions are set in these three on both backgrounds.
        {"text", "background", t.text, t.background, kTextContrast, text},
        {"text", "surface", t.text, t.surface, kTextContrast, text},
        {"muted", "background", t.muted, t.background, kTextContrast, text},
        {"muted", "surface", t.muted, t.surface, kTextContrast, text},
        {"accent", "background", t.accent, t.background, kTextContrast, text},
        {"accent", "surface", t.accent, t.surface, kTextContrast, text},
        // Labels on filled controls: a primary button, a chip that is on.
        {"background", "accent", t.background, t.accent, kTextContrast, text},
        {"background", "text", t.background, t.text, kTextContrast, text},
        // Buttons, chips and tiles stand out by their outline, on the screen's
        // background and on a panel alike.
        {"outline", "background", t.outline, t.background, kControlContrast, control},
        {"outline", "surface", t.outline, t.surface, kControlContrast, control},
    };
}

void checkThemeContrast(const Theme& theme, const std::string& file, ProblemList& problems) {
    for (const ThemeContrastPair& pair : themeContrastPairs(theme)) {
        const double ratio = contrastRatio(pair.foregroundColor, pair.backgroundColor);
        if (ratio >= pair.required) continue;
        const bool unreadable = pair.required == kTextContrast && ratio < kControlContrast;
        char figures[128];
        std::snprintf(figures, sizeof figures, "is %.2f:1; %s needs at least %.1f:1%s", ratio,
                      pair.role, pair.required, unreadable ? " and no text reads below 3:1" : "");
        const std::string message =
            pair.foreground + " on " + pair.background + " " + figures +
            " (WCAG 2.x contrast), or visitors with low vision cannot read it";
        if (unreadable)
            problems.error(file, "/colors/" + pair.foreground, message);
        else
            problems.warning(file, "/colors/" + pair.foreground, message);
    }
}

void checkHighContrast(const Theme& theme, const std::string& file, ProblemList& problems) {
    for (const ThemeContrastPair& pair : themeContrastPairs(theme)) {
        const bool text = pair.required == kTextContrast;
        const double required = text ? kEnhancedTextContrast : pair.required;
        const double ratio = contrastRatio(pair.foregroundColor, pair.backgroundColor);
        if (ratio >= required) continue;
        char figures[160];
        std::snprintf(figures, sizeof figures,
                      "is %.2f:1 in the high-contrast colours; %s there needs at least %.1f:1",
                      ratio, pair.role, required);
        problems.error(file, "/high_contrast/" + pair.foreground,
                       pair.foreground + " on " + pair.background + " " + figures +
                           " (WCAG 2.x 1.4.6), or the visitors who chose it cannot read it");
    }
}

}  // namespace kiosk
