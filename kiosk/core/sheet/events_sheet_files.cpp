#include "sheet/events_sheet_files.hpp"

#include <set>

#include "content/strict_json.hpp"
#include "places/places_file.hpp"
#include "sheet/event_columns.hpp"
#include "sheet/row_problems.hpp"
#include "sheet/sheet_pack_files.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

constexpr size_t kMostCp932Problems = 20;

std::vector<Language> manifestLanguages(const ordered_json& manifest) {
    std::vector<Language> languages;
    if (manifest.contains("languages") && manifest["languages"].is_array())
        for (const auto& code : manifest["languages"]) {
            Language language;
            if (code.is_string() && parseLanguageCode(code.get<std::string>(), language))
                languages.push_back(language);
        }
    return languages;
}

// Each cell CP932 cannot hold, by row and column; true when there is none.
bool checkCp932Cells(const std::vector<std::vector<std::string>>& records, const std::string& file,
                     ProblemList& problems) {
    size_t bad = 0;
    std::set<std::string> columns;
    for (size_t r = 0; r < records.size(); ++r)
        for (size_t c = 0; c < records[r].size(); ++c) {
            size_t offset = 0;
            if (encodeCp932(records[r][c], offset)) continue;
            columns.insert(records[0][c]);
            if (++bad > kMostCp932Problems) continue;
            problems.error(file, cellPlace(r + 1, records[0][c], c),
                           "\"" + characterAt(records[r][c], offset) + "\" (" +
                               codePointLabel(records[r][c], offset) + ") in " +
                               quotedValueAround(records[r][c], offset) +
                               " cannot be written in Shift_JIS (CP932); export as UTF-8 (the "
                               "default) or change the text");
        }
    if (bad > kMostCp932Problems) {
        std::string names;
        for (const auto& c : columns) names += (names.empty() ? "" : ", ") + c;
        problems.error(file, "",
                       std::to_string(bad - kMostCp932Problems) +
                           " more cells cannot be written in Shift_JIS (CP932); "
                           "the columns with such cells: " +
                           names +
                           " (--languages en leaves the Chinese and Korean columns out, and "
                           "an import keeps them)");
    }
    return bad == 0;
}

}  // namespace

std::optional<std::vector<std::vector<std::string>>> readPackEventsSheet(
    const std::string& packDir, const std::optional<std::vector<Language>>& onlyLanguages,
    ProblemList& problems) {
    const auto manifest = readPackJson(packDir, kPackManifestFile, problems);
    if (!manifest) return std::nullopt;
    std::vector<EventsFileDocument> files;
    for (const std::string& path : manifestEventsFiles(*manifest, problems)) {
        auto document = readPackJson(packDir, path, problems);
        if (!document) return std::nullopt;
        files.push_back({path, std::move(*document)});
    }
    if (problems.hasErrors()) return std::nullopt;
    return eventsToSheet(files, manifestLanguages(*manifest), onlyLanguages, problems);
}

std::optional<std::string> encodeSheetFile(const std::vector<std::vector<std::string>>& records,
                                           SheetEncoding encoding, const std::string& file,
                                           ProblemList& problems) {
    const std::string text = writeCsv(records);
    if (encoding == SheetEncoding::Utf8) return text;
    if (encoding == SheetEncoding::Utf8WithBom) return "\xEF\xBB\xBF" + text;
    if (!checkCp932Cells(records, file, problems)) return std::nullopt;
    size_t offset = 0;
    auto bytes = encodeCp932(text, offset);
    if (!bytes) problems.error(file, "", "cannot be written in Shift_JIS (CP932)");
    return bytes;
}

namespace {

// The source's events by id; a file that does not read simply keeps nothing
// (the import replaces it, and the checks after it report what is wrong).
std::map<std::string, ordered_json> existingEvents(const std::string& sourceDir,
                                                   const ordered_json& manifest) {
    std::map<std::string, ordered_json> events;
    ProblemList ignored;
    for (const std::string& path : manifestEventsFiles(manifest, ignored)) {
        const auto document = readPackJson(sourceDir, path, ignored);
        if (!document || !document->contains("events") || !(*document)["events"].is_array())
            continue;
        for (const auto& event : (*document)["events"])
            if (event.is_object() && event.contains("id") && event["id"].is_string())
                events[event["id"].get<std::string>()] = event;
    }
    return events;
}

}  // namespace

std::optional<EventSheetContext> readImportContext(const std::string& sourceDir,
                                                   ProblemList& problems) {
    const auto manifest = readPackJson(sourceDir, kPackManifestFile, problems);
    if (!manifest) return std::nullopt;
    if (manifest->contains("files")) {
        problems.error(kPackManifestFile, "/files",
                       "is there: this is a built pack, whose files are hashed; import the "
                       "events into its source and build it again");
        return std::nullopt;
    }
    EventSheetContext context;
    context.existing = existingEvents(sourceDir, *manifest);
    context.languages = manifestLanguages(*manifest);
    for (const auto& [code, place] : readPlacesFile(sourceDir, kPlacesFile, problems))
        context.placeCodes.insert(code);
    const auto partnersPointer = "/content/partners"_json_pointer;
    if (!manifest->contains(partnersPointer) || !(*manifest)[partnersPointer].is_string())
        return context;  // the checks after the import report it
    const std::string partners = (*manifest)[partnersPointer].get<std::string>();
    const auto document = readPackJson(sourceDir, partners, problems);
    if (!document) return std::nullopt;
    if (document->contains("associations") && (*document)["associations"].is_array())
        for (const auto& a : (*document)["associations"])
            if (a.is_object() && a.contains("id") && a["id"].is_string())
                context.associations.insert(a["id"].get<std::string>());
    if (problems.hasErrors()) return std::nullopt;
    return context;
}

}  // namespace kiosk
