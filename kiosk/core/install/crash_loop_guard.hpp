#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "install/install_state.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

// A pack that keeps bringing the kiosk down is set aside, and the pack before
// it comes back. Every start of the kiosk is recorded in STATE/starts (one
// line "<seconds since the epoch> <folder under packs/>", pruned to the
// window); the service manager restarts a kiosk that crashed or hung, so each
// start beyond the first within the window is a run that ended. Staff
// restarting the kiosk three times within ten minutes would count the same
// way; the cost is a rollback with its reason in the history, never a blank
// screen.

struct CrashLoopSettings {
    // The pack is set aside at the start that follows this many ended runs...
    int crashes = 3;
    // ...all within this many seconds.
    int64_t windowSeconds = 600;
};

struct CrashLoopVerdict {
    // Run `pack` as planned. When false it was set aside: start again from the
    // state (now on the pack before it), or on the built-in pack when
    // `rolledBack` is false because there is no earlier pack that verifies.
    bool runAsPlanned = true;
    bool rolledBack = false;
    // Starts of this pack within the window, this one included.
    int recentStarts = 0;
    // For the log, the history and the staff panel; empty when nothing happened.
    std::string message;
};

// Records that the kiosk is starting on packs/`packName` at env.now and decides
// whether that pack has crashed the kiosk too often. When it has, `current`
// is rolled back (rollback(): the installed pack just older that verifies)
// and the decision is appended to the history as action "set-aside".
CrashLoopVerdict guardAgainstCrashLoop(const std::string& state, const std::string& packName,
                                       const std::vector<PublicKey>& trusted,
                                       const CrashLoopSettings& settings = {},
                                       const StateEnvironment& env = {});

// The starts recorded in STATE/starts, oldest first; damaged lines are skipped.
struct RecordedStart {
    int64_t time = 0;
    std::string pack;
};
std::vector<RecordedStart> readRecordedStarts(const std::string& state);

}  // namespace kiosk
