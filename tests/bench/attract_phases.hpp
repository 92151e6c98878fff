#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kiosk_runs.hpp"

namespace kiosk::bench {

// The process's CPU time used between two moments of the attract loop's clock.
struct LoopCpuInterval {
    double fromLoopSeconds = 0.0, toLoopSeconds = 0.0;
    double cpuSeconds = 0.0;
};

// Where the attract loop's CPU goes: each interval put to the phase
// (push, flight, entrance, slow: pacing/attract_pacing.hpp) and the slide type
// the pack's playlist (default settings: every slide, no date) is in at the
// interval's middle. Per phase and per slide type: "seconds" of the loop,
// "cpu_seconds" and "percent_of_one_core" (CPU over all the intervals' time,
// so that the phases add up to the whole).
nlohmann::json attractCpuByPhase(const std::string& packDir,
                                 const std::vector<LoopCpuInterval>& intervals);

// The kiosk started into the attract loop, full screen on the display, for
// `seconds` from its first frame (when its loop clock starts), its CPU time
// read every 50 ms: attractCpuByPhase of those intervals, with the whole's
// "seconds", "cpu_seconds" and "cpu_percent_of_one_core".
nlohmann::json measureAttractPhases(const KioskRunSettings& run, double seconds);

}  // namespace kiosk::bench
