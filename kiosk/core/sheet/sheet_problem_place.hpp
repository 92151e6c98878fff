#pragma once
#include <string>

#include "content/problem.hpp"
#include "sheet/events_sheet.hpp"

namespace kiosk {

// A problem the pack's own checks find in an imported events file
// ("events/2016.json: /events/3/title/en: ..."), moved to the sheet's row and
// column ("events.csv: row 12, column title.en (F): ... (events/2016.json:
// /events/3/title/en)"). A problem elsewhere is returned as it is.
Problem placeInSheet(const Problem& problem, const ImportedEvents& imported,
                     const std::string& sheetFile);

// The sheet's column for a JSON pointer inside one event ("/title/en" ->
// "title.en", "/body/2/list/0/ko" -> "body.ko", "/date/start" -> "date.start").
std::string columnOfEventPointer(const std::string& pointer);

}  // namespace kiosk
