#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "content/text_fields.hpp"

namespace kiosk {

// How much of a pack's text one language has.
struct LanguageCoverage {
    Language language = Language::Japanese;
    bool declared = false;             // pack.json "languages" names it
    size_t texts = 0;                  // the pack's texts
    size_t present = 0;                // those with a non-empty text in this language
    std::vector<std::string> missing;  // "FILE: /pointer" of the others, in document order

    double percent() const { return texts ? 100.0 * double(present) / double(texts) : 100.0; }
};

// Each language's coverage of `texts`, in allLanguages() order; `declared` are
// pack.json's language codes.
std::vector<LanguageCoverage> languageCoverage(const std::vector<TextField>& texts,
                                               const std::vector<std::string>& declared);

// One warning per declared language that lacks texts (how many, and the first
// few), at pack.json /languages: the kiosk shows another language's text
// there. A text with no language at all is an error at its place, unless an
// error stands there already (the section's reader may have said so).
void reportLanguageCoverage(const std::vector<LanguageCoverage>& coverage,
                            const std::vector<TextField>& texts, ProblemList& problems);

// The two above for the pack at `root`, read from its files (readTextDocuments).
std::vector<LanguageCoverage> packLanguageCoverage(const std::string& root,
                                                   const Manifest& manifest);
void checkPackLanguages(const std::string& root, const Manifest& manifest, ProblemList& problems);

}  // namespace kiosk
