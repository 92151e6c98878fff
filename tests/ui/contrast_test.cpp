// Colours the UI sets beside the theme's, held to WCAG 2.x contrast on the
// default theme.
#include <catch2/catch.hpp>

#include "category_style.hpp"
#include "content/color_contrast.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

TEST_CASE("every category colour reads as text on the background and the surface") {
    const Theme& theme = test::defaultPack().theme;
    for (EventCategory category : allCategories()) {
        INFO(categoryId(category));
        const uint32_t color = ui::categoryColor(category);
        // Set as text (the tour's category, an event slide's label) at body size.
        CHECK(contrastRatio(color, theme.background) >= kTextContrast);
        CHECK(contrastRatio(color, theme.surface) >= kTextContrast);
    }
}
