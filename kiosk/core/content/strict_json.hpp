#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "content/problem.hpp"

namespace kiosk {

// Parses the text of a pack, configuration, manifest, signature or state file
// as nlohmann::json::parse does, except that an object naming a key twice is
// an error: the parser would keep the last one without a word, so a second
// "version" further down pack.json could pass a review that read the first.
// Problems name `file`: text that is not JSON at "" ("not valid JSON: at line
// 3, column 5: ..."), each repeated key at its JSON pointer ("/version").
// Returns nothing when there is any problem.
std::optional<nlohmann::json> parseStrictJson(const std::string& text, const std::string& file,
                                              ProblemList& problems);
// The same, keeping the keys in the file's order (for rewriting a file).
std::optional<nlohmann::ordered_json> parseStrictOrderedJson(const std::string& text,
                                                             const std::string& file,
                                                             ProblemList& problems);

}  // namespace kiosk
