// Readers for what shapes the presentation rather than the facts: the attract
// playlist, the theme and the UI strings.
#include <set>

#include "content/json_reader.hpp"
#include "content/section_readers.hpp"
#include "content/web_link.hpp"

namespace kiosk {

using nlohmann::json;

namespace {
const std::set<std::string> kSlideTypes = {"title", "event", "highlights", "numbers",  "partners",
                                           "map",   "qr",    "tour",       "spotlight"};
const std::set<std::string> kSoundNames = {"tap", "page", "wake", "music"};

// "from" and "until": the local dates between which a slide shows.
void readSlideDates(JsonReader& reader, const json& value, const std::string& ptr, Slide& slide) {
    for (auto [key, slot] : {std::pair{"from", &slide.from}, std::pair{"until", &slide.until}}) {
        std::string text;
        if (!reader.readString(value, ptr, key, text, false)) continue;
        if (auto date = parseIsoDate(text, false))
            *slot = *date;
        else
            reader.error(ptr + "/" + key,
                         "\"" + text + "\" is not a date; expected YYYY-MM-DD, a real day");
    }
    if (slide.from && slide.until && *slide.until < *slide.from)
        reader.error(ptr + "/until", "\"" + slide.until->iso() + "\" is before from (\"" +
                                         slide.from->iso() + "\"); the slide would never show");
}
}  // namespace

void readPlaylistFile(const json& document, const std::string& file, std::vector<Slide>& out,
                      ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    const json* slides = reader.field(document, "", "slides", true);
    if (!slides || !reader.requireArray(*slides, "/slides")) return;
    if (slides->empty()) reader.error("/slides", "is empty; expected at least one slide");
    for (size_t i = 0; i < slides->size(); ++i) {
        const std::string ptr = childPointer("/slides", i);
        const json& value = (*slides)[i];
        if (!reader.requireObject(value, ptr)) continue;
        Slide slide;
        slide.indexInFile = i;
        if (reader.readString(value, ptr, "type", slide.type, true) &&
            !kSlideTypes.count(slide.type)) {
            reader.error(ptr + "/type", "\"" + slide.type +
                                            "\" is not a slide type; expected title, event, "
                                            "highlights, numbers, partners, map, qr, tour "
                                            "or spotlight");
            continue;
        }
        reader.readNumber(value, ptr, "seconds", slide.seconds, false, 1.0, 600.0);
        if (slide.type == "highlights" || slide.type == "tour") {
            int count = 0;
            if (reader.readInt(value, ptr, "count", count, false, 1, 50))
                slide.count = size_t(count);
        }
        reader.readString(value, ptr, "event", slide.event, slide.type == "event");
        readWebLink(reader, value, ptr, "url", slide.url, slide.type == "qr");
        reader.readText(value, ptr, "caption", slide.caption, false);
        readSlideDates(reader, value, ptr, slide);
        out.push_back(slide);
    }
}

namespace {

// The six colours of an object under `pointer` ("/colors", "/high_contrast").
// `required`: the five main ones must be there (the outline never must).
// Returns whether the outline was given.
bool readColorSet(JsonReader& reader, const json& colors, const std::string& pointer, Theme& out,
                  bool required) {
    const std::pair<const char*, uint32_t*> slots[] = {{"background", &out.background},
                                                       {"surface", &out.surface},
                                                       {"text", &out.text},
                                                       {"muted", &out.muted},
                                                       {"accent", &out.accent}};
    for (const auto& [key, slot] : slots) {
        std::string text;
        if (reader.readString(colors, pointer, key, text, required) && !parseHexColor(text, *slot))
            reader.error(pointer + "/" + key, "\"" + text + "\" is not a colour; expected #RRGGBB");
    }
    std::string outline;
    if (!reader.readString(colors, pointer, "outline", outline, false)) return false;
    if (!parseHexColor(outline, out.outline))
        reader.error(pointer + "/outline", "\"" + outline + "\" is not a colour; expected #RRGGBB");
    return true;
}

}  // namespace

void readHighContrastColors(const json& document, const std::string& file, Theme& out,
                            ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!document.is_object()) return;
    if (const json* colors = reader.field(document, "", "high_contrast", false))
        if (reader.requireObject(*colors, "/high_contrast"))
            readColorSet(reader, *colors, "/high_contrast", out, false);
}

