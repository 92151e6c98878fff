#pragma once
#include <nlohmann/json.hpp>

#include "sheet/event_cells.hpp"
#include "sheet/row_problems.hpp"

namespace kiosk {

// The last fields of a row: places, associations, image, image_focus, url and
// highlight, added to `event` in that order.
void readLinksAndPicture(const CsvRecord& record, const EventSheetHeader& header,
                         const EventSheetContext& context, const RowProblems& problems,
                         nlohmann::ordered_json& event);

}  // namespace kiosk
