#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "content/text_fields.hpp"

namespace kiosk {

// The pack source's glossary: each recurring Japanese term with its one
// rendering in every other language. Optional; it is not part of a built pack.
constexpr const char* kTermGlossaryFile = "glossary.json";

struct GlossaryTerm {
    std::string ja;
    std::map<Language, std::string> renderings;  // Japanese not among them
};

struct Glossary {
    std::vector<GlossaryTerm> terms;  // longest Japanese first (ties in file order)
};

// {"about": "...", "terms": [{"ja": ..., "en": ..., ...}]}. Each term needs a
// rendering in every language of `languages` (pack.json's codes); a malformed entry is
// an error naming the file and its pointer, and no glossary results.
std::optional<Glossary> parseGlossary(const nlohmann::json& document, const std::string& file,
                                      const std::vector<std::string>& languages,
                                      ProblemList& problems);

// Where a text's Japanese uses a term (longest terms first, each character
// counted for one term only), its text in each other language it has must
// contain that term's rendering (English without regard to case); each miss
// is a warning at that language's field.
void checkGlossary(const Glossary& glossary, const std::vector<TextField>& texts,
                   ProblemList& problems);

// The source's glossary, when it has one, against every text of its files.
void checkSourceGlossary(const std::string& sourceRoot, const Manifest& manifest,
                         ProblemList& problems);

}  // namespace kiosk
