#pragma once
#include <string>
#include <vector>

#include "content/problem.hpp"

namespace kiosk {

// A spreadsheet saved as CSV (RFC 4180): records of cells, the first the
// header. Cells may hold commas, quotes and line breaks when quoted; lines end
// in CRLF or LF. `number` is the record's row as a spreadsheet shows it (the
// header is row 1; a cell with a line break does not start a new row).
struct CsvRecord {
    size_t number = 0;
    std::vector<std::string> cells;
};

struct CsvTable {
    std::vector<CsvRecord> records;  // records made only of empty cells are left out
};

// Parses UTF-8 text (no BOM). Problems name `file` and the row and column
// where the text breaks the quoting rules; on any problem the table is partial.
CsvTable parseCsv(const std::string& text, const std::string& file, ProblemList& problems);

// Writes records as Excel reads them: every line ends in CRLF, a cell is quoted
// when it holds a comma, a quote, a line break or leading or trailing spaces.
std::string writeCsv(const std::vector<std::vector<std::string>>& records);

// The column's letters as a spreadsheet labels it: 0 -> "A", 26 -> "AA".
std::string columnLetters(size_t index);

// Where a problem sits, for a ProblemList's pointer slot:
// "row 12, column title.en (F)". An empty name leaves the name out.
std::string cellPlace(size_t row, const std::string& columnName, size_t columnIndex);

}  // namespace kiosk
