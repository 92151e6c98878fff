#include "install/pack_state.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>

#include "install/durable_files.hpp"

namespace kiosk {

namespace {

std::string describe(const InstalledPack& pack) {
    return pack.id + " version " + std::to_string(pack.version) + " (packs/" + pack.name + ")";
}

InstalledPack packNamed(const StateFolder& state, const std::string& name) {
    InstalledPack pack;
    if (parsePackFolderName(name, pack)) pack.dir = state.packDir(name);
    return pack;
}

bool isFolder(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

StateChange changeFailed(const std::string& message) {
    StateChange change;
    change.message = message;
    return change;
}

// One candidate at start-up: the reason it cannot run, or empty when it can.
std::string startupProblem(const InstalledPack& pack, const std::vector<PublicKey>& trusted,
                           const LoadCheck& loadCheck, const StartupOptions& options) {
    if (pack.dir.empty() || !isFolder(pack.dir)) return "is missing";
    VerifyOptions verify;
    verify.allowUnsigned = options.allowUnsigned;
    verify.checkHashes = options.checkHashes;
    const PackVerification verification = verifyPack(pack.dir, trusted, verify);
    if (!verification.ok()) return "does not verify: " + verification.message();
    const std::string loadProblem = loadCheck ? loadCheck(pack.dir) : "";
    return loadProblem.empty() ? "" : "does not load: " + loadProblem;
}

}  // namespace

CurrentPack currentPack(const std::string& state, const std::vector<PublicKey>& trusted,
                        const VerifyOptions& options) {
    const StateFolder folder(state);
    CurrentPack result;
    const std::string name = linkedPackName(folder.current);
    InstalledPack pack = packNamed(folder, name);
    if (pack.dir.empty() || !isFolder(pack.dir)) {
        result.message = name.empty()
                             ? folder.current + " names no installed pack; no pack is in use"
                             : folder.current + " names packs/" + name + ", which is missing";
        return result;
    }
    pack.current = true;
    pack.lastGood = linkedPackName(folder.lastGood) == name;
    result.pack = pack;
    result.verification = verifyPack(pack.dir, trusted, options);
    result.message = describe(pack) + (result.verification.ok()
                                           ? ": verified"
                                           : ": does not verify: " + result.verification.message());
    return result;
}

StateChange rollback(const std::string& state, const std::vector<PublicKey>& trusted,
                     const StateEnvironment& env) {
    const StateFolder folder(state);
    const StateLock lock(folder);
    if (!lock.held()) return changeFailed(lock.error());
    removeLeftovers(folder);
    const std::string currentName = linkedPackName(folder.current);
    if (currentName.empty())
        return changeFailed("no pack is in use; there is nothing to roll back");
    const auto packs = listInstalledPacks(folder);
    auto at =
        std::find_if(packs.begin(), packs.end(), [](const InstalledPack& p) { return p.current; });
    // Without the current pack on disk every installed pack is older than it.
    auto candidate = at == packs.end() ? packs.begin() : at + 1;
    VerifyOptions verify;
    verify.allowUnsigned = trusted.empty();
    std::string passedOver;
    for (; candidate != packs.end(); ++candidate) {
        const PackVerification verification = verifyPack(candidate->dir, trusted, verify);
        if (!verification.ok()) {
            passedOver += "; passed over " + candidate->name + ": " + verification.message();
            continue;
        }
        const std::string why =
            replaceSymlink(folder.current, "packs/" + candidate->name, env.steps);
        if (!why.empty()) return changeFailed(why);
        StateChange change;
        change.ok = true;
        change.from = currentName;
        change.to = candidate->name;
        change.message =
            "rolled back from " + currentName + " to " + describe(*candidate) + passedOver;
        appendHistory(folder, {env.now, "rollback", "rolled-back", candidate->name, change.message},
                      env.steps);
        return change;
    }
    return changeFailed("there is no earlier installed pack that verifies to roll back to" +
                        passedOver);
}

StateChange markGood(const std::string& state, const StateEnvironment& env) {
    const StateFolder folder(state);
    const StateLock lock(folder);
    if (!lock.held()) return changeFailed(lock.error());
    const std::string name = linkedPackName(folder.current);
    if (name.empty() || !isFolder(folder.packDir(name))) return changeFailed("no pack is in use");
    StateChange change;
    change.ok = true;
    change.from = linkedPackName(folder.lastGood);
    change.to = name;
    if (change.from == name) {
        change.message = "packs/" + name + " is already the last good pack";
        return change;
    }
    const std::string why = replaceSymlink(folder.lastGood, "packs/" + name, env.steps);
    if (!why.empty()) return changeFailed(why);
    change.message = "packs/" + name + " is now the last good pack";
    appendHistory(folder, {env.now, "mark-good", "marked-good", name, change.message}, env.steps);
    return change;
}

StartupResolution resolveStartupPack(const std::string& state,
                                     const std::vector<PublicKey>& trusted,
                                     const LoadCheck& loadCheck, const StartupOptions& options,
                                     const StateEnvironment& env) {
    StartupResolution result;
    if (sodium_init() < 0) {
        result.log.push_back("libsodium cannot start; no pack can be verified");
        return result;
    }
    const StateFolder folder(state);
    const StateLock lock(folder);
    if (!lock.held())
        result.log.push_back(lock.error() + "; starting without repairing the state");
    else if (const int removed = removeLeftovers(folder))
        result.log.push_back("removed " + std::to_string(removed) +
                             " leftovers of an interrupted install");

    const std::string currentName = linkedPackName(folder.current);
    const std::string goodName = linkedPackName(folder.lastGood);
    std::vector<std::pair<StartupChoice, std::string>> candidates;
    if (!currentName.empty())
        candidates.emplace_back(StartupChoice::Current, currentName);
    else
        result.log.push_back(folder.current + " names no installed pack");
    if (!goodName.empty() && goodName != currentName)
        candidates.emplace_back(StartupChoice::LastGood, goodName);
    for (const auto& pack : listInstalledPacks(folder))
        if (pack.name != currentName && pack.name != goodName)
            candidates.emplace_back(StartupChoice::Other, pack.name);

    for (const auto& [choice, name] : candidates) {
        const InstalledPack pack = packNamed(folder, name);
        const char* label = choice == StartupChoice::Current    ? "current pack "
                            : choice == StartupChoice::LastGood ? "last good pack "
                                                                : "installed pack ";
        const std::string problem = startupProblem(pack, trusted, loadCheck, options);
        if (!problem.empty()) {
            result.log.push_back(label + ("packs/" + name) + " " + problem);
            continue;
        }
        result.pack = pack;
        result.pack->current = true;
        result.pack->lastGood = name == goodName;
        result.choice = choice;
        result.log.push_back(std::string("starting on ") + label + describe(pack));
        break;
    }
    if (!result.pack) {
        result.log.push_back("no installed pack verifies and loads");
        return result;
    }
    if (result.choice != StartupChoice::Current && lock.held()) {
        const std::string why =
            replaceSymlink(folder.current, "packs/" + result.pack->name, env.steps);
        result.log.push_back(why.empty() ? "current now names packs/" + result.pack->name : why);
        std::string message;
        for (const auto& line : result.log) message += (message.empty() ? "" : "; ") + line;
        appendHistory(folder, {env.now, "fallback", "fell-back", result.pack->name, message},
                      env.steps);
    }
    return result;
}

}  // namespace kiosk
