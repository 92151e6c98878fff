#pragma once
#include <string>

namespace kiosk {

// Katakana or hiragana to Hepburn romanisation, as place names are written in
// English by the Japan Tourism Agency: long vowels without macrons (トウキョウ
// Tokyo, オオサカ Osaka, but ei kept: メイジ Meiji), っ doubling the consonant
// (ホッカイドウ Hokkaido, ッチ tchi), and ん always "n" (グンマ Gunma, シンバシ
// Shinbashi: the revised Hepburn of MLIT's road signs, not "m" before b, m, p),
// with an apostrophe before a vowel or y (ジュンイチ Jun'ichi). The first letter
// is capitalised; anything that is not kana passes through unchanged.
std::string kanaToHepburn(const std::string& kana);

}  // namespace kiosk
