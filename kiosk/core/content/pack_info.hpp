#pragma once
#include <nlohmann/json.hpp>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// The summary `kiosk-pack info --json` prints: counts by year and category, the
// date span, every association's declared and derived member counts, and the
// warnings the loader found.
nlohmann::json packInfoJson(const Pack& pack, const ProblemList& problems);

}  // namespace kiosk
