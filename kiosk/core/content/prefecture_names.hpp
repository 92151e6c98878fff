#pragma once
#include <string>

namespace kiosk {

// English name of a prefecture by its two-digit code ("01" → "Hokkaido"), for
// map labels in English; empty for an unknown code.
std::string prefectureNameEn(const std::string& code);

}  // namespace kiosk
