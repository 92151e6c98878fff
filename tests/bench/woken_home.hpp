#pragma once
#include <nlohmann/json.hpp>

#include "kiosk_runs.hpp"

namespace kiosk::bench {

// How the lobby really runs: the kiosk started into the attract loop, left
// alone for `attractSeconds` (a whole pass of the loop shows every kind of
// slide and picture), then woken by a visitor's tap (xdotool, on $DISPLAY) onto
// Home, measured from `settleSeconds` after the tap for `seconds`. PSS peak is
// over the whole run, PSS steady the median on Home; CPU is Home's (about
// nothing when the tap woke it: Home is a still screen). Without xdotool the
// result is {"skipped": why}.
nlohmann::json measureWokenHome(const KioskRunSettings& run, double attractSeconds,
                                double settleSeconds, double seconds);

// Seconds of one pass of the pack's attract loop (the first pass).
double attractPassSeconds(const std::string& packDir);

}  // namespace kiosk::bench
