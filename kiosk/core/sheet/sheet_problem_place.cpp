#include "sheet/sheet_problem_place.hpp"

#include <cstdlib>
#include <vector>

#include "content/localized_text.hpp"

namespace kiosk {

namespace {

std::vector<std::string> segments(const std::string& pointer) {
    std::vector<std::string> parts;
    for (size_t start = 1; start <= pointer.size();) {
        const size_t end = std::min(pointer.find('/', start), pointer.size());
        parts.push_back(pointer.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool isLanguage(const std::string& code) {
    Language language;
    return parseLanguageCode(code, language);
}

}  // namespace

std::string columnOfEventPointer(const std::string& pointer) {
    const auto parts = segments(pointer);
    if (parts.empty()) return "id";
    const std::string& field = parts[0];
    if (field == "date" || field == "image_focus")
        return parts.size() > 1 ? field + "." + parts[1]
                                : field + (field == "date" ? ".precision" : ".x");
    for (const char* textField : kTextFields)
        if (field == textField) {
            for (size_t i = parts.size(); i-- > 1;)
                if (isLanguage(parts[i])) return field + "." + parts[i];
            return field + ".ja";
        }
    return field;
}

Problem placeInSheet(const Problem& problem, const ImportedEvents& imported,
                     const std::string& sheetFile) {
    const auto rows = imported.rows.find(problem.file);
    const std::string prefix = "/events/";
    if (rows == imported.rows.end() || !imported.header ||
        problem.pointer.compare(0, prefix.size(), prefix) != 0)
        return problem;
    const size_t index = std::strtoul(problem.pointer.c_str() + prefix.size(), nullptr, 10);
    if (index >= rows->second.size()) return problem;
    const size_t slash = problem.pointer.find('/', prefix.size());
    const std::string inside = slash == std::string::npos ? "" : problem.pointer.substr(slash);
    Problem placed = problem;
    placed.file = sheetFile;
    placed.pointer = imported.header->place(rows->second[index], columnOfEventPointer(inside));
    placed.message += " (" + problem.file + ": " + problem.pointer + ")";
    return placed;
}

}  // namespace kiosk
