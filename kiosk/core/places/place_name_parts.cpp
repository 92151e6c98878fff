#include "places/place_name_parts.hpp"

#include "places/kana.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

struct Generic {
    const char* suffix;
    const char* readings[2];  // katakana; the usual one first
    const char* english;
    const char* korean;
};

const Generic kGenerics[] = {{"市", {"シ", ""}, "City", "시"},
                             {"区", {"ク", ""}, "City", "구"},
                             {"町", {"チョウ", "マチ"}, "Town", "정"},
                             {"村", {"ムラ", "ソン"}, "Village", "촌"},
                             {"県", {"ケン", ""}, "Prefecture", "현"},
                             {"府", {"フ", ""}, "Prefecture", "부"},
                             {"都", {"ト", ""}, "", "도"}};

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

const Generic* genericOf(const std::string& suffix) {
    for (const Generic& g : kGenerics)
        if (suffix == g.suffix) return &g;
    return nullptr;
}

}  // namespace

PlaceNameParts splitPlaceName(const std::string& name) {
    for (const Generic& g : kGenerics) {
        const std::string suffix = g.suffix;
        if (endsWith(name, suffix) && name.size() > suffix.size())
            return {name.substr(0, name.size() - suffix.size()), suffix, g.english, g.korean};
    }
    return {name, "", "", ""};
}

std::optional<std::string> stemReading(const PlaceNameParts& parts, const std::string& reading) {
    const Generic* generic = genericOf(parts.suffix);
    if (!generic) return reading;
    const std::u32string katakana = katakanaCodepoints(reading);
    const std::u32string original = decodeUtf8(reading);
    for (const char* suffixReading : generic->readings) {
        const std::u32string tail = decodeUtf8(suffixReading);
        if (tail.empty() || katakana.size() <= tail.size()) continue;
        if (katakana.compare(katakana.size() - tail.size(), tail.size(), tail) == 0)
            return encodeUtf8(original.substr(0, original.size() - tail.size()));
    }
    return std::nullopt;
}

std::string usualSuffixReading(const std::string& suffix) {
    const Generic* generic = genericOf(suffix);
    return generic ? generic->readings[0] : "";
}

}  // namespace kiosk
