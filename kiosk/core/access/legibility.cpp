#include "access/legibility.hpp"

#include <cmath>

namespace kiosk {

namespace {
constexpr double kLatinCapHeight = 0.733;  // Noto Sans CJK's capHeight, per em
constexpr double kPi = 3.14159265358979323846;
}  // namespace

Script scriptOf(const std::string& utf8) {
    // A lead byte of 0xE3 or above starts a character from U+3000 up.
    for (unsigned char c : utf8)
        if (c >= 0xE3) return Script::Japanese;
    return Script::Latin;
}

double leastMinutesOfArc(Script script) {
    return script == Script::Japanese ? 25.0 : 16.0;
}

double characterHeightMm(double typeMm, Script script) {
    return script == Script::Japanese ? typeMm : typeMm * kLatinCapHeight;
}

double farthestReadingMm(double typeMm, Script script) {
    const double angle = leastMinutesOfArc(script) / 60.0 * kPi / 180.0;
    return characterHeightMm(typeMm, script) / (2.0 * std::tan(angle * 0.5));
}

}  // namespace kiosk
