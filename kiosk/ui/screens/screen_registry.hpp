#pragma once
#include <memory>
#include <string>
#include <vector>

#include "screen.hpp"

namespace kiosk::ui {

// The one place that knows every screen by its stable name: attract, home,
// timeline, event, highlights, partners, numbers, about, map (and title, the
// attract loop held on its first slide for headless renders).
std::unique_ptr<Screen> createScreen(const std::string& name);
const std::vector<std::string>& screenNames();
bool isScreenName(const std::string& name);

}  // namespace kiosk::ui
