#pragma once
#include <string>

namespace kiosk {

// Katakana or hiragana in Hangul, by the National Institute of Korean
// Language's rules for Japanese (외래어 표기법, 일본어의 표기): voiceless
// カ, タ and チャ rows unaspirated at the start of a word and aspirated inside
// it (カ 가 but 카: ホッカイドウ 홋카이도, キョウト 교토), voiced and voiceless
// alike at the start (グンマ 군마), ツ always 쓰 (ツマゴイ 쓰마고이), ッ as a ㅅ
// final (サッポロ 삿포로), ン as a ㄴ final (シンジュク 신주쿠), and long vowels
// not written (オオタ 오타, コウトウ 고토, ニイガタ 니가타; エイ keeps its イ:
// メイジ 메이지). Anything that is not kana passes through unchanged.
std::string kanaToHangul(const std::string& kana);

}  // namespace kiosk
