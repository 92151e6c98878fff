#include "build/narration_sources.hpp"

#include <sys/stat.h>

#include "content/json_reader.hpp"
#include "content/pack_paths.hpp"
#include "speech_text/japanese_reader.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

bool exists(const std::string& sourceDir, const std::string& path) {
    struct stat st {};
    return stat(joinPackPath(sourceDir, path).c_str(), &st) == 0;
}

// {text: katakana}, each reading checked to be kana (a pause or two allowed).
void readTextMap(JsonReader& reader, const json& object, const std::string& pointer,
                 std::map<std::string, std::string>& out) {
    if (!reader.requireObject(object, pointer)) return;
    for (const auto& [text, value] : object.items()) {
        const std::string at = childPointer(pointer, text);
        if (!value.is_string() || value.get<std::string>().empty()) {
            reader.error(at, "expected a reading in katakana");
            continue;
        }
        const std::string reading = value.get<std::string>();
        if (readingHasKanji(reading))
            reader.warning(at, "reading \"" + reading +
                                   "\" still has kanji, which the Japanese voice cannot read");
        out[text] = reading;
    }
}

}  // namespace

ReadingSources readReadingSources(const std::string& sourceDir, ProblemList& problems) {
    ReadingSources sources;
    if (exists(sourceDir, kGlossaryFile)) {
        if (auto document = readJsonFile(sourceDir, kGlossaryFile, problems)) {
            JsonReader reader(kGlossaryFile, problems);
            std::map<std::string, std::string> terms;
            if (const json* t = reader.field(*document, "", "terms", false))
                readTextMap(reader, *t, "/terms", terms);
            sources.glossary.terms.assign(terms.begin(), terms.end());
            if (const json* p = reader.field(*document, "", "place_suffixes", false);
                p && reader.requireObject(*p, "/place_suffixes"))
                for (const auto& [prefecture, rules] : p->items())
                    readTextMap(reader, rules, childPointer("/place_suffixes", prefecture),
                                sources.placeSuffixes.byPrefecture[prefecture]);
        }
    }
    if (exists(sourceDir, kJapaneseReadingsFile)) {
        if (auto document = readJsonFile(sourceDir, kJapaneseReadingsFile, problems)) {
            JsonReader reader(kJapaneseReadingsFile, problems);
            readTextMap(reader, *document, "", sources.readings);
        }
    }
    return sources;
}

std::string readingsDocument(const std::map<std::string, std::string>& readings) {
    std::string out = "{\n";
    size_t i = 0;
    for (const auto& [text, reading] : readings)
        out += "  " + json(text).dump() + ": " + json(reading).dump() +
               (++i < readings.size() ? ",\n" : "\n");
    return out + "}\n";
}

Recordings readRecordings(const std::string& sourceDir, ProblemList& problems) {
    Recordings recordings;
    if (!exists(sourceDir, kRecordingsFile)) return recordings;
    auto document = readJsonFile(sourceDir, kRecordingsFile, problems);
    if (!document) return recordings;
    JsonReader reader(kRecordingsFile, problems);
    const json* list = reader.field(*document, "", "recordings", true);
    if (!list || !reader.requireArray(*list, "/recordings")) return recordings;
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string ptr = childPointer("/recordings", i);
        std::string lang, text, file;
        if (!reader.requireObject((*list)[i], ptr) ||
            !reader.readString((*list)[i], ptr, "lang", lang, true) ||
            !reader.readString((*list)[i], ptr, "text", text, true) ||
            !reader.readString((*list)[i], ptr, "file", file, true))
            continue;
        Language language;
        if (!parseLanguageCode(lang, language)) {
            reader.error(ptr + "/lang", "\"" + lang + "\" is not a language; expected ja or en");
            continue;
        }
        const std::string problem = packPathProblem(file);
        if (!problem.empty()) {
            reader.error(ptr + "/file", problem);
            continue;
        }
        if (!recordings.emplace(std::make_pair(language, text), file).second)
            reader.error(ptr + "/text", "\"" + text + "\" (" + lang + ") is recorded twice");
    }
    return recordings;
}

}  // namespace kiosk
