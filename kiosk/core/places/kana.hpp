#pragma once
#include <string>

namespace kiosk {

// Hiragana turned into katakana (つまごい ツマゴイ); everything else as it is.
// Readings come in either script (places.json in hiragana, the narration's in
// katakana); the tables that read them know katakana.
std::u32string katakanaCodepoints(const std::string& kana);
std::string toKatakana(const std::string& kana);

}  // namespace kiosk
