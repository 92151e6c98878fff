#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "content/problem.hpp"
#include "sheet/csv_table.hpp"
#include "sheet/event_cells.hpp"
#include "sheet/event_columns.hpp"

namespace kiosk {

// A pack's events files as they are read for export: path and document, in
// the manifest's order.
struct EventsFileDocument {
    std::string path;
    nlohmann::ordered_json document;
};

// The sheet's records (header first): one row per event in the files' order,
// text columns for the pack's languages and any other a text has, or for
// `onlyLanguages` when given (Japanese always among them).
std::optional<std::vector<std::vector<std::string>>> eventsToSheet(
    const std::vector<EventsFileDocument>& files, const std::vector<Language>& packLanguages,
    const std::optional<std::vector<Language>>& onlyLanguages, ProblemList& problems);

// A sheet read back as events files, one per timeline year ("events/2016.json"),
// each event in the order of its row, written as the pack's files are (two
// spaces, keys in the order of content/README.md), with the row each came from.
struct ImportedEvents {
    std::map<std::string, std::string> files;         // path -> text
    std::map<std::string, std::vector<size_t>> rows;  // path -> row of each event
    size_t events = 0;
    std::optional<EventSheetHeader> header;
};

// Problems name `file` and each bad cell's row and column. Nothing on any error.
std::optional<ImportedEvents> sheetToEvents(const CsvTable& table, const EventSheetContext& context,
                                            const std::string& file, ProblemList& problems);

// The events file of a timeline year.
std::string eventsFileOfYear(int year);

}  // namespace kiosk
