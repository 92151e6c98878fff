#pragma once
#include <optional>
#include <string>

namespace kiosk {

// The generic part at the end of a place name, how it is read and what it is
// called in English and Korean: 市 シ City 시, 区 ク City 구 (Tokyo's special
// wards call themselves cities in English), 町 チョウ or マチ Town 정, 村 ムラ or
// ソン Village 촌, 県 ケン Prefecture 현, 府 フ Prefecture 부, and 都 ト, which
// English leaves out (Tokyo) and Korean keeps (도쿄도). 北海道 has none: its 道
// is part of the name (Hokkaido, 홋카이도). Empty `suffix` when the name has none.
struct PlaceNameParts {
    std::string stem;     // 嬬恋
    std::string suffix;   // 村
    std::string english;  // Village
    std::string korean;   // 촌
};
PlaceNameParts splitPlaceName(const std::string& name);

// The reading of the stem alone: `reading` (hiragana or katakana) without
// the suffix's reading at its end (つまごいむら for 嬬恋村 gives つまごい, in
// the script it came in). The whole reading for a name without a suffix;
// nothing when the reading does not end in a reading of the suffix.
std::optional<std::string> stemReading(const PlaceNameParts& parts, const std::string& reading);

// The katakana a suffix is read as when nothing else says: シ, ク, チョウ, ムラ,
// ケン, フ, ト; empty for none.
std::string usualSuffixReading(const std::string& suffix);

}  // namespace kiosk
