#pragma once
#include <string>
#include <vector>

namespace kiosk {

// The keys of strings.json that the application draws. A pack missing one is
// refused, so no screen ever shows a raw key.
const std::vector<std::string>& requiredUiStringKeys();

}  // namespace kiosk
