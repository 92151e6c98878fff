#include "install/crash_loop_guard.hpp"

#include <fstream>
#include <sstream>

#include "install/durable_files.hpp"
#include "install/pack_state.hpp"

namespace kiosk {

namespace {

std::string startsFile(const std::string& state) {
    return StateFolder(state).root + "/starts";
}

bool plausiblePackName(const std::string& name) {
    InstalledPack parsed;
    return parsePackFolderName(name, parsed);
}

std::string minutes(int64_t seconds) {
    return seconds % 60 == 0 ? std::to_string(seconds / 60) + " minutes"
                             : std::to_string(seconds) + " seconds";
}

}  // namespace

std::vector<RecordedStart> readRecordedStarts(const std::string& state) {
    std::vector<RecordedStart> starts;
    std::ifstream in(startsFile(state));
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        RecordedStart start;
        std::string extra;
        if (fields >> start.time >> start.pack && !(fields >> extra) &&
            plausiblePackName(start.pack))
            starts.push_back(start);
    }
    return starts;
}

CrashLoopVerdict guardAgainstCrashLoop(const std::string& state, const std::string& packName,
                                       const std::vector<PublicKey>& trusted,
                                       const CrashLoopSettings& settings,
                                       const StateEnvironment& env) {
    CrashLoopVerdict verdict;
    const StateFolder folder(state);
    {
        const StateLock lock(folder);
        if (!lock.held()) {
            verdict.message = lock.error() + "; this start is not recorded";
            return verdict;
        }
        // Keep only the window: the file stays a few lines long however long
        // the kiosk runs. A clock set back makes older lines look new; they
        // are dropped too, so a wrong clock cannot set a pack aside.
        std::string kept;
        for (const RecordedStart& start : readRecordedStarts(state)) {
            if (start.time <= env.now - settings.windowSeconds || start.time > env.now) continue;
            kept += std::to_string(start.time) + " " + start.pack + "\n";
            if (start.pack == packName) ++verdict.recentStarts;
        }
        kept += std::to_string(env.now) + " " + packName + "\n";
        ++verdict.recentStarts;
        const std::string why = replaceFile(startsFile(state), kept, env.steps);
        if (!why.empty()) {
            verdict.message = why + "; this start is not recorded";
            return verdict;
        }
    }
    if (verdict.recentStarts <= settings.crashes) return verdict;

    verdict.runAsPlanned = false;
    const std::string reason = "packs/" + packName + " stopped the kiosk " +
                               std::to_string(verdict.recentStarts - 1) + " times in " +
                               minutes(settings.windowSeconds) + "; set aside";
    const StateChange change = rollback(state, trusted, env);
    verdict.rolledBack = change.ok;
    verdict.message = change.ok
                          ? reason + ": " + change.message
                          : reason + ", but " + change.message + "; showing the built-in pack";
    appendHistory(folder,
                  {env.now, "set-aside", change.ok ? "rolled-back" : "no-earlier-pack", packName,
                   verdict.message},
                  env.steps);
    return verdict;
}

}  // namespace kiosk
