#pragma once
#include <string>

namespace kiosk {

// The 47 prefectures by their two-digit JIS X 0401 codes, in one table.

// Japanese name by code ("01" or "01000" → "北海道"); empty for an unknown code.
std::string prefectureNameJa(const std::string& code);

// Code by Japanese name (北海道 → "01", 沖縄県 → "47"); empty for anything else.
// The prefecture boundary file names its features but carries no code.
std::string prefectureCode(const std::string& nameJa);

}  // namespace kiosk
