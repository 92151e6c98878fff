#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::bench {

// The benchmark's JSON as a readable table.
std::string formatTable(const nlohmann::json& report);

// The side-by-side part (report["side_by_side"]) as a table of both programs
// and their ratios, or the one line saying why it was skipped.
std::string formatSideBySide(const nlohmann::json& sideBySide);

// Empty when the JSON file at `path` has every section and figure the
// benchmark writes (as numbers), else what is missing.
std::string validateReport(const std::string& path);

// printf into a string (the tables' lines).
std::string format(const char* pattern, ...) __attribute__((format(printf, 1, 2)));
// j[key] when it is a number, else 0.
double num(const nlohmann::json& j, const char* key);

}  // namespace kiosk::bench
