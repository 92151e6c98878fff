#include <map>

#include "sheet/events_sheet.hpp"
#include "sheet/row_problems.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

// Ids used twice, and "after" naming no event of the sheet.
void checkIds(const std::vector<SheetEvent>& events, const EventSheetHeader& header,
              const std::string& file, ProblemList& problems) {
    std::map<std::string, size_t> rowOfId;
    for (const auto& e : events) {
        const auto [it, fresh] = rowOfId.emplace(e.id, e.row);
        if (!fresh)
            problems.error(file, header.place(e.row, "id"),
                           quotedValue(e.id) + " is the id of row " + std::to_string(it->second) +
                               " too; expected each event's id once");
    }
    for (const auto& e : events)
        if (!e.after.empty() && !rowOfId.count(e.after))
            problems.error(file, header.place(e.row, "date.after"),
                           quotedValue(e.after) + " is not the id of an event in the sheet");
}

// An event with an unknown date and no year goes in its "after" event's file,
// else in the file of the row above it.
void fileUndatedEvents(std::vector<SheetEvent>& events, const EventSheetHeader& header,
                       const std::string& file, ProblemList& problems) {
    std::map<std::string, SheetEvent*> byId;
    for (auto& e : events) byId[e.id] = &e;
    for (bool filed = true; filed;) {  // until no chain of "after" files one more event
        filed = false;
        for (auto& e : events)
            if (e.year == 0 && byId.count(e.after) && byId[e.after]->year != 0)
                e.year = byId[e.after]->year, filed = true;
    }
    int previous = 0;
    for (auto& e : events) {
        if (e.year == 0) e.year = previous;
        if (e.year == 0)
            problems.error(file, header.place(e.row, "date.year"),
                           "is empty, the date unknown and no row above it dated; give the year "
                           "the timeline files the event under");
        previous = e.year;
    }
}

// In a Shift_JIS sheet, a "?" in a Chinese or Korean text is almost surely a
// character Excel could not save; importing it would put "?" on screen. The
// first few cells are named, then a count: a whole column is usually lost.
bool checkLostCharacters(const CsvTable& table, const EventSheetHeader& header,
                         const std::string& file, ProblemList& problems) {
    constexpr size_t kMostNamed = 10;
    size_t lost = 0;
    for (size_t r = 1; r < table.records.size(); ++r)
        for (const auto& [column, index] : header.columns) {
            const bool chineseOrKorean =
                column.find(".zh-") != std::string::npos || column.find(".ko") != std::string::npos;
            const std::string& cell = header.cell(table.records[r], column);
            if (!chineseOrKorean || cell.find('?') == std::string::npos) continue;
            if (++lost <= kMostNamed)
                problems.error(file, header.place(table.records[r].number, column),
                               quotedValue(cell) +
                                   " holds \"?\" where Shift_JIS (Excel's plain \"CSV\") could "
                                   "not hold a character; save the sheet as \"CSV UTF-8\" and "
                                   "import it again");
        }
    if (lost > kMostNamed)
        problems.error(file, "",
                       std::to_string(lost - kMostNamed) +
                           " more Chinese or Korean cells hold \"?\" for characters "
                           "Shift_JIS could not hold");
    return lost == 0;
}

}  // namespace

std::optional<ImportedEvents> sheetToEvents(const CsvTable& table, const EventSheetContext& context,
                                            const std::string& file, ProblemList& problems) {
    if (table.records.empty()) {
        problems.error(file, "", "is empty; expected a header row and one row per event");
        return std::nullopt;
    }
    ImportedEvents imported;
    imported.header = readEventSheetHeader(table.records.front(), file, problems);
    if (!imported.header) return std::nullopt;
    if (context.shiftJis && !checkLostCharacters(table, *imported.header, file, problems))
        return std::nullopt;
    const size_t errorsBefore = problems.errorCount();
    std::vector<SheetEvent> events;
    for (size_t i = 1; i < table.records.size(); ++i)
        if (auto event = cellsToEvent(table.records[i], *imported.header, context, file, problems))
            events.push_back(std::move(*event));
    if (problems.errorCount() != errorsBefore) return std::nullopt;
    checkIds(events, *imported.header, file, problems);
    if (problems.errorCount() != errorsBefore) return std::nullopt;
    fileUndatedEvents(events, *imported.header, file, problems);
    if (problems.errorCount() != errorsBefore) return std::nullopt;
    std::map<int, ordered_json> documents;
    for (auto& e : events) {
        auto& document = documents[e.year];
        if (document.is_null()) document = {{"events", ordered_json::array()}};
        document["events"].push_back(std::move(e.json));
        imported.rows[eventsFileOfYear(e.year)].push_back(e.row);
    }
    for (const auto& [year, document] : documents)
        imported.files[eventsFileOfYear(year)] = document.dump(2, ' ', false) + "\n";
    imported.events = events.size();
    return imported;
}

}  // namespace kiosk
