#include "install/pack_installer.hpp"

#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <algorithm>

#include "install/durable_files.hpp"
#include "install/pack_copy.hpp"
#include "install/pack_verification.hpp"

namespace kiosk {

namespace {

InstallResult outcome(InstallResult result, InstallOutcome what, const std::string& reason) {
    result.outcome = what;
    result.reason = reason;
    return result;
}

InstallResult refusal(InstallResult result, const PackVerification& verification) {
    const std::string reason = "refused: " + verification.problem.format();
    switch (verification.status) {
        case VerifyStatus::Unsigned:
            return outcome(result, InstallOutcome::RefusedUnsigned, reason);
        case VerifyStatus::Untrusted:
            return outcome(result, InstallOutcome::RefusedUntrusted, reason);
        case VerifyStatus::Damaged:
            result.file = verification.problem.file;
            return outcome(result, InstallOutcome::RefusedDamaged, reason);
        case VerifyStatus::Unreadable:
            return outcome(result, InstallOutcome::Failed,
                           "cannot read the pack: " + verification.problem.format());
        default:
            return outcome(result, InstallOutcome::RefusedInvalid, reason);
    }
}

std::optional<uint64_t> statvfsFree(const std::string& dir) {
    struct statvfs fs {};
    if (::statvfs(dir.c_str(), &fs) != 0) return std::nullopt;
    return static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize;
}

std::string megabytes(uint64_t bytes) {
    return std::to_string((bytes + 999999) / 1000000) + " MB";
}

VerifyOptions verifyOptions(const InstallOptions& options) {
    VerifyOptions verify;
    verify.allowUnsigned = options.allowUnsigned;
    verify.limits = options.limits;
    return verify;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// Removes packs beyond the newest `keep` others, never current, last-good or
// the one in use. Each goes by one rename out of packs/ first, so no
// half-deleted pack is ever seen there.
std::vector<std::string> prune(const StateFolder& state, const InstallOptions& options,
                               const DurableSteps& steps) {
    std::vector<std::string> pruned;
    int others = 0;
    for (const auto& pack : listInstalledPacks(state)) {
        if (pack.current || pack.lastGood || pack.name == options.packInUse) continue;
        if (others++ < std::max(0, options.keepPrevious)) continue;
        const std::string aside = state.staging + "/pruned-" + pack.name;
        if (!renamePath(pack.dir, aside, steps).empty()) continue;
        removePath(aside);
        steps.done("remove " + aside);
        pruned.push_back(pack.name);
    }
    return pruned;
}

// The version check: a pack of the same id must be newer than the one in use.
std::string downgradeProblem(const InstalledPack& current, const Manifest& offered) {
    if (current.id != offered.id) return {};  // another pack altogether replaces this one
    if (offered.version < current.version)
        return "refused: version " + std::to_string(offered.version) + " is older than version " +
               std::to_string(current.version) + " in use";
    if (offered.version == current.version)
        return "refused: version " + std::to_string(offered.version) +
               " is already in use with different content; a new release needs a higher version";
    return {};
}

// Copies the source into staging/ and verifies the copy; returns the staging
// folder, or an empty string with `result` saying why not.
std::string stageCopy(const PackSource& source, const PackVerification& verified,
                      const StateFolder& state, const InstallOptions& options,
                      const std::vector<PublicKey>& trusted, const StateEnvironment& env,
                      InstallResult& result) {
    const uint64_t needed = diskBytesNeeded(verified.manifest) + options.reserveBytes;
    const auto free = env.freeBytes ? env.freeBytes(state.root) : statvfsFree(state.root);
    if (free && *free < needed) {
        result.neededBytes = needed;
        result.freeBytes = *free;
        result = outcome(result, InstallOutcome::RefusedTooLarge,
                         "refused: the pack needs " + megabytes(needed) +
                             " of disk (with a reserve of " + megabytes(options.reserveBytes) +
                             ") and " + megabytes(*free) + " are free");
        return {};
    }
    std::string dir = state.staging + "/install-XXXXXX";
    if (!::mkdtemp(dir.data())) {
        result =
            outcome(result, InstallOutcome::Failed, "cannot make a folder in " + state.staging);
        return {};
    }
    ::chmod(dir.c_str(), 0755);  // mkdtemp makes it private; an installed pack is for all to read
    env.steps.done("mkdir " + dir);
    const CopyResult copy = copyVerifiedPack(source, verified, dir, env);
    if (!copy.ok) {
        removePath(dir);
        if (copy.sourceUnreadable) {
            result = outcome(result, InstallOutcome::Failed,
                             "cannot read " + copy.file + " from " + source.location() + " (" +
                                 copy.why + "); was the medium removed?");
        } else if (copy.sourceChanged) {
            result.file = copy.file;
            result = outcome(result, InstallOutcome::RefusedDamaged,
                             "refused: " + copy.file + ": " + copy.why);
        } else {
            result = outcome(result, InstallOutcome::Failed, "the copy failed: " + copy.why);
        }
        return {};
    }
    const PackVerification again = verifyPack(dir, trusted, verifyOptions(options));
    if (!again.ok() || again.manifestSha256 != verified.manifestSha256) {
        removePath(dir);
        result = outcome(result, InstallOutcome::Failed,
                         "the copy on the local disk does not match (" + again.message() +
                             "); the disk may be failing");
        return {};
    }
    return dir;
}

InstallResult installLocked(const std::string& sourcePath, const StateFolder& state,
                            const std::vector<PublicKey>& trusted, const InstallOptions& options,
                            const StateEnvironment& env, std::string& name) {
    InstallResult result;
    Problem problem;
    const auto source = openPackSource(sourcePath, options.limits, problem);
    if (!source) {
        PackVerification failed;
        failed.problem = problem;
        struct stat st {};
        const bool archive = ::stat(sourcePath.c_str(), &st) == 0 && S_ISREG(st.st_mode);
        failed.status = archive ? VerifyStatus::Damaged : VerifyStatus::Unreadable;
        return refusal(result, failed);
    }
    const PackVerification verified = verifyPackSource(*source, trusted, verifyOptions(options));
    if (!verified.ok()) return refusal(result, verified);
    const Manifest& manifest = verified.manifest;
    result.packId = manifest.id;
    result.version = manifest.version;
    name = packFolderName(manifest, verified.manifestSha256);
    const std::string target = state.packDir(name);

    InstalledPack current;
    const std::string currentName = linkedPackName(state.current);
    if (parsePackFolderName(currentName, current)) result.currentVersion = current.version;
    // Whatever is already under packs/ with this name is used again when it
    // verifies; a damaged one is set aside and copied anew.
    bool reuse = false;
    if (exists(target)) {
        reuse = verifyPack(target, trusted, verifyOptions(options)).ok();
        if (reuse && currentName == name) {
            result.packDir = target;
            // An install killed after its switch left the pruning undone.
            result.pruned = prune(state, options, env.steps);
            return outcome(result, InstallOutcome::AlreadyInstalled,
                           manifest.id + " version " + std::to_string(manifest.version) +
                               " is already in use");
        }
    }
    if (!currentName.empty() && currentName != name && !options.allowDowngrade) {
        const std::string why = downgradeProblem(current, manifest);
        if (!why.empty()) return outcome(result, InstallOutcome::RefusedDowngrade, why);
    }
    if (!reuse) {
        const std::string staged =
            stageCopy(*source, verified, state, options, trusted, env, result);
        if (staged.empty()) return result;
        const std::string loadProblem = options.loadCheck ? options.loadCheck(staged) : "";
        if (!loadProblem.empty()) {
            removePath(staged);
            return outcome(result, InstallOutcome::RefusedInvalid,
                           "refused: the kiosk cannot load it: " + loadProblem);
        }
        // A damaged folder of the same name goes only now, with its
        // replacement ready to take its place.
        std::string why;
        if (exists(target)) {
            const std::string aside = state.staging + "/damaged-" + name;
            why = renamePath(target, aside, env.steps);
            removePath(aside);
        }
        if (why.empty()) why = renamePath(staged, target, env.steps);
        if (!why.empty()) {
            removePath(staged);
            return outcome(result, InstallOutcome::Failed, why);
        }
    } else if (options.loadCheck) {
        const std::string loadProblem = options.loadCheck(target);
        if (!loadProblem.empty())
            return outcome(result, InstallOutcome::RefusedInvalid,
                           "refused: the kiosk cannot load it: " + loadProblem);
    }
    // The switch: one rename of a link. Before it the old pack is in use, after
    // it the new one.
    const std::string why = replaceSymlink(state.current, "packs/" + name, env.steps);
    if (!why.empty()) return outcome(result, InstallOutcome::Failed, why);
    result.packDir = target;
    result.pruned = prune(state, options, env.steps);
    std::string reason =
        "installed " + manifest.id + " version " + std::to_string(manifest.version);
    if (result.currentVersion)
        reason += " (was version " + std::to_string(result.currentVersion) + ")";
    return outcome(result, InstallOutcome::Installed, reason);
}

}  // namespace

const char* outcomeId(InstallOutcome outcome) {
    switch (outcome) {
        case InstallOutcome::Installed:
            return "installed";
        case InstallOutcome::AlreadyInstalled:
            return "already-installed";
        case InstallOutcome::RefusedUnsigned:
            return "refused-unsigned";
        case InstallOutcome::RefusedUntrusted:
            return "refused-untrusted";
        case InstallOutcome::RefusedDamaged:
            return "refused-damaged";
        case InstallOutcome::RefusedInvalid:
            return "refused-invalid";
        case InstallOutcome::RefusedDowngrade:
            return "refused-downgrade";
        case InstallOutcome::RefusedTooLarge:
            return "refused-too-large";
        case InstallOutcome::Failed:
            return "failed";
    }
    return "failed";
}

InstallResult installPack(const std::string& source, const std::string& state,
                          const std::vector<PublicKey>& trusted, const InstallOptions& options,
                          const StateEnvironment& env) {
    InstallResult result;
    if (sodium_init() < 0) return outcome(result, InstallOutcome::Failed, "libsodium cannot start");
    const StateFolder folder(state);
    std::string why = prepareStateFolder(folder, env.steps);
    if (!why.empty()) return outcome(result, InstallOutcome::Failed, why);
    const StateLock lock(folder);
    if (!lock.held()) return outcome(result, InstallOutcome::Failed, lock.error());
    removeLeftovers(folder);
    std::string name;
    result = installLocked(source, folder, trusted, options, env, name);
    why = appendHistory(
        folder,
        {env.now, "install", outcomeId(result.outcome), name, source + ": " + result.reason},
        env.steps);
    (void)why;  // the history is for people; an install does not fail for want of it
    return result;
}

}  // namespace kiosk
