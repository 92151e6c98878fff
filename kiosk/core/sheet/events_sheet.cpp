#include "sheet/events_sheet.hpp"

#include <algorithm>
#include <set>

namespace kiosk {

using nlohmann::ordered_json;

namespace {

// The languages the columns hold: the pack's and any a text has, in the
// kiosk's order.
std::vector<Language> columnLanguages(const std::vector<EventCells>& rows,
                                      const std::vector<Language>& packLanguages) {
    std::set<Language> used(packLanguages.begin(), packLanguages.end());
    for (const auto& cells : rows)
        for (const auto& [column, cell] : cells) {
            Language language;
            const size_t dot = column.find('.');
            if (dot != std::string::npos && parseLanguageCode(column.substr(dot + 1), language))
                used.insert(language);
        }
    std::vector<Language> ordered;
    for (const Language language : allLanguages())
        if (used.count(language)) ordered.push_back(language);
    return ordered;
}

bool fileEvents(const EventsFileDocument& file, std::vector<EventCells>& rows,
                ProblemList& problems) {
    const auto& document = file.document;
    if (!document.is_object() || !document.contains("events") || !document["events"].is_array() ||
        document.size() != 1) {
        problems.error(file.path, "", "is not {\"events\": [...]}");
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < document["events"].size(); ++i) {
        auto cells = eventToCells(document["events"][i], file.path, "/events/" + std::to_string(i),
                                  problems);
        if (cells)
            rows.push_back(std::move(*cells));
        else
            ok = false;
    }
    return ok;
}

}  // namespace

std::optional<std::vector<std::vector<std::string>>> eventsToSheet(
    const std::vector<EventsFileDocument>& files, const std::vector<Language>& packLanguages,
    const std::optional<std::vector<Language>>& onlyLanguages, ProblemList& problems) {
    std::vector<EventCells> rows;
    bool ok = true;
    for (const auto& file : files) ok = fileEvents(file, rows, problems) && ok;
    if (!ok) return std::nullopt;
    std::vector<Language> languages = columnLanguages(rows, packLanguages);
    if (onlyLanguages) {
        languages.clear();
        for (const Language language : allLanguages())
            if (language == Language::Japanese ||
                std::count(onlyLanguages->begin(), onlyLanguages->end(), language))
                languages.push_back(language);
    }
    const std::vector<std::string> columns = eventColumnNames(languages);
    std::vector<std::vector<std::string>> records{columns};
    for (const auto& cells : rows) {
        std::vector<std::string> record;
        for (const auto& column : columns) {
            const auto it = cells.find(column);
            record.push_back(it == cells.end() ? "" : it->second);
        }
        records.push_back(std::move(record));
    }
    return records;
}

std::string eventsFileOfYear(int year) {
    return "events/" + std::to_string(year) + ".json";
}

}  // namespace kiosk
