#include "speech_text/place_reading.hpp"

#include "content/prefecture_names.hpp"
#include "speech_text/hepburn.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The kana a suffix may be read as, for stripping it off a whole reading.
const char* const kSuffixReadings[][3] = {{"市", "シ", ""},         {"区", "ク", ""},
                                          {"町", "チョウ", "マチ"}, {"村", "ムラ", "ソン"},
                                          {"県", "ケン", ""},       {"府", "フ", ""}};

}  // namespace

PlaceNameParts splitPlaceName(const std::string& name) {
    static const std::pair<const char*, const char*> kGenerics[] = {
        {"市", "City"},    {"区", "City"},       {"町", "Town"},
        {"村", "Village"}, {"県", "Prefecture"}, {"府", "Prefecture"}};
    for (const auto& [suffix, english] : kGenerics)
        if (endsWith(name, suffix) && name.size() > std::string(suffix).size())
            return {name.substr(0, name.size() - std::string(suffix).size()), suffix, english};
    return {name, "", ""};
}

std::string municipalityReading(const PlaceNameParts& parts, const std::string& stemReading,
                                const std::string& prefecture, const PlaceSuffixRules& rules) {
    if (parts.suffix.empty()) return stemReading;
    const auto byPrefecture = rules.byPrefecture.find(prefecture);
    if (byPrefecture != rules.byPrefecture.end()) {
        const auto rule = byPrefecture->second.find(parts.suffix);
        if (rule != byPrefecture->second.end()) return stemReading + rule->second;
    }
    for (const auto& r : kSuffixReadings)
        if (parts.suffix == r[0]) return stemReading + r[1];
    return stemReading;
}

std::string spokenPlaceNameEn(const std::string& name, const std::string& reading) {
    const std::string code = prefectureCode(name);
    if (!code.empty()) {
        const std::string english = prefectureNameEn(code);
        return endsWith(name, "県") || endsWith(name, "府") ? english + " Prefecture" : english;
    }
    const PlaceNameParts parts = splitPlaceName(name);
    std::string stem = reading;
    for (const auto& r : kSuffixReadings) {
        if (parts.suffix != r[0]) continue;
        for (int i = 1; i < 3; ++i)
            if (*r[i] && endsWith(stem, r[i]) && stem.size() > std::string(r[i]).size()) {
                stem = stem.substr(0, stem.size() - std::string(r[i]).size());
                break;
            }
    }
    std::string romaji = kanaToHepburn(stem);
    // Spoken, not written: the apostrophe of Jun'ichi only confuses a voice.
    std::string spoken;
    for (char c : romaji)
        if (c != '\'') spoken += c;
    return parts.english.empty() ? spoken : spoken + " " + parts.english;
}

}  // namespace kiosk
