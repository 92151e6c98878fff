#include "speech_text/place_reading.hpp"

namespace kiosk {

std::string municipalityReading(const PlaceNameParts& parts, const std::string& stemReading,
                                const std::string& prefecture, const PlaceSuffixRules& rules) {
    if (parts.suffix.empty()) return stemReading;
    const auto byPrefecture = rules.byPrefecture.find(prefecture);
    if (byPrefecture != rules.byPrefecture.end()) {
        const auto rule = byPrefecture->second.find(parts.suffix);
        if (rule != byPrefecture->second.end()) return stemReading + rule->second;
    }
    return stemReading + usualSuffixReading(parts.suffix);
}

}  // namespace kiosk
