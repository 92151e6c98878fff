#pragma once
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

// Fills "{name}" placeholders of a UI string: "{n}市町村" with n = 144 gives
// "144市町村". Unknown placeholders stay as they are, so a typo shows up on screen
// in development instead of vanishing.
std::string fillTemplate(const std::string& pattern,
                         const std::vector<std::pair<std::string, std::string>>& values);

// "1,004" style grouping for counts.
std::string groupThousands(long long value);

}  // namespace kiosk
