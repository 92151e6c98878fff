#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/problem.hpp"
#include "sheet/csv_table.hpp"

namespace kiosk {

// The columns of an events sheet: one per field of an event (content/README.md
// "events/*.json") and, for a text, one per language ("title.ja"). A text list
// (people) or a body is one cell per language, an item a line.
constexpr const char* kTextFields[] = {"title", "summary", "body", "venue", "people"};

// Whether the column holds a text in one language ("title.en", "body.ko"):
// its cell is taken as written, spaces and all.
bool isTextColumn(const std::string& name);

// Every column, in the order export writes them, with text columns for
// `languages` only (in the kiosk's language order).
std::vector<std::string> eventColumnNames(const std::vector<Language>& languages);

// The sheet's first row: which column holds which field, found by name, in
// any order.
struct EventSheetHeader {
    std::map<std::string, size_t> columns;
    std::vector<size_t> unnamed;  // columns with an empty header cell

    std::optional<size_t> find(const std::string& name) const;
    // How many columns the header names (the last named one's index + 1).
    size_t width() const;
    // The text in the record's cell of `name` ("" when the sheet has no such
    // column or the record is shorter).
    const std::string& cell(const CsvRecord& record, const std::string& name) const;
    // "row 12, column title.en (F)".
    std::string place(size_t row, const std::string& name) const;
};

// Reads the header, reporting each unknown or repeated column by name and
// each required one that is missing. Nothing when there is any such problem.
std::optional<EventSheetHeader> readEventSheetHeader(const CsvRecord& header,
                                                     const std::string& file,
                                                     ProblemList& problems);

}  // namespace kiosk
