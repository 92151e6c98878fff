#pragma once
#include <cstdint>
#include <string>

#include "content/pack.hpp"

namespace kiosk::ui {

// Each category keeps one colour everywhere (filters, cards, detail), so a
// visitor learns it without a legend. Each is also set as text (the tour's
// category, an event slide's label) on the theme's background and surface, so
// each reaches 4.5:1 against both in the default theme (tests/ui/contrast_test.cpp).
uint32_t categoryColor(EventCategory category);
// UI string key of a category's name: "category_agreement", ...
std::string categoryStringKey(EventCategory category);

}  // namespace kiosk::ui
