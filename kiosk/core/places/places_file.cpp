#include "places/places_file.hpp"

#include <filesystem>

#include "content/json_reader.hpp"

namespace kiosk {

namespace {

using nlohmann::json;

bool isPlaceCode(const std::string& code) {
    if (code.size() != 5) return false;
    for (char c : code)
        if (c < '0' || c > '9') return false;
    return true;
}

// One place's entry: its name and kana, and a string per language overridden.
bool readPlace(JsonReader& reader, const json& entry, const std::string& ptr, PlaceSource& out) {
    if (!reader.requireObject(entry, ptr)) return false;
    bool ok = reader.readString(entry, ptr, "name", out.name, true);
    ok &= reader.readString(entry, ptr, "kana", out.reading, false);
    for (const auto& [key, value] : entry.items()) {
        if (key == "name" || key == "kana") continue;
        Language language;
        if (!parseLanguageCode(key, language) || language == Language::Japanese) {
            reader.error(childPointer(ptr, key),
                         "unknown key; expected name, kana, or a name in en, zh-Hans, zh-Hant or "
                         "ko in place of the derived one");
            ok = false;
            continue;
        }
        ok &= reader.readString(entry, ptr, key, out.overrides.exactly(language), true);
    }
    return ok;
}

}  // namespace

std::map<std::string, PlaceSource> readPlacesFile(const std::string& sourceRoot,
                                                  const std::string& file, ProblemList& problems) {
    std::map<std::string, PlaceSource> places;
    if (!std::filesystem::exists(std::filesystem::path(sourceRoot) / file)) return places;
    const auto document = readJsonFile(sourceRoot, file, problems);
    if (!document) return places;
    JsonReader reader(file, problems);
    if (!reader.requireObject(*document, "")) return places;
    for (const auto& [key, value] : document->items())
        if (key != "source" && key != "licence" && key != "places")
            reader.error(childPointer("", key), "unknown key; expected source, licence, places");
    std::string origin;
    reader.readString(*document, "", "source", origin, true);
    const json* list = reader.field(*document, "", "places", true);
    if (!list || !reader.requireObject(*list, "/places")) return places;
    for (const auto& [code, entry] : list->items()) {
        const std::string ptr = childPointer("/places", code);
        if (!isPlaceCode(code)) {
            reader.error(ptr, "is not a local-government code; expected five digits");
            continue;
        }
        PlaceSource place;
        if (readPlace(reader, entry, ptr, place)) places[code] = std::move(place);
    }
    return places;
}

}  // namespace kiosk