void readThemeFile(const json& document, const std::string& file, Theme& out,
                   ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    if (const json* colors = reader.field(document, "", "colors", true)) {
        if (reader.requireObject(*colors, "/colors"))
            // Themes written before controls had outlines use muted.
            if (!readColorSet(reader, *colors, "/colors", out, true)) out.outline = out.muted;
    }
    if (const json* scale = reader.field(document, "", "type_scale", true)) {
        if (reader.requireObject(*scale, "/type_scale")) {
            const std::pair<const char*, double*> slots[] = {{"display", &out.display},
                                                             {"title", &out.title},
                                                             {"body", &out.body},
                                                             {"caption", &out.caption}};
            for (const auto& [key, slot] : slots)
                reader.readNumber(*scale, "/type_scale", key, *slot, true, 0.005, 0.25);
        }
    }
    if (const json* sounds = reader.field(document, "", "sounds", false)) {
        if (reader.requireObject(*sounds, "/sounds")) {
            for (auto it = sounds->begin(); it != sounds->end(); ++it) {
                if (!kSoundNames.count(it.key())) {
                    reader.error(
                        childPointer("/sounds", it.key()),
                        "is not a sound the kiosk plays; expected tap, page, wake or music");
                    continue;
                }
                std::string path;
                if (reader.readString(*sounds, "/sounds", it.key(), path, true))
                    out.sounds[it.key()] = path;
            }
        }
    }
}

void readStringsFile(const json& document, const std::string& file,
                     std::map<std::string, LocalizedText>& out, ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    for (auto it = document.begin(); it != document.end(); ++it) {
        LocalizedText text;
        if (reader.readTextValue(it.value(), childPointer("", it.key()), text))
            out[it.key()] = text;
    }
}

namespace {

// A municipality's name: in every language with its reading, as kiosk-pack
// build writes it, or (a pack built before that) one Japanese string.
bool readMunicipalityName(JsonReader& reader, const json& entry, const std::string& ptr,
                          Municipality& m) {
    const json* name = reader.field(entry, ptr, "name", true);
    if (!name) return false;
    if (name->is_string()) {
        if (!reader.readString(entry, ptr, "name", m.name, true)) return false;
        m.shownName.ja = m.name;
        return true;
    }
    if (!reader.readTextValue(*name, ptr + "/name", m.shownName)) return false;
    m.name = m.shownName.ja;
    // A name without its reading is reported once its code is known.
    reader.readString(entry, ptr, "reading", m.reading, false);
    return !m.name.empty();
}

}  // namespace

void readMunicipalitiesFile(const json& document, const std::string& file,
                            std::vector<Municipality>& out, ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return;
    const json* list = reader.field(document, "", "municipalities", true);
    if (!list || !reader.requireArray(*list, "/municipalities")) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string ptr = childPointer("/municipalities", i);
        if (!reader.requireObject((*list)[i], ptr)) continue;
        Municipality m;
        const bool ok = reader.readString((*list)[i], ptr, "code", m.code, true) &
                        reader.readString((*list)[i], ptr, "prefecture", m.prefecture, true) &
                        readMunicipalityName(reader, (*list)[i], ptr, m);
        if (!ok) continue;
        if ((*list)[i].at("name").is_object() && m.reading.empty())
            reader.warning(ptr, m.code + " " + m.name +
                                    " has no reading: readers of English and Korean see its name "
                                    "in kanji (the pack source's places.json gives its \"kana\")");
        if (!isLocalGovernmentCode(m.code)) {
            reader.error(ptr + "/code",
                         "\"" + m.code + "\" is not a local-government code; expected five digits");
            continue;
        }
        if (!seen.insert(m.code).second) {
            reader.error(ptr + "/code", "\"" + m.code + "\" is listed twice");
            continue;
        }
        out.push_back(std::move(m));
    }
}

}  // namespace kiosk
