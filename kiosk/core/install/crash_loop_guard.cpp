#include "install/crash_loop_guard.hpp"

#include <sodium.h>

#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "content/sha256.hpp"
#include "install/durable_files.hpp"
#include "install/pack_state.hpp"
#include "install/set_aside_packs.hpp"

namespace kiosk {

namespace {

constexpr const char* kCleanMark = "clean";

bool plausiblePackName(const std::string& name) {
    InstalledPack parsed;
    return parsePackFolderName(name, parsed);
}

bool plausibleRunId(const std::string& id) {
    if (id.size() != 16) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// Random, so that two runs starting in the same second (the same pid too, in
// a container) are never taken for one.
std::string newRunId() {
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    static const char digits[] = "0123456789abcdef";
    std::string id;
    for (unsigned char b : bytes) {
        id += digits[b >> 4];
        id += digits[b & 15];
    }
    return id;
}

std::string startLine(const RecordedStart& start) {
    return std::to_string(start.time) + " " + start.pack + " " + start.run;
}

std::string minutes(int64_t seconds) {
    return seconds % 60 == 0 ? std::to_string(seconds / 60) + " minutes"
                             : std::to_string(seconds) + " seconds";
}

// Remembers the pack by its manifest, so that the USB installer does not put
// it back. Takes the state lock. Error or empty.
std::string rememberSetAside(const StateFolder& folder, const std::string& packName,
                             int uncleanEnds, const StateEnvironment& env) {
    const auto sha256 = sha256OfFile(folder.packDir(packName) + "/pack.json");
    if (!sha256) return folder.packDir(packName) + "/pack.json cannot be read";
    const StateLock lock(folder);
    if (!lock.held()) return lock.error();
    return rememberSetAsidePack(folder, {*sha256, env.now, uncleanEnds, packName}, env.steps);
}

}  // namespace

std::vector<RecordedStart> readRecordedStarts(const std::string& state) {
    std::vector<RecordedStart> starts;
    std::map<std::tuple<int64_t, std::string, std::string>, size_t> index;
    std::vector<std::tuple<int64_t, std::string, std::string>> cleanEnds;
    std::ifstream in(StateFolder(state).starts);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        RecordedStart start;
        std::string mark, extra;
        if (!(fields >> start.time >> start.pack >> start.run) || !plausiblePackName(start.pack) ||
            !plausibleRunId(start.run))
            continue;
        const bool marked = static_cast<bool>(fields >> mark);
        if (fields >> extra || (marked && mark != kCleanMark)) continue;
        auto key = std::make_tuple(start.time, start.pack, start.run);
        if (marked) {
            cleanEnds.push_back(key);
        } else if (index.emplace(key, starts.size()).second) {
            starts.push_back(start);
        }
    }
    // A clean line is appended when its run ends, after lines other runs wrote.
    for (const auto& key : cleanEnds) {
        const auto it = index.find(key);
        if (it != index.end()) starts[it->second].endedCleanly = true;
    }
    return starts;
}

std::string recordCleanEnd(const CleanEndRecord& record, const DurableSteps& steps) {
    if (record.empty()) return {};
    std::string line = record.line;
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return appendLine(record.file, line, steps);
}

CrashLoopVerdict guardAgainstCrashLoop(const std::string& state, const std::string& packName,
                                       const std::vector<PublicKey>& trusted,
                                       const CrashLoopSettings& settings,
                                       const StateEnvironment& env) {
    CrashLoopVerdict verdict;
    const StateFolder folder(state);
    const RecordedStart thisRun{env.now, packName, newRunId(), false};
    {
        const StateLock lock(folder);
        if (!lock.held()) {
            verdict.message = lock.error() + "; this start is not recorded";
            return verdict;
        }
        // Keep only the window. A clock set back makes older lines look new;
        // they are dropped too, so a wrong clock cannot set a pack aside.
        std::string kept;
        for (const RecordedStart& start : readRecordedStarts(state)) {
            if (start.time <= env.now - settings.windowSeconds || start.time > env.now) continue;
            kept += startLine(start) + "\n";
            if (start.endedCleanly) kept += startLine(start) + " " + kCleanMark + "\n";
            if (start.pack != packName) continue;
            ++verdict.recentStarts;
            if (!start.endedCleanly) ++verdict.uncleanEnds;
        }
        kept += startLine(thisRun) + "\n";
        ++verdict.recentStarts;
        const std::string why = replaceFile(folder.starts, kept, env.steps);
        if (!why.empty()) {
            verdict.message = why + "; this start is not recorded";
            return verdict;
        }
    }
    verdict.cleanEnd = {folder.starts, startLine(thisRun) + " " + kCleanMark + "\n"};
    if (verdict.uncleanEnds < settings.crashes) return verdict;

    verdict.runAsPlanned = false;
    const std::string reason = "packs/" + packName + " stopped the kiosk " +
                               std::to_string(verdict.uncleanEnds) + " times in " +
                               minutes(settings.windowSeconds) + "; set aside";
    const std::string notRemembered = rememberSetAside(folder, packName, verdict.uncleanEnds, env);
    const StateChange change = rollback(state, trusted, env);
    verdict.rolledBack = change.ok;
    verdict.message = change.ok
                          ? reason + ": " + change.message
                          : reason + ", but " + change.message + "; showing the built-in pack";
    if (!notRemembered.empty())
        verdict.message += " (a stick may install it again: " + notRemembered + ")";
    appendHistory(folder,
                  {env.now, "set-aside", change.ok ? "rolled-back" : "no-earlier-pack", packName,
                   verdict.message},
                  env.steps);
    return verdict;
}

}  // namespace kiosk
