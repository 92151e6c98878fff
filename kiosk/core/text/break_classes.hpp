#pragma once

namespace kiosk {

// The classes of characters the line breaker decides by, after JIS X 4051 for
// Japanese, the W3C's Chinese and Korean layout requirements (clreq, klreq) and
// UAX #14 where they agree. Each is a property of one character; the rules that
// need its neighbours (a dash joining words, an ASCII quote opening or closing)
// are the line breaker's.

// True when `c` may not begin a line: closing brackets, full stops and commas,
// middle dots, small kana, iteration marks, dashes, postfixed units.
bool cannotStartLine(char32_t c);
// True when `c` may not end a line: opening brackets and quotes, and currency
// signs, which stay with the amount after them.
bool cannotEndLine(char32_t c);

bool isBreakingSpace(char32_t c);
// Ideographs, kana and CJK marks: scripts written without spaces, where a line
// may break between any two characters. Hangul is not among them: Korean puts
// spaces between words and breaks there.
bool breaksAnywhere(char32_t c);
// The en and em dashes, which join words ("Taito–Sumida") and ranges ("30–31").
bool isDash(char32_t c);
// A letter of an alphabet, syllabary or ideographs: what a dash joins when it
// joins words rather than numbers.
bool isLetter(char32_t c);
// ASCII and full-width digits.
bool isDigit(char32_t c);
// Units set as one symbol (℃, ㎞, ㎡), which stay with the number before them.
bool isUnitSymbol(char32_t c);

}  // namespace kiosk
