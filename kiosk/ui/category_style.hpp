#pragma once
#include <cstdint>
#include <string>

#include "content/pack.hpp"

namespace kiosk::ui {

// Each category keeps one colour everywhere (filters, cards, detail), so a
// visitor learns it without a legend.
uint32_t categoryColor(EventCategory category);
// UI string key of a category's name: "category_agreement", ...
std::string categoryStringKey(EventCategory category);

}  // namespace kiosk::ui
