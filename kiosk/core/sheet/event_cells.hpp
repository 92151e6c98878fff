#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "content/problem.hpp"
#include "sheet/csv_table.hpp"
#include "sheet/event_columns.hpp"

namespace kiosk {

// One event as a row of the sheet: its cells by column name.
using EventCells = std::map<std::string, std::string>;

// An events file's event as cells. Problems name the file and the JSON
// pointer of a field the sheet cannot hold (an unknown field, a text with a
// line break where the sheet writes one item a line).
std::optional<EventCells> eventToCells(const nlohmann::ordered_json& event, const std::string& file,
                                       const std::string& pointer, ProblemList& problems);

// What the rows are checked against beyond their own cells.
struct EventSheetContext {
    std::set<std::string> placeCodes;    // the source's places.json; empty: not checked
    std::set<std::string> associations;  // ids in partners.json
    // The sheet came in Shift_JIS (CP932), which holds no Korean and little
    // Chinese: Excel's plain "CSV" writes "?" for what it cannot hold.
    bool shiftJis = false;
    // The source's events by id, so that a column the sheet leaves out keeps
    // what the pack has (absent_columns.hpp).
    std::map<std::string, nlohmann::ordered_json> existing{};
    std::vector<Language> languages{};  // the pack's (pack.json "languages")
};

// A row read back: the event as an events file writes it (fields in the order
// of content/README.md) and what the import needs to file it.
struct SheetEvent {
    nlohmann::ordered_json json;
    std::string id;
    int year = 0;       // the timeline year (date.start's, or date.year); 0 when unknown
    std::string after;  // date.after
    size_t row = 0;
};

// A row as an event, or nothing after reporting each bad cell by row and column.
std::optional<SheetEvent> cellsToEvent(const CsvRecord& record, const EventSheetHeader& header,
                                       const EventSheetContext& context, const std::string& file,
                                       ProblemList& problems);

}  // namespace kiosk
