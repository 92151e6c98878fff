#include "build/place_naming.hpp"

#include "content/json_reader.hpp"
#include "places/places_file.hpp"

namespace kiosk {

void nameMunicipalities(std::vector<Municipality>& municipalities,
                        const std::map<std::string, PlaceSource>& places,
                        const ChineseConverter& chinese, ProblemList& problems) {
    for (Municipality& m : municipalities) {
        const std::string where = childPointer("/places", m.code);
        const auto it = places.find(m.code);
        PlaceSource source{m.name, "", {}};
        if (it == places.end()) {
            problems.warning(kPlacesFile, where,
                             m.code + " " + m.name + " has no reading; expected its \"kana\"");
        } else {
            if (it->second.name != m.name)
                problems.warning(
                    kPlacesFile, where + "/name",
                    m.code + " is " + m.name + " in the boundary data, not " + it->second.name);
            source.reading = it->second.reading;
            source.overrides = it->second.overrides;
        }
        const DerivedPlaceName derived = derivePlaceName(source, chinese);
        if (!source.reading.empty() && !derived.derivedFromReading)
            problems.warning(kPlacesFile, where + "/kana",
                             m.code + " " + m.name + ": the reading " + source.reading +
                                 " does not end as the name's generic word reads");
        m.shownName = derived.name;
        m.reading = source.reading;
    }
}

}  // namespace kiosk
