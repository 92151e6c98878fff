#include "places/place_names.hpp"

#include "places/hepburn.hpp"
#include "places/korean_transcription.hpp"
#include "places/place_name_parts.hpp"

namespace kiosk {

namespace {

std::string withGeneric(const std::string& stem, const std::string& generic) {
    return generic.empty() ? stem : stem + " " + generic;
}

}  // namespace

std::optional<std::string> englishPlaceName(const std::string& name, const std::string& reading) {
    const PlaceNameParts parts = splitPlaceName(name);
    const std::optional<std::string> stem = stemReading(parts, reading);
    if (!stem || stem->empty()) return std::nullopt;
    return withGeneric(kanaToHepburn(*stem), parts.english);
}

std::optional<std::string> koreanPlaceName(const std::string& name, const std::string& reading) {
    const PlaceNameParts parts = splitPlaceName(name);
    const std::optional<std::string> stem = stemReading(parts, reading);
    if (!stem || stem->empty()) return std::nullopt;
    // Korean writes the generic word on to the name: 쓰마고이촌, not 쓰마고이 촌.
    return kanaToHangul(*stem) + parts.korean;
}

DerivedPlaceName derivePlaceName(const PlaceSource& source, const ChineseConverter& chinese) {
    DerivedPlaceName out;
    out.name.ja = source.name;
    if (chinese) {
        const ChineseForms forms = chinese(source.name);
        out.name.zhHans = forms.simplified;
        out.name.zhHant = forms.traditional;
    }
    if (!source.reading.empty()) {
        const auto english = englishPlaceName(source.name, source.reading);
        const auto korean = koreanPlaceName(source.name, source.reading);
        if (english && korean) {
            out.name.en = *english;
            out.name.ko = *korean;
            out.derivedFromReading = true;
        }
    }
    for (const Language language : allLanguages()) {
        const std::string& given = source.overrides.exactly(language);
        if (!given.empty()) out.name.exactly(language) = given;
    }
    return out;
}

}  // namespace kiosk
