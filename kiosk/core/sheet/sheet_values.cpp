#include "sheet/sheet_values.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "sheet/row_problems.hpp"

namespace kiosk {

const char* const kCategoryChoices =
    "expected agreement, event_fair, exhibition, lecture_symposium, mayors_meeting, "
    "national_policy, publication_web or other";

namespace {

bool allDigits(const std::string& text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

}  // namespace

std::optional<CalendarDate> parseSheetDate(const std::string& text, bool monthOnly) {
    const char separator = text.find('/') != std::string::npos ? '/' : '-';
    auto parts = splitOn(text, separator);
    // Excel turns a typed month (2021-01) into the month's first day and saves
    // that (2021/1/1): for a month, the first day is read as the month.
    if (monthOnly && parts.size() == 3 && std::atoi(parts[2].c_str()) == 1 && allDigits(parts[2]))
        parts.pop_back();
    if (parts.size() != (monthOnly ? 2u : 3u) || parts[0].size() != 4) return std::nullopt;
    for (const auto& part : parts)
        if (!allDigits(part) || part.size() > 4) return std::nullopt;
    // The ISO form needs two digits; Excel's writes one where it can.
    if (separator == '-')
        for (size_t i = 1; i < parts.size(); ++i)
            if (parts[i].size() != 2) return std::nullopt;
    char iso[16];
    const int year = std::atoi(parts[0].c_str()), month = std::atoi(parts[1].c_str());
    if (monthOnly)
        std::snprintf(iso, sizeof iso, "%04d-%02d", year, month);
    else
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, std::atoi(parts[2].c_str()));
    const auto date = parseIsoDate(iso, monthOnly);
    if (!date || (monthOnly && date->day != 0)) return std::nullopt;
    return date;
}

std::optional<long> parseSheetInteger(const std::string& text) {
    const bool negative = !text.empty() && text[0] == '-';
    const std::string digits = negative ? text.substr(1) : text;
    if (!allDigits(digits) || digits.size() > 9) return std::nullopt;
    return std::strtol(text.c_str(), nullptr, 10);
}

std::optional<bool> parseSheetBoolean(const std::string& text) {
    std::string lower;
    for (const char c : text) lower += char(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "true" || lower == "1") return true;
    if (lower == "false" || lower == "0") return false;
    return std::nullopt;
}

std::string trimmed(const std::string& text) {
    const std::string ideographicSpace = "\u3000";  // what a Japanese IME types as a space
    // The length of the space starting at `at`, or 0.
    const auto spaceAt = [&](size_t at) -> size_t {
        if (at < text.size() &&
            (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n'))
            return 1;
        const size_t wide = ideographicSpace.size();
        return at + wide <= text.size() && text.compare(at, wide, ideographicSpace) == 0 ? wide : 0;
    };
    size_t start = 0, end = text.size();
    while (start < end && spaceAt(start)) start += spaceAt(start);
    while (end > start) {
        if (spaceAt(end - 1) == 1)
            --end;
        else if (end >= start + ideographicSpace.size() &&
                 spaceAt(end - ideographicSpace.size()) == ideographicSpace.size())
            end -= ideographicSpace.size();
        else
            break;
    }
    return text.substr(start, end - start);
}

std::vector<std::string> splitSheetList(const std::string& text) {
    std::vector<std::string> items;
    std::string current;
    for (const char c : text) {
        if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t') {
            if (!current.empty()) items.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) items.push_back(current);
    return items;
}

std::string restoreLeadingZero(const std::string& code) {
    return code.size() == 4 && allDigits(code) ? "0" + code : code;
}

std::string quotedValue(const std::string& value) {
    // A line break shows as "\n", so that the message stays one line.
    constexpr size_t kMostCharacters = 40;
    std::string shown = "\"";
    size_t characters = 0;
    for (const char c : value) {
        const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && ++characters > kMostCharacters) return shown + "...\"";
        shown += c == '\n'   ? std::string("\\n")
                 : c == '\r' ? std::string("\\r")
                             : std::string(1, c);
    }
    return shown + "\"";
}

std::string quotedValueAround(const std::string& value, size_t offset) {
    constexpr size_t kBefore = 15;  // quotedValue keeps 40 from there: 25 from the offset on
    size_t start = std::min(offset, value.size()), characters = 0;
    while (start > 0 && characters < kBefore) {
        --start;
        if ((static_cast<unsigned char>(value[start]) & 0xC0) != 0x80) ++characters;
    }
    const std::string rest = quotedValue(value.substr(start));
    return start > 0 ? "\"..." + rest.substr(1) : rest;
}

}  // namespace kiosk
