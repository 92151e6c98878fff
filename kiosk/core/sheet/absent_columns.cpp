#include "sheet/absent_columns.hpp"

#include <algorithm>

namespace kiosk {

using nlohmann::ordered_json;

namespace {

const char* const kFieldOrder[] = {
    "id",     "category", "date",         "era",   "title",       "summary", "body",     "venue",
    "people", "places",   "associations", "image", "image_focus", "url",     "highlight"};
const char* const kKeptFields[] = {"era", "places", "associations", "image", "url", "highlight"};

// Every text inside a field's value: the text itself, a list's items, a
// body's paragraphs and list items, in order.
std::vector<ordered_json*> textsOf(ordered_json& value, const std::string& field) {
    std::vector<ordered_json*> texts;
    if (field == "title" || field == "summary" || field == "venue") return {&value};
    if (field == "people") {
        for (auto& item : value) texts.push_back(&item);
        return texts;
    }
    for (auto& block : value) {
        if (block.contains("p")) texts.push_back(&block["p"]);
        if (block.contains("list"))
            for (auto& item : block["list"]) texts.push_back(&item);
    }
    return texts;
}

bool isText(const ordered_json& value) {
    if (!value.is_object()) return false;
    for (const auto& item : value.items())
        if (!item.value().is_string()) return false;
    return true;
}

// Whether the pack's value has the shape its field has in a valid pack (the
// source may be broken: the import replaces it, and keeps nothing from it then).
bool isWellFormed(const ordered_json& value, const std::string& field) {
    if (field == "title" || field == "summary" || field == "venue") return isText(value);
    if (!value.is_array()) return false;
    for (const auto& item : value) {
        if (field == "people" && !isText(item)) return false;
        if (field != "body") continue;
        if (!item.is_object() || item.size() != 1) return false;
        if (item.contains("p") ? !isText(item["p"]) : !item.contains("list")) return false;
        if (item.contains("list") && !item["list"].is_array()) return false;
        for (const auto& text : item.contains("list") ? item["list"] : ordered_json::array())
            if (!isText(text)) return false;
    }
    return true;
}

// A list's or a body's shape: how many items, and which block holds each.
std::string shapeOf(const ordered_json& value, const std::string& field) {
    if (field == "title" || field == "summary" || field == "venue") return "text";
    if (field != "body") return std::to_string(value.size());
    std::string shape;
    for (const auto& block : value)
        shape += block.contains("p") ? "p," : std::to_string(block["list"].size()) + ",";
    return shape;
}

void keepLanguage(ordered_json& event, const ordered_json& before, const std::string& field,
                  Language language, const RowProblems& row) {
    const char* code = languageCode(language);
    if (!event.contains(field) || !before.contains(field) || !isWellFormed(before[field], field))
        return;
    ordered_json old = before[field];
    const auto from = textsOf(old, field);
    if (std::none_of(from.begin(), from.end(),
                     [&](const ordered_json* t) { return t->is_object() && t->contains(code); }))
        return;
    if (shapeOf(old, field) != shapeOf(event[field], field)) {
        row.warning(field + "." + code, "is not in the sheet, and the pack's " + std::string(code) +
                                            " " + field +
                                            " no longer matches the sheet's: it is dropped");
        return;
    }
    const auto to = textsOf(event[field], field);
    for (size_t i = 0; i < from.size() && i < to.size(); ++i)
        if (from[i]->contains(code)) (*to[i])[code] = (*from[i])[code];
}

ordered_json textInOrder(const ordered_json& text) {
    ordered_json ordered = ordered_json::object();
    for (const Language language : allLanguages())
        if (text.contains(languageCode(language)))
            ordered[languageCode(language)] = text[languageCode(language)];
    return ordered;
}

}  // namespace

void keepAbsentColumns(ordered_json& event, const ordered_json& before,
                       const EventSheetHeader& header, const RowProblems& row) {
    for (const char* field : kTextFields)
        for (const Language language : allLanguages())
            if (!header.find(std::string(field) + "." + languageCode(language)))
                keepLanguage(event, before, field, language, row);
    for (const char* field : kKeptFields)
        if (!header.find(field) && before.contains(field)) event[field] = before[field];
    if (!header.find("image_focus.x") && !header.find("image_focus.y") &&
        before.contains("image_focus"))
        event["image_focus"] = before["image_focus"];
}

ordered_json inFileOrder(const ordered_json& event) {
    ordered_json ordered = ordered_json::object();
    for (const char* field : kFieldOrder) {
        if (!event.contains(field)) continue;
        const std::string name = field;
        ordered_json value = event[field];
        if (name == "title" || name == "summary" || name == "venue") value = textInOrder(value);
        if (name == "people" || name == "body")
            for (ordered_json* text : textsOf(value, name)) *text = textInOrder(*text);
        ordered[field] = value;
    }
    return ordered;
}

std::vector<std::string> absentColumns(const EventSheetHeader& header,
                                       const std::vector<std::string>& packColumns) {
    std::vector<std::string> absent;
    for (const auto& column : packColumns)
        if (!header.find(column)) absent.push_back(column);
    return absent;
}

}  // namespace kiosk
