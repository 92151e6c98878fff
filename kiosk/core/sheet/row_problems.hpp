#pragma once
#include <string>

#include "content/problem.hpp"
#include "sheet/event_columns.hpp"

namespace kiosk {

// Problems of one row of an events sheet, each placed at its row and column:
// "events.csv: row 12, column title.en (F): message".
struct RowProblems {
    const std::string& file;
    size_t row;
    const EventSheetHeader& header;
    ProblemList& problems;

    void error(const std::string& column, const std::string& message) const {
        problems.error(file, header.place(row, column), message);
    }
    void warning(const std::string& column, const std::string& message) const {
        problems.warning(file, header.place(row, column), message);
    }
};

// A value quoted for a message, cut to about 40 characters (on a character
// boundary) so that one problem stays one line.
std::string quotedValue(const std::string& value);
// The same around the character at byte `offset`: up to 15 characters before
// it and 24 from it on, "..." where the value goes on.
std::string quotedValueAround(const std::string& value, size_t offset);

}  // namespace kiosk
