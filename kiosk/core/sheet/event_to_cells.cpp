#include "sheet/event_cells.hpp"
#include "sheet/text_cells.hpp"

namespace kiosk {

using nlohmann::ordered_json;

namespace {

bool stringCell(const ordered_json& value, const std::string& column, const std::string& file,
                const std::string& pointer, EventCells& out, ProblemList& problems) {
    if (value.is_string()) {
        out[column] = value.get<std::string>();
        return true;
    }
    if (value.is_number_integer() || value.is_boolean()) {  // date.year, highlight
        out[column] = value.dump();
        return true;
    }
    problems.error(file, pointer, "is " + std::string(value.type_name()) + "; expected a string");
    return false;
}

bool dateCells(const ordered_json& date, const std::string& file, const std::string& pointer,
               EventCells& out, ProblemList& problems) {
    if (!date.is_object()) {
        problems.error(file, pointer, "is not an object; expected {\"precision\": ...}");
        return false;
    }
    bool ok = true;
    for (auto it = date.begin(); it != date.end(); ++it) {
        const std::string& key = it.key();
        if (key != "precision" && key != "start" && key != "end" && key != "year" &&
            key != "after") {
            problems.error(file, pointer + "/" + key, "is not a field of a date");
            ok = false;
            continue;
        }
        ok = stringCell(*it, "date." + key, file, pointer + "/" + key, out, problems) && ok;
    }
    return ok;
}

bool listCell(const ordered_json& list, const std::string& column, const std::string& file,
              const std::string& pointer, EventCells& out, ProblemList& problems) {
    std::string cell;
    for (size_t i = 0; list.is_array() && i < list.size(); ++i) {
        if (!list[i].is_string()) break;
        cell += (i ? " " : "") + list[i].get<std::string>();
        if (i + 1 == list.size()) {
            out[column] = cell;
            return true;
        }
    }
    if (list.is_array() && list.empty()) return true;
    problems.error(file, pointer, "is not a list of strings");
    return false;
}

bool focusCells(const ordered_json& focus, const std::string& file, const std::string& pointer,
                EventCells& out, ProblemList& problems) {
    if (!focus.is_object() || focus.size() != 2 || !focus.contains("x") || !focus.contains("y") ||
        !focus["x"].is_number() || !focus["y"].is_number()) {
        problems.error(file, pointer, "is not {\"x\": number, \"y\": number}");
        return false;
    }
    out["image_focus.x"] = focus["x"].dump();
    out["image_focus.y"] = focus["y"].dump();
    return true;
}

void addLanguageCells(const std::string& field, const LanguageCells& cells, EventCells& out) {
    for (const auto& [language, cell] : cells) out[field + "." + languageCode(language)] = cell;
}

}  // namespace

std::optional<EventCells> eventToCells(const ordered_json& event, const std::string& file,
                                       const std::string& pointer, ProblemList& problems) {
    if (!event.is_object()) {
        problems.error(file, pointer, "is not an object; expected an event");
        return std::nullopt;
    }
    EventCells cells;
    bool ok = true;
    for (auto it = event.begin(); it != event.end(); ++it) {
        const std::string& key = it.key();
        const std::string where = pointer + "/" + key;
        LanguageCells texts;
        if (key == "id" || key == "category" || key == "era" || key == "image" || key == "url" ||
            key == "highlight")
            ok = stringCell(*it, key, file, where, cells, problems) && ok;
        else if (key == "date")
            ok = dateCells(*it, file, where, cells, problems) && ok;
        else if (key == "title" || key == "summary" || key == "venue")
            ok = textToCells(*it, file, where, texts, problems) && ok;
        else if (key == "people")
            ok = textListToCells(*it, file, where, texts, problems) && ok;
        else if (key == "body")
            ok = bodyToCells(*it, file, where, texts, problems) && ok;
        else if (key == "places" || key == "associations")
            ok = listCell(*it, key, file, where, cells, problems) && ok;
        else if (key == "image_focus")
            ok = focusCells(*it, file, where, cells, problems) && ok;
        else
            ok = false, problems.error(file, where,
                                       "is not a field of an event the events sheet has a "
                                       "column for");
        addLanguageCells(key, texts, cells);
    }
    if (!ok) return std::nullopt;
    return cells;
}

}  // namespace kiosk
