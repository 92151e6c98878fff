#pragma once
#include <nlohmann/json.hpp>

#include "content/language_coverage.hpp"
#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// The summary `kiosk-pack info --json` prints: counts by year and category, the
// date span, every association's declared and derived member counts, each
// language's coverage of the pack's texts, and the warnings the loader found.
nlohmann::json packInfoJson(const Pack& pack, const ProblemList& problems,
                            const std::vector<LanguageCoverage>& coverage);

}  // namespace kiosk
