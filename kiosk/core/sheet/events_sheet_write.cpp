#include <cstdio>
#include <set>

#include "content/pack_paths.hpp"
#include "sheet/events_sheet_files.hpp"
#include "sheet/sheet_pack_files.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

// pack.json listing the imported files, when the list changed; empty otherwise.
std::string manifestWithEvents(const std::string& sourceDir, const ImportedEvents& imported,
                               std::vector<std::string>& listed, ProblemList& problems) {
    auto manifest = readPackJson(sourceDir, kPackManifestFile, problems);
    if (!manifest) return "";
    listed = manifestEventsFiles(*manifest, problems);
    if (problems.hasErrors() || !(*manifest)["content"].is_object()) return "";
    ordered_json paths = ordered_json::array();
    for (const auto& [path, text] : imported.files) paths.push_back(path);
    if (paths == ordered_json(listed)) return "";
    (*manifest)["content"]["events"] = paths;
    return manifest->dump(2, ' ', false) + "\n";
}

bool replaceFile(const std::string& sourceDir, const std::string& path, const std::string& text,
                 EventsFilesBackup& backup, std::vector<EventsFileChange>& changes, size_t events,
                 ProblemList& problems) {
    const auto before = readPackText(sourceDir, path, problems);
    if (problems.hasErrors()) return false;
    using Kind = EventsFileChange::Kind;
    if (before && *before == text) {
        changes.push_back({path, Kind::Unchanged, events});
        return true;
    }
    backup.files.emplace(path, before);
    changes.push_back({path, before ? Kind::Written : Kind::Added, events});
    return writePackText(sourceDir, path, text, problems);
}

}  // namespace

std::optional<std::vector<EventsFileChange>> writeImportedEvents(const std::string& sourceDir,
                                                                 const ImportedEvents& imported,
                                                                 EventsFilesBackup& backup,
                                                                 ProblemList& problems) {
    std::vector<std::string> listed;
    const std::string manifest = manifestWithEvents(sourceDir, imported, listed, problems);
    if (problems.hasErrors()) return std::nullopt;
    std::vector<EventsFileChange> changes;
    for (const auto& [path, text] : imported.files)
        if (!replaceFile(sourceDir, path, text, backup, changes, imported.rows.at(path).size(),
                         problems))
            return std::nullopt;
    if (!manifest.empty() &&
        !replaceFile(sourceDir, kPackManifestFile, manifest, backup, changes, 0, problems))
        return std::nullopt;
    if (!manifest.empty()) changes.pop_back();  // pack.json is not an events file
    for (const auto& path : listed) {
        if (imported.files.count(path)) continue;
        backup.files.emplace(path, readPackText(sourceDir, path, problems));
        std::remove(joinPackPath(sourceDir, path).c_str());
        changes.push_back({path, EventsFileChange::Kind::Removed, 0});
    }
    return changes;
}

void restoreEventsFiles(const std::string& sourceDir, const EventsFilesBackup& backup) {
    ProblemList ignored;  // putting back is best effort: the caller already reports failure
    for (const auto& [path, text] : backup.files) {
        if (text)
            writePackText(sourceDir, path, *text, ignored);
        else
            std::remove(joinPackPath(sourceDir, path).c_str());
    }
}

}  // namespace kiosk
