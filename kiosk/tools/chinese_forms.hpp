#pragma once
#include <optional>
#include <string>

#include "places/place_names.hpp"

namespace kiosk {

// Japanese kanji in the forms Chinese readers know, by OpenCC (Debian's
// opencc data): Japanese shinjitai to traditional characters (jp2t), then to
// Taiwan's standard forms (t2tw: 群 rather than 羣) for zh-Hant, and from the
// traditional to simplified (t2s) for zh-Hans. Kana passes through. Nothing,
// with `error` saying why, when OpenCC's data cannot be opened.
std::optional<ChineseConverter> openChineseConverter(std::string& error);

}  // namespace kiosk
