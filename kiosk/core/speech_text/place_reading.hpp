#pragma once
#include <map>
#include <string>

namespace kiosk {

// How a municipality's 町 and 村 are read in its prefecture: 町 is チョウ in
// Hokkaido, Kyoto, Nara, Hiroshima and Yamanashi, マチ in Aomori, Gunma, Chiba,
// Saitama and Tokyo; 村 is ムラ in all of those. MeCab guesses either; the pack
// source gives the rule per prefecture (readings/glossary.json "place_suffixes"),
// and a name that breaks its prefecture's rule gets its own reading.
struct PlaceSuffixRules {
    // prefecture (北海道, 群馬県, ...) -> suffix (町, 村) -> katakana.
    std::map<std::string, std::map<std::string, std::string>> byPrefecture;
};

// The generic part at the end of a place name and how it is read and named in
// English: 市 シ City, 区 ク City (Tokyo's special wards call themselves cities
// in English), 町 Town, 村 Village, 県 and 府 Prefecture. Empty `suffix` when
// the name has none of them.
struct PlaceNameParts {
    std::string stem;     // 嬬恋
    std::string suffix;   // 村
    std::string english;  // Village
};
PlaceNameParts splitPlaceName(const std::string& name);

// A municipality's reading from MeCab's reading of its stem and the rule for
// its suffix in its prefecture: 嬬恋 ツマゴイ + 村 in 群馬県 gives ツマゴイムラ.
std::string municipalityReading(const PlaceNameParts& parts, const std::string& stemReading,
                                const std::string& prefecture, const PlaceSuffixRules& rules);

// What the English voice says for a place the English screens still show in
// kanji, from its Japanese reading: ツマゴイムラ for 嬬恋村 gives "Tsumagoi
// Village", シンジュクク for 新宿区 "Shinjuku City"; prefectures by their English
// names ("Gunma Prefecture", "Kyoto Prefecture", "Hokkaido", "Tokyo").
std::string spokenPlaceNameEn(const std::string& name, const std::string& reading);

}  // namespace kiosk
