#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/problem.hpp"
#include "sheet/events_sheet.hpp"
#include "sheet/sheet_encoding.hpp"

namespace kiosk {

// The events sheet's side that touches files: a pack's events read for
// export, the sheet written in the chosen encoding, a source's events files
// rewritten from an imported sheet (and put back when the pack then fails
// its checks).

// A pack's (source or built) events as the sheet's records, header first,
// with text columns for `onlyLanguages` when given (else every language).
std::optional<std::vector<std::vector<std::string>>> readPackEventsSheet(
    const std::string& packDir, const std::optional<std::vector<Language>>& onlyLanguages,
    ProblemList& problems);

// The records as file bytes: UTF-8 with a BOM, or CP932, where each cell
// CP932 cannot hold is reported by row and column (the first 20 of them, then
// a count). UTF-8 without a BOM is for tools other than Excel.
std::optional<std::string> encodeSheetFile(const std::vector<std::vector<std::string>>& records,
                                           SheetEncoding encoding, const std::string& file,
                                           ProblemList& problems);

// What an import checks rows against: the source's places.json codes and
// partners.json association ids. Refuses a built pack (its files are hashed:
// import into its source and build again).
std::optional<EventSheetContext> readImportContext(const std::string& sourceDir,
                                                   ProblemList& problems);

// The source's files as they were before an import, to put back.
struct EventsFilesBackup {
    std::map<std::string, std::optional<std::string>> files;  // nothing: the file was not there
};

// What an import did to each events file, for the staff's summary.
struct EventsFileChange {
    std::string path;
    enum class Kind { Unchanged, Written, Added, Removed } kind = Kind::Unchanged;
    size_t events = 0;
};

// Writes the imported events files (each replaced atomically), lists them in
// pack.json when the years changed, and removes listed events files no row
// fills any more.
std::optional<std::vector<EventsFileChange>> writeImportedEvents(const std::string& sourceDir,
                                                                 const ImportedEvents& imported,
                                                                 EventsFilesBackup& backup,
                                                                 ProblemList& problems);
void restoreEventsFiles(const std::string& sourceDir, const EventsFilesBackup& backup);

}  // namespace kiosk
