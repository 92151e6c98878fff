// pack.json "hub" and "overview_omits": what the pack says about its map
// beyond the shapes, so that nothing that draws a map knows which pack it shows.
#include <set>

#include "content/json_reader.hpp"
#include "content/manifest.hpp"
#include "content/prefecture_names.hpp"
#include "content/section_readers.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

bool isKnownPrefecture(const std::string& twoDigits) {
    return twoDigits.size() == 2 && !prefectureNameJa(twoDigits).empty();
}

void rejectOtherKeys(JsonReader& reader, const json& object, const std::string& pointer,
                     const std::set<std::string>& known) {
    std::string names;
    for (const auto& key : known) names += (names.empty() ? "" : ", ") + key;
    for (const auto& [key, value] : object.items())
        if (!known.count(key))
            reader.error(childPointer(pointer, key), "unknown key; expected " + names);
}

void readHubMunicipalities(JsonReader& reader, const json& hub, MapHub& out) {
    const std::string ptr = "/hub/municipalities";
    std::vector<std::string> codes;
    if (!reader.readStringList(hub, "/hub", "municipalities", codes, true)) return;
    if (codes.empty())
        reader.error(ptr, "is empty; expected the codes of the hub's municipalities");
    std::set<std::string> seen;
    for (size_t i = 0; i < codes.size(); ++i) {
        const std::string& code = codes[i];
        const std::string at = childPointer(ptr, i);
        if (!isLocalGovernmentCode(code) || code.compare(2, 3, "000") == 0)
            reader.error(at, "\"" + code +
                                 "\" is not a municipality code; expected five digits "
                                 "not ending in 000");
        else if (!out.prefecture.empty() && code.compare(0, 2, out.prefecture) != 0)
            reader.error(at, "\"" + code + "\" is not in the hub's prefecture " + out.prefecture);
        else if (!seen.insert(code).second)
            reader.error(at, "\"" + code + "\" is listed twice; expected each code once");
        else
            out.municipalities.push_back(code);
    }
}

void readHub(JsonReader& reader, const json& hub, MapHub& out) {
    if (!reader.requireObject(hub, "/hub")) return;
    rejectOtherKeys(reader, hub, "/hub", {"prefecture", "municipalities", "anchor"});
    if (reader.readString(hub, "/hub", "prefecture", out.prefecture, true) &&
        !isKnownPrefecture(out.prefecture)) {
        reader.error("/hub/prefecture", "\"" + out.prefecture +
                                            "\" is not a prefecture code; expected two digits, "
                                            "01 to 47");
        out.prefecture.clear();
    }
    readHubMunicipalities(reader, hub, out);
    if (reader.readString(hub, "/hub", "anchor", out.anchor, true) && !out.contains(out.anchor) &&
        !out.municipalities.empty())
        reader.error("/hub/anchor", "\"" + out.anchor +
                                        "\" is not one of the hub's municipalities; expected one "
                                        "of /hub/municipalities");
}

void readOverviewOmits(JsonReader& reader, const json& document, std::vector<std::string>& out) {
    std::vector<std::string> codes;
    if (!reader.readStringList(document, "", "overview_omits", codes, true)) return;
    for (size_t i = 0; i < codes.size(); ++i) {
        const std::string& code = codes[i];
        if (code.size() == 5 && code.compare(2, 3, "000") == 0 &&
            isKnownPrefecture(code.substr(0, 2)))
            out.push_back(code);
        else
            reader.error(childPointer("/overview_omits", i),
                         "\"" + code +
                             "\" is not a prefecture; expected its code with 000, "
                             "like \"47000\"");
    }
}

}  // namespace

MapFacts legacyMapFacts() {
    // Until packs stated these facts, `kiosk-pack build` and the kiosk held them
    // for the one pack there was: Tokyo's 23 special wards as the hub, marked at
    // Chiyoda, and Tokyo's Pacific islands and Okinawa left out of the
    // whole-country view. Packs built then are on kiosks today and must keep
    // their look; this is the only place those codes are written.
    MapFacts facts;
    facts.hub.prefecture = "13";
    for (int ward = 101; ward <= 123; ++ward)
        facts.hub.municipalities.push_back("13" + std::to_string(ward));
    facts.hub.anchor = "13101";
    facts.overviewOmits = {"13000", "47000"};
    return facts;
}

void readMapFacts(JsonReader& reader, const json& document, MapFacts& out) {
    const MapFacts legacy = legacyMapFacts();
    const char* stateIt =
        "is missing; read as in packs built before it, for Tokyo's 23 wards (see "
        "content/README.md); state it and build again";
    if (document.contains("hub")) {
        readHub(reader, document["hub"], out.hub);
    } else {
        reader.warning("/hub", stateIt);
        out.hub = legacy.hub;
    }
    if (document.contains("overview_omits")) {
        readOverviewOmits(reader, document, out.overviewOmits);
    } else {
        reader.warning("/overview_omits", stateIt);
        out.overviewOmits = legacy.overviewOmits;
    }
}

}  // namespace kiosk
