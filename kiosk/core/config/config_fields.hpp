#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "config/kiosk_config.hpp"
#include "content/json_reader.hpp"
#include "content/shown_value.hpp"

// Field readers shared by the parts of the configuration reader. Each reports
// what is wrong at its JSON pointer and leaves the default in place.

namespace kiosk::config_fields {

// A value as a problem message shows it: as JSON (a string in quotes), cut
// after kShownValueBytes with its whole length, so that an 800,000-character
// value is not echoed whole into the log.
std::string shownJson(const nlohmann::json& value);
std::string shownString(const std::string& text);

// Reports every key of `object` not in `known` as an error (a typo would
// otherwise be silently ignored), suggesting the nearest known key. Keys that
// start with "//" are comments and pass.
void rejectUnknownKeys(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
                       const std::vector<std::string>& known);

// The object at `key`, or null (reported when it is not an object).
const nlohmann::json* section(JsonReader& reader, const nlohmann::json& object,
                              const std::string& pointer, const std::string& key);

// A path; a relative one is taken from `baseDir` (the configuration file's
// folder). An empty string stays empty when `allowEmpty` (the feature is off).
bool readPath(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
              const std::string& key, const std::string& baseDir, bool allowEmpty,
              std::string& out);
bool readPathList(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
                  const std::string& key, const std::string& baseDir, bool absoluteOnly,
                  std::vector<std::string>& out);
// A byte count from `minValue` to `maxValue`.
bool readByteCount(JsonReader& reader, const nlohmann::json& object, const std::string& pointer,
                   const std::string& key, std::uint64_t minValue, std::uint64_t maxValue,
                   std::uint64_t& out);

}  // namespace kiosk::config_fields
