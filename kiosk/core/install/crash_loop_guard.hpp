#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "install/install_state.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

// A pack that keeps bringing the kiosk down is set aside, and the pack before
// it comes back. Only runs that did not end cleanly count: every run of the
// kiosk on an installed pack writes a line to STATE/starts when it starts,
//   <seconds since the epoch> <folder under packs/> <run id>
// and the same line followed by " clean" when it ends cleanly (main returns
// 0 or the staff exit; SIGTERM from systemd for a stop, a restart by staff or
// by a schedule). A run left without its clean line was ended by a crash,
// SIGKILL, the watchdog or a power cut. A power cut is not the pack's fault,
// but it cannot be told from a crash after the fact; three of them within the
// window cost a rollback with its reason in the history, never a blank screen.
// Lines of runs older than the window are dropped at every start, so the file
// stays a few lines long however long the kiosk runs.

struct CrashLoopSettings {
    // The pack is set aside at the start that follows this many unclean ends...
    int crashes = 3;
    // ...of runs that started within this many seconds.
    int64_t windowSeconds = 600;
};

// The line a run appends to STATE/starts when it ends cleanly, prepared when it
// starts so that a signal handler can write it as it is (no allocation, no
// formatting).
struct CleanEndRecord {
    std::string file;  // STATE/starts
    std::string line;  // "<start> <pack> <run id> clean\n"
    bool empty() const { return file.empty(); }
};

struct CrashLoopVerdict {
    // Run `pack` as planned. When false it was set aside: start again from the
    // state (now on the pack before it), or on the built-in pack when
    // `rolledBack` is false because there is no earlier pack that verifies.
    bool runAsPlanned = true;
    bool rolledBack = false;
    // Starts of this pack within the window, this one included.
    int recentStarts = 0;
    // Runs of this pack within the window that did not end cleanly.
    int uncleanEnds = 0;
    // What this run writes when it ends cleanly; empty when its start could
    // not be recorded.
    CleanEndRecord cleanEnd;
    // For the log, the history and the staff panel; empty when nothing happened.
    std::string message;
};

// Records that the kiosk is starting on packs/`packName` at env.now and decides
// whether that pack has crashed the kiosk too often. When it has, the pack is
// remembered as set aside (set_aside_packs.hpp), `current` is rolled back
// (rollback(): the installed pack just older that verifies) and the decision is
// appended to the history as action "set-aside".
CrashLoopVerdict guardAgainstCrashLoop(const std::string& state, const std::string& packName,
                                       const std::vector<PublicKey>& trusted,
                                       const CrashLoopSettings& settings = {},
                                       const StateEnvironment& env = {});

// Appends the run's clean end to STATE/starts (synced). Error or empty.
std::string recordCleanEnd(const CleanEndRecord& record, const DurableSteps& steps = {});

// The runs recorded in STATE/starts, oldest first; damaged lines, and lines of
// the earlier format that had no run id and so cannot say how a run ended, are
// skipped.
struct RecordedStart {
    int64_t time = 0;
    std::string pack;
    std::string run;
    bool endedCleanly = false;
};
std::vector<RecordedStart> readRecordedStarts(const std::string& state);

}  // namespace kiosk
