#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::bench {

// The benchmark's JSON as a readable table.
std::string formatTable(const nlohmann::json& report);

// Empty when the JSON file at `path` has every section and figure the
// benchmark writes (as numbers), else what is missing.
std::string validateReport(const std::string& path);

}  // namespace kiosk::bench
