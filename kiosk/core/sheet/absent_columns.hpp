#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sheet/event_columns.hpp"
#include "sheet/row_problems.hpp"

namespace kiosk {

// A column the sheet leaves out keeps what the pack has: an office that
// deletes the Chinese and Korean columns (or exports without them, to save in
// Shift_JIS) keeps those translations, and one that deletes the url column
// keeps the links. `before` is the event of the same id in the source.
//
// Texts keep their language where the event still has the text; a people list
// or a body keeps it only while its items and blocks still match the sheet's
// (else it is dropped, with a warning at the absent column). The date's
// columns are not kept: a date is written whole or not at all.
void keepAbsentColumns(nlohmann::ordered_json& event, const nlohmann::ordered_json& before,
                       const EventSheetHeader& header, const RowProblems& row);

// The fields of an event in the order of content/README.md, each text's
// languages in the kiosk's order: how the events files write them.
nlohmann::ordered_json inFileOrder(const nlohmann::ordered_json& event);

// The optional columns a sheet leaves out, for the staff's summary.
std::vector<std::string> absentColumns(const EventSheetHeader& header,
                                       const std::vector<std::string>& packColumns);

}  // namespace kiosk
