#include "sheet/event_columns.hpp"
#include "sheet/row_problems.hpp"

#include <algorithm>

namespace kiosk {

namespace {

const std::string kNoCell;

const char* const kColumnsBeforeTexts[] = {"id",       "category",  "date.precision", "date.start",
                                           "date.end", "date.year", "date.after",     "era"};
const char* const kColumnsAfterTexts[] = {
    "places", "associations", "image", "image_focus.x", "image_focus.y", "url", "highlight"};
// Without these a row cannot be an event; texts in other languages may be
// left out, as a pack may leave them out.
const char* const kRequiredColumns[] = {"id", "category", "date.precision", "title.ja",
                                        "summary.ja"};

bool isColumnName(const std::string& name) {
    for (const char* c : kColumnsBeforeTexts)
        if (name == c) return true;
    for (const char* c : kColumnsAfterTexts)
        if (name == c) return true;
    const size_t dot = name.find('.');
    if (dot == std::string::npos) return false;
    Language language;
    if (!parseLanguageCode(name.substr(dot + 1), language)) return false;
    for (const char* field : kTextFields)
        if (name.compare(0, dot, field) == 0 && dot == std::string(field).size()) return true;
    return false;
}

}  // namespace

bool isTextColumn(const std::string& name) {
    const size_t dot = name.find('.');
    for (const char* field : kTextFields)
        if (dot != std::string::npos && name.compare(0, dot, field) == 0 &&
            dot == std::string(field).size())
            return true;
    return false;
}

std::vector<std::string> eventColumnNames(const std::vector<Language>& languages) {
    std::vector<std::string> names(std::begin(kColumnsBeforeTexts), std::end(kColumnsBeforeTexts));
    for (const char* field : kTextFields)
        for (const Language language : languages)
            names.push_back(std::string(field) + "." + languageCode(language));
    names.insert(names.end(), std::begin(kColumnsAfterTexts), std::end(kColumnsAfterTexts));
    return names;
}

std::optional<size_t> EventSheetHeader::find(const std::string& name) const {
    const auto it = columns.find(name);
    if (it == columns.end()) return std::nullopt;
    return it->second;
}

size_t EventSheetHeader::width() const {
    size_t width = 0;
    for (const auto& [name, index] : columns) width = std::max(width, index + 1);
    for (const size_t index : unnamed) width = std::max(width, index + 1);
    return width;
}

const std::string& EventSheetHeader::cell(const CsvRecord& record, const std::string& name) const {
    const auto index = find(name);
    return index && *index < record.cells.size() ? record.cells[*index] : kNoCell;
}

std::string EventSheetHeader::place(size_t row, const std::string& name) const {
    const auto index = find(name);
    return index ? cellPlace(row, name, *index) : "row " + std::to_string(row) + ", column " + name;
}

std::optional<EventSheetHeader> readEventSheetHeader(const CsvRecord& header,
                                                     const std::string& file,
                                                     ProblemList& problems) {
    EventSheetHeader result;
    const size_t errorsBefore = problems.errorCount();
    for (size_t i = 0; i < header.cells.size(); ++i) {
        const std::string& name = header.cells[i];
        if (name.empty()) {
            result.unnamed.push_back(i);  // allowed while its cells are empty
            continue;
        }
        if (!isColumnName(name))
            problems.error(file, cellPlace(header.number, "", i),
                           quotedValue(name) +
                               " is not a column of the events sheet; expected id, "
                               "category, date.start, title.ja, ... (see the staff instructions)");
        else if (!result.columns.emplace(name, i).second)
            problems.error(file, cellPlace(header.number, name, i),
                           "\"" + name +
                               "\" is a second column of that name; expected each "
                               "column once");
    }
    for (const char* required : kRequiredColumns)
        if (!result.find(required))
            problems.error(
                file, "row " + std::to_string(header.number),
                std::string("has no column \"") + required + "\"; every events sheet needs it");
    if (problems.errorCount() != errorsBefore) return std::nullopt;
    return result;
}

}  // namespace kiosk
