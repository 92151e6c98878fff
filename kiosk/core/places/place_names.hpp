#pragma once
#include <functional>
#include <optional>
#include <string>

#include "content/localized_text.hpp"

namespace kiosk {

// A Japanese name in Chinese characters as a reader of each Chinese script
// knows them: 群馬県 群马县 and 群馬縣, 広島県 广岛县 and 廣島縣; kana stays as it is.
struct ChineseForms {
    std::string simplified;
    std::string traditional;
};
// kiosk-pack gives one that asks OpenCC; tests give a table.
using ChineseConverter = std::function<ChineseForms(const std::string& japanese)>;

// What the pack source says of one place (places.json): its reading and any
// name an author wrote in place of the derived one.
struct PlaceSource {
    std::string name;         // 嬬恋村, as the boundary data names it
    std::string reading;      // つまごいむら, hiragana (or katakana)
    LocalizedText overrides;  // only the languages the author gave
};

// A place's name in English: its stem in Hepburn with the English generic word
// (つまごいむら 嬬恋村 Tsumagoi Village, しんじゅくく 新宿区 Shinjuku City,
// ぐんまけん 群馬県 Gunma Prefecture, とうきょうと 東京都 Tokyo, ほっかいどう
// 北海道 Hokkaido); nothing when the reading does not end as the suffix reads.
std::optional<std::string> englishPlaceName(const std::string& name, const std::string& reading);

// In Korean: the stem transcribed from its reading with the Sino-Korean generic
// word (쓰마고이촌, 신주쿠구, 군마현, 도쿄도, 홋카이도); nothing as above.
std::optional<std::string> koreanPlaceName(const std::string& name, const std::string& reading);

// The place's name in every language: ja as the source names it, en and ko from
// its reading, zh-Hans and zh-Hant by `chinese`, then the author's overrides.
// A place with no reading (or one that does not fit its name) has no en or ko
// of its own unless an author gave them; `derivedFromReading` says which.
struct DerivedPlaceName {
    LocalizedText name;
    bool derivedFromReading = false;
};
DerivedPlaceName derivePlaceName(const PlaceSource& source, const ChineseConverter& chinese);

}  // namespace kiosk
