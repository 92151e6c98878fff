#include "sheet/event_row_links.hpp"

#include <cstdlib>

#include "content/section_readers.hpp"
#include "content/web_link.hpp"
#include "sheet/sheet_values.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

void readPlaces(const std::string& cell, const EventSheetContext& context,
                const RowProblems& problems, ordered_json& event) {
    ordered_json places = ordered_json::array();
    for (const std::string& item : splitSheetList(cell)) {
        const std::string code = restoreLeadingZero(item);
        if (!isLocalGovernmentCode(code))
            problems.error("places", quotedValue(item) +
                                         " is not a local-government code; expected five "
                                         "digits (01000 for Hokkaido, 13101 for Chiyoda)");
        else if (!context.placeCodes.empty() && !context.placeCodes.count(code))
            problems.error("places", "\"" + code + "\" is not a place of the pack's places.json");
        places.push_back(code);
    }
    if (!places.empty()) event["places"] = places;
}

void readAssociations(const std::string& cell, const EventSheetContext& context,
                      const RowProblems& problems, ordered_json& event) {
    ordered_json associations = ordered_json::array();
    for (const std::string& id : splitSheetList(cell)) {
        if (!context.associations.count(id))
            problems.error("associations",
                           quotedValue(id) + " is not an association of partners.json");
        associations.push_back(id);
    }
    if (!associations.empty()) event["associations"] = associations;
}

// A number of the picture's side, 0 to 1, kept as the cell writes it (an
// integer stays one, so that a round trip writes the file unchanged).
std::optional<ordered_json> fraction(const std::string& cell, const std::string& column,
                                     const RowProblems& problems) {
    if (const auto whole = parseSheetInteger(cell); whole && (*whole == 0 || *whole == 1))
        return ordered_json(*whole);
    char* end = nullptr;
    const double value = std::strtod(cell.c_str(), &end);
    if (cell.empty() || end != cell.c_str() + cell.size() || !(value >= 0.0 && value <= 1.0)) {
        problems.error(column, quotedValue(cell) +
                                   " is not a fraction of the picture's side; expected 0 to 1");
        return std::nullopt;
    }
    return ordered_json(value);
}

void readFocus(const std::string& x, const std::string& y, const RowProblems& problems,
               ordered_json& event) {
    if (x.empty() && y.empty()) return;
    if (x.empty() || y.empty()) {
        problems.error(x.empty() ? "image_focus.x" : "image_focus.y",
                       "is empty while the other image_focus column is not; give both or "
                       "neither");
        return;
    }
    const auto fx = fraction(x, "image_focus.x", problems);
    const auto fy = fraction(y, "image_focus.y", problems);
    if (fx && fy) event["image_focus"] = {{"x", *fx}, {"y", *fy}};
}

}  // namespace

void readLinksAndPicture(const CsvRecord& record, const EventSheetHeader& header,
                         const EventSheetContext& context, const RowProblems& problems,
                         ordered_json& event) {
    readPlaces(header.cell(record, "places"), context, problems, event);
    readAssociations(header.cell(record, "associations"), context, problems, event);
    const auto value = [&](const char* column) { return trimmed(header.cell(record, column)); };
    if (const std::string image = value("image"); !image.empty()) event["image"] = image;
    readFocus(value("image_focus.x"), value("image_focus.y"), problems, event);
    if (const std::string url = value("url"); !url.empty()) {
        // The loader's own rule, so that a sheet is refused by row and column
        // for what a build would refuse by file and pointer.
        if (const auto problem = webLinkProblem(url)) problems.error("url", *problem);
        event["url"] = url;
    }
    if (const std::string highlight = value("highlight"); !highlight.empty()) {
        const auto value = parseSheetBoolean(highlight);
        if (!value)
            problems.error("highlight", quotedValue(highlight) +
                                            " is not true or false; expected true, false or empty");
        else
            event["highlight"] = *value;
    }
}

}  // namespace kiosk
