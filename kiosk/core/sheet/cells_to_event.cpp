#include <cstdlib>

#include "content/calendar.hpp"
#include "content/pack.hpp"
#include "content/section_readers.hpp"
#include "sheet/absent_columns.hpp"
#include "sheet/event_cells.hpp"
#include "sheet/event_row_links.hpp"
#include "sheet/sheet_values.hpp"
#include "sheet/text_cells.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

// The reading of one row: its cells, where its problems go, the event built.
struct RowReader {
    const CsvRecord& record;
    const EventSheetHeader& header;
    const RowProblems& problems;
    ordered_json event = ordered_json::object();

    // A text as written; any other value without the spaces around it (an
    // office types "agreement " as easily as "agreement").
    std::string cell(const std::string& column) const {
        const std::string& raw = header.cell(record, column);
        return isTextColumn(column) ? raw : trimmed(raw);
    }
    // A cell that must not be empty.
    std::optional<std::string> required(const std::string& column, const char* what) const {
        std::string text = cell(column);
        if (!text.empty()) return text;
        problems.error(column, std::string("is empty; every event needs ") + what);
        return std::nullopt;
    }
};

void readIdAndCategory(RowReader& r, SheetEvent& out) {
    if (const auto id = r.required("id", "an id (a-z, 0-9 and '-')")) {
        if (!isStableId(*id))
            r.problems.error("id", quotedValue(*id) + " is not an id; expected a-z, 0-9 and '-'");
        out.id = *id;
        r.event["id"] = *id;
    }
    if (const auto category = r.required("category", "a category")) {
        if (!parseCategoryId(*category))
            r.problems.error("category",
                             quotedValue(*category) + " is not a category; " + kCategoryChoices);
        r.event["category"] = *category;
    }
}

// date.start or date.end as the file writes it, "" when the cell is empty.
std::string readDateCell(RowReader& r, const std::string& column, bool monthOnly) {
    const std::string text = r.cell(column);
    if (text.empty()) return "";
    const auto date = parseSheetDate(text, monthOnly);
    if (!date) {
        r.problems.error(column,
                         quotedValue(text) + " is not a real date; expected " +
                             (monthOnly ? "YYYY-MM (or YYYY/M)" : "YYYY-MM-DD (or YYYY/M/D)"));
        return "";
    }
    return date->iso();
}

void readKnownDate(RowReader& r, const std::string& precision, ordered_json& date,
                   SheetEvent& out) {
    const bool monthOnly = precision == "month";
    const bool needsEnd = precision == "days" || precision == "range";
    const std::string start = readDateCell(r, "date.start", monthOnly);
    const std::string end = readDateCell(r, "date.end", monthOnly);
    if (r.cell("date.start").empty())
        r.problems.error("date.start",
                         "is empty; a date of precision " + precision + " needs its start");
    if (needsEnd && r.cell("date.end").empty())
        r.problems.error("date.end",
                         "is empty; a date of precision " + precision + " needs its end");
    if (!start.empty() && !end.empty() && end < start)
        r.problems.error("date.end", "\"" + end + "\" is before the start " + start +
                                         "; expected the end on or after the start");
    for (const char* column : {"date.year", "date.after"})
        if (!r.cell(column).empty())
            r.problems.error(column, std::string("is given for a date of precision ") + precision +
                                         "; only an unknown date has it");
    if (!start.empty()) date["start"] = start, out.year = std::atoi(start.c_str());
    if (!end.empty()) date["end"] = end;
}

void readUnknownDate(RowReader& r, ordered_json& date, SheetEvent& out) {
    for (const char* column : {"date.start", "date.end"})
        if (!r.cell(column).empty())
            r.problems.error(column,
                             "is given for a date of precision unknown; leave it empty "
                             "or give the precision");
    if (const std::string year = r.cell("date.year"); !year.empty()) {
        const auto value = parseSheetInteger(year);
        if (!value || *value < 1868 || *value > 2200)
            r.problems.error("date.year",
                             quotedValue(year) + " is not a year; expected 1868 to 2200");
        else
            date["year"] = *value, out.year = int(*value);
    }
    if (const std::string after = r.cell("date.after"); !after.empty())
        date["after"] = after, out.after = after;
}

void readDate(RowReader& r, SheetEvent& out) {
    const auto precision = r.required("date.precision", "a date precision");
    if (!precision) return;
    if (*precision != "day" && *precision != "days" && *precision != "range" &&
        *precision != "month" && *precision != "unknown") {
        r.problems.error("date.precision", quotedValue(*precision) +
                                               " is not a precision; expected day, days, "
                                               "range, month or unknown");
        return;
    }
    ordered_json date = {{"precision", *precision}};
    if (*precision == "unknown")
        readUnknownDate(r, date, out);
    else
        readKnownDate(r, *precision, date, out);
    r.event["date"] = date;
}

LanguageCells languageCells(const RowReader& r, const std::string& field) {
    LanguageCells cells;
    for (const Language language : allLanguages())
        cells[language] = r.cell(field + "." + languageCode(language));
    return cells;
}

void readTexts(RowReader& r) {
    if (const std::string era = r.cell("era"); !era.empty()) r.event["era"] = era;
    for (const char* field : {"title", "summary"}) {
        const std::string base = field;
        // A missing English text is the loader's warning, reported after the import.
        if (r.cell(base + ".ja").empty())
            r.problems.error(base + ".ja",
                             "is empty; every event needs its " + base + " in Japanese");
        if (auto text = cellsToText(languageCells(r, base))) r.event[base] = *text;
    }
    if (auto body = cellsToBody(languageCells(r, "body"), r.problems)) r.event["body"] = *body;
    if (auto venue = cellsToText(languageCells(r, "venue"))) r.event["venue"] = *venue;
    if (auto people = cellsToTextList(languageCells(r, "people"), "people", r.problems))
        r.event["people"] = *people;
}

}  // namespace

std::optional<SheetEvent> cellsToEvent(const CsvRecord& record, const EventSheetHeader& header,
                                       const EventSheetContext& context, const std::string& file,
                                       ProblemList& problems) {
    const size_t errorsBefore = problems.errorCount();
    const RowProblems rowProblems{file, record.number, header, problems};
    for (const size_t index : header.unnamed)
        if (index < record.cells.size() && !record.cells[index].empty())
            problems.error(file, cellPlace(record.number, "", index),
                           "holds " + quotedValue(record.cells[index]) +
                               " in a column with no name in row 1; name the column or clear it");
    for (size_t index = header.width(); index < record.cells.size(); ++index)
        if (!record.cells[index].empty())
            problems.error(
                file, cellPlace(record.number, "", index),
                "holds " + quotedValue(record.cells[index]) + " beyond the last named column");
    RowReader reader{record, header, rowProblems};
    SheetEvent out;
    out.row = record.number;
    readIdAndCategory(reader, out);
    readDate(reader, out);
    readTexts(reader);
    readLinksAndPicture(record, header, context, rowProblems, reader.event);
    if (problems.errorCount() != errorsBefore) return std::nullopt;
    if (const auto before = context.existing.find(out.id); before != context.existing.end())
        keepAbsentColumns(reader.event, before->second, header, rowProblems);
    out.json = inFileOrder(reader.event);
    return out;
}

}  // namespace kiosk
