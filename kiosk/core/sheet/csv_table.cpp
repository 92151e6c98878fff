#include "sheet/csv_table.hpp"

namespace kiosk {

namespace {

// The reader's state between characters: where the current cell and record
// began, for the messages.
struct CsvCursor {
    const std::string& text;
    size_t at = 0;
    size_t row = 1;
    size_t column = 0;
};

bool atLineEnd(const CsvCursor& c) {
    return c.text[c.at] == '\n' ||
           (c.text[c.at] == '\r' && c.at + 1 < c.text.size() && c.text[c.at + 1] == '\n');
}

void skipLineEnd(CsvCursor& c) {
    c.at += c.text[c.at] == '\r' ? 2 : 1;
}

// A quoted cell, from its opening quote to its closing one; a line break
// inside it is kept as LF whichever way the file ends its lines.
bool readQuotedCell(CsvCursor& c, std::string& cell, const std::string& file,
                    ProblemList& problems) {
    const size_t startRow = c.row;
    ++c.at;
    while (c.at < c.text.size()) {
        const char ch = c.text[c.at];
        if (ch == '"') {
            if (c.at + 1 < c.text.size() && c.text[c.at + 1] == '"') {
                cell += '"';
                c.at += 2;
                continue;
            }
            ++c.at;
            if (c.at < c.text.size() && c.text[c.at] != ',' && !atLineEnd(c)) {
                problems.error(file, cellPlace(startRow, "", c.column),
                               "text follows a quoted cell's closing quote; expected a comma or "
                               "the end of the line (write a quote inside a cell as \"\")");
                return false;
            }
            return true;
        }
        if (atLineEnd(c)) {
            cell += '\n';
            skipLineEnd(c);
            continue;
        }
        cell += ch;
        ++c.at;
    }
    problems.error(file, cellPlace(startRow, "", c.column),
                   "a quoted cell runs to the end of the file; its closing quote is missing");
    return false;
}

bool readPlainCell(CsvCursor& c, std::string& cell, const std::string& file,
                   ProblemList& problems) {
    while (c.at < c.text.size() && c.text[c.at] != ',' && !atLineEnd(c)) {
        if (c.text[c.at] == '"') {
            problems.error(file, cellPlace(c.row, "", c.column),
                           "a quote inside a cell that does not start with one; expected the "
                           "whole cell in quotes with each quote doubled (\"\")");
            return false;
        }
        cell += c.text[c.at++];
    }
    return true;
}

bool onlyEmptyCells(const std::vector<std::string>& cells) {
    for (const auto& cell : cells)
        if (!cell.empty()) return false;
    return true;
}

}  // namespace

CsvTable parseCsv(const std::string& text, const std::string& file, ProblemList& problems) {
    CsvTable table;
    CsvCursor c{text};
    CsvRecord record{1, {}};
    while (c.at < text.size()) {
        std::string cell;
        const bool ok = text[c.at] == '"' ? readQuotedCell(c, cell, file, problems)
                                          : readPlainCell(c, cell, file, problems);
        if (!ok) return table;
        record.cells.push_back(std::move(cell));
        if (c.at < text.size() && text[c.at] == ',') {
            ++c.at;
            ++c.column;
            if (c.at == text.size()) record.cells.emplace_back();
            continue;
        }
        if (c.at < text.size()) skipLineEnd(c);
        if (!onlyEmptyCells(record.cells)) table.records.push_back(std::move(record));
        record = CsvRecord{++c.row, {}};
        c.column = 0;
    }
    if (!record.cells.empty() && !onlyEmptyCells(record.cells))
        table.records.push_back(std::move(record));
    return table;
}

namespace {

bool needsQuotes(const std::string& cell) {
    if (cell.empty()) return false;
    if (cell.front() == ' ' || cell.back() == ' ') return true;
    return cell.find_first_of(",\"\r\n") != std::string::npos;
}

}  // namespace

std::string writeCsv(const std::vector<std::vector<std::string>>& records) {
    std::string out;
    for (const auto& record : records) {
        for (size_t i = 0; i < record.size(); ++i) {
            if (i) out += ',';
            if (!needsQuotes(record[i])) {
                out += record[i];
                continue;
            }
            out += '"';
            for (const char ch : record[i]) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

std::string columnLetters(size_t index) {
    std::string letters;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), char('A' + (n - 1) % 26));
    return letters;
}

std::string cellPlace(size_t row, const std::string& columnName, size_t columnIndex) {
    const std::string letters = columnLetters(columnIndex);
    return "row " + std::to_string(row) + ", column " +
           (columnName.empty() ? letters : columnName + " (" + letters + ")");
}

}  // namespace kiosk
