#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content/calendar.hpp"

namespace kiosk {

// Values as a spreadsheet writes them. Excel turns a typed 2016-04-26 into a
// date and saves it as 2016/4/26, a 01000 into the number 1000, true into
// TRUE: each is read back as meant.

// "2016-04-26" or "2016/4/26"; with `monthOnly`, "2021-01" or "2021/1", or
// the month's first day as Excel saves a typed month ("2021/1/1").
std::optional<CalendarDate> parseSheetDate(const std::string& text, bool monthOnly);
// A whole number, nothing else in the cell.
std::optional<long> parseSheetInteger(const std::string& text);
// "true"/"false" in any case, or 1/0.
std::optional<bool> parseSheetBoolean(const std::string& text);
// The text without spaces (ASCII or ideographic), tabs or line breaks around it.
std::string trimmed(const std::string& text);
// Codes or ids parted by spaces, commas or line breaks.
std::vector<std::string> splitSheetList(const std::string& text);
// A local-government code with the leading zero Excel drops put back
// ("1000" -> "01000"); anything else as it is.
std::string restoreLeadingZero(const std::string& code);

// The category ids, for messages.
extern const char* const kCategoryChoices;

}  // namespace kiosk
