#pragma once
#include <string>

namespace kiosk {

// How far away text of a given size can still be read, by a visual angle
// rule: a character must subtend at least 25 minutes of arc for kanji and 16
// for Latin letters and digits (JIS Z 8513, the Japanese edition of ISO
// 9241-3, whose "minimum character height shall be 16 minutes of arc" is for
// Latin capitals; its kanji minimum is larger for their strokes). JIS S 0032
// estimates the least legible size of a Japanese character by age and
// luminance, but for print and signs: it excludes electronic displays, so the
// kiosk uses the display standard's angles.
enum class Script {
    Japanese,  // kanji and kana: measured on the character's full body (the type size)
    Latin,     // measured on a capital letter's height
};

// Japanese when the text holds any character from U+3000 up (CJK punctuation,
// kana, kanji, full-width forms), else Latin.
Script scriptOf(const std::string& utf8);

// The least angle a character of `script` must subtend, in minutes of arc.
double leastMinutesOfArc(Script script);

// The height the rule measures, for type `typeMm` tall (the font's size): the
// whole body for Japanese, a capital's height for Latin (0.733 of the body in
// Noto Sans CJK, the kiosk's face).
double characterHeightMm(double typeMm, Script script);

// The farthest distance from which text of `typeMm` in `script` meets the rule.
double farthestReadingMm(double typeMm, Script script);

}  // namespace kiosk
