#pragma once
#include <string>

namespace kiosk {

// The two-digit JIS X 0401 code of a prefecture by its name (北海道 → "01",
// 沖縄県 → "47"); empty for anything else. The prefecture boundary file names
// its features but carries no code.
std::string prefectureCode(const std::string& name);

}  // namespace kiosk
