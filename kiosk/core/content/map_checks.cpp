// The map must be able to show what the pack talks about: a member or place
// without a region would be a blank on the map screen and a tap that finds
// nothing, so each one is reported.
#include <set>

#include "content/cross_checks.hpp"
#include "content/json_reader.hpp"
#include "content/manifest.hpp"

namespace kiosk {

namespace {

std::set<std::string> codesOf(const MapLayer& layer) {
    std::set<std::string> codes;
    for (const auto& region : layer.regions) codes.insert(region.code);
    return codes;
}

std::string joined(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code;
    return out;
}

bool isPrefectureCode(const std::string& code) {
    return code.size() == 5 && code.compare(2, 3, "000") == 0;
}

// The hub's municipalities are what the map fills as the hub and where its arcs
// start: one without a region leaves the hub half drawn, so it is an error.
void checkMapFacts(const Pack& pack, const std::set<std::string>& municipalities,
                   const std::set<std::string>& prefectures, ProblemList& problems) {
    const MapFacts& facts = pack.map->facts;
    for (size_t i = 0; i < facts.hub.municipalities.size(); ++i) {
        const std::string& code = facts.hub.municipalities[i];
        if (!municipalities.count(code))
            problems.error(kManifestFile, childPointer("/hub/municipalities", i),
                           code + " has no region in " + pack.manifest.content.map +
                               "; expected every municipality of the hub on the map (build the "
                               "pack again)");
    }
    for (size_t i = 0; i < facts.overviewOmits.size(); ++i)
        if (!prefectures.count(facts.overviewOmits[i]))
            problems.warning(kManifestFile, childPointer("/overview_omits", i),
                             facts.overviewOmits[i] + " has no region in " +
                                 pack.manifest.content.map + "; there is nothing to leave out");
}

}  // namespace

void checkMap(const Pack& pack, ProblemList& problems) {
    const std::set<std::string> municipalities = codesOf(pack.map->municipalities);
    const std::set<std::string> prefectures = codesOf(pack.map->prefectures);
    std::set<std::string> mapped;  // two-digit codes of prefectures whose municipalities are drawn
    for (const auto& code : municipalities) mapped.insert(code.substr(0, 2));

    checkMapFacts(pack, municipalities, prefectures, problems);

    const std::string& partners = pack.manifest.content.partners;
    for (const auto& a : pack.associations) {
        std::vector<std::string> missing;
        for (const auto& code : a.members)
            if (!municipalities.count(code)) missing.push_back(code);
        if (!missing.empty())
            problems.warning(partners, childPointer("/associations", a.indexInFile) + "/members",
                             a.name.ja + ": " + std::to_string(missing.size()) + " of its " +
                                 std::to_string(a.members.size()) +
                                 " members have no region in the map: " + joined(missing));
    }

    for (const auto& e : pack.events)
        for (size_t k = 0; k < e.places.size(); ++k) {
            const std::string& code = e.places[k];
            const std::string prefecture = code.substr(0, 2);
            const bool shown = isPrefectureCode(code)
                                   ? prefectures.count(code) > 0
                                   : !mapped.count(prefecture) || municipalities.count(code);
            if (!shown)
                problems.warning(
                    e.file, childPointer(eventPointer(e) + "/places", k),
                    code +
                        " has no region in the map, which has other municipalities of prefecture " +
                        prefecture);
        }
}

}  // namespace kiosk
