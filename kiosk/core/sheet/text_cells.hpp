#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "content/localized_text.hpp"
#include "content/problem.hpp"
#include "sheet/row_problems.hpp"

namespace kiosk {

// A text field's cells by language, in the kiosk's language order.
using LanguageCells = std::map<Language, std::string>;

// The sheet's forms of an event's texts, both ways. A text ({"ja": ..., "en":
// ...}) is a cell per language. A text list (people) is a cell per language
// with one line per item. A body is a cell per language, its blocks parted by
// an empty line: a paragraph as its text, a bullet list as lines each starting
// "- ". Every language that is there gives the same blocks and items.

// JSON -> cells. Problems name the events file and the JSON pointer.
bool textToCells(const nlohmann::ordered_json& text, const std::string& file,
                 const std::string& pointer, LanguageCells& out, ProblemList& problems);
bool textListToCells(const nlohmann::ordered_json& list, const std::string& file,
                     const std::string& pointer, LanguageCells& out, ProblemList& problems);
bool bodyToCells(const nlohmann::ordered_json& body, const std::string& file,
                 const std::string& pointer, LanguageCells& out, ProblemList& problems);

// Cells -> JSON; `field` is the column name before the language ("title").
// Nothing when every cell is empty or, reported, when they disagree.
std::optional<nlohmann::ordered_json> cellsToText(const LanguageCells& cells);
std::optional<nlohmann::ordered_json> cellsToTextList(const LanguageCells& cells,
                                                      const std::string& field,
                                                      const RowProblems& row);
std::optional<nlohmann::ordered_json> cellsToBody(const LanguageCells& cells,
                                                  const RowProblems& row);

}  // namespace kiosk
