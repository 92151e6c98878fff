#pragma once
#include <map>
#include <string>

#include "places/place_name_parts.hpp"

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

// A municipality's reading from MeCab's reading of its stem and the rule for
// its suffix in its prefecture: 嬬恋 ツマゴイ + 村 in 群馬県 gives ツマゴイムラ.
// For a place the pack gives no reading of (places.json has one for each).
std::string municipalityReading(const PlaceNameParts& parts, const std::string& stemReading,
                                const std::string& prefecture, const PlaceSuffixRules& rules);

}  // namespace kiosk
