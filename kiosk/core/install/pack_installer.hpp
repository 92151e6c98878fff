#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "install/install_state.hpp"
#include "install/pack_source.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

// Says whether the kiosk can load the pack in `packDir`: empty when it can,
// otherwise the first problem in words. The kiosk passes its own loader.
using LoadCheck = std::function<std::string(const std::string& packDir)>;

struct InstallOptions {
    // Install a pack older than (or as old as) the one in use.
    bool allowDowngrade = false;
    // Installed packs kept for rollback besides the one in use (last-good is
    // always kept too).
    int keepPrevious = 3;
    // Development only: install a pack without a trusted signature.
    bool allowUnsigned = false;
    // Free space left over after the copy, so that a full disk never stops
    // the kiosk writing its logs.
    uint64_t reserveBytes = 64ull << 20;
    PackLimits limits;
    // When set, the copy must pass it before it becomes current.
    LoadCheck loadCheck;
    // The folder under packs/ the running kiosk is showing (it may still read
    // images from it): never pruned, like current and last-good.
    std::string packInUse;
};

enum class InstallOutcome {
    Installed,         // copied, verified, now current
    AlreadyInstalled,  // the very same pack is current; nothing changed
    RefusedUnsigned,   // no signature
    RefusedUntrusted,  // not signed by a trusted key (or pack.json changed after signing)
    RefusedDamaged,    // a file is missing or does not match the manifest; `file` names it
    RefusedInvalid,    // pack.json or pack.sig unreadable, beyond the limits, or the pack does not
                       // load
    RefusedDowngrade,  // older than (or as old as) the pack in use
    RefusedTooLarge,   // not enough free disk
    Failed,            // the source could not be read or the disk written; the current pack stays
};

// A stable word for each outcome ("installed", "refused-downgrade", ...), for
// the history, logs and UI string keys.
const char* outcomeId(InstallOutcome outcome);

struct InstallResult {
    InstallOutcome outcome = InstallOutcome::Failed;
    // One line in plain words: "installed tokyo23-partnership version 4",
    // "refused: events/2016.json: (file): SHA-256 is ...".
    std::string reason;
    std::string packId;               // the offered pack, when its manifest could be read
    int version = 0;                  // the offered version
    int currentVersion = 0;           // the version in use before (0 when none)
    std::string file;                 // RefusedDamaged: the file inside the pack
    uint64_t neededBytes = 0;         // RefusedTooLarge
    uint64_t freeBytes = 0;           // RefusedTooLarge
    std::string packDir;              // Installed, AlreadyInstalled: the folder under packs/
    std::vector<std::string> pruned;  // folders removed to keep `keepPrevious`

    bool ok() const {
        return outcome == InstallOutcome::Installed || outcome == InstallOutcome::AlreadyInstalled;
    }
};

// Installs the pack folder or archive `source` into the state folder `state`
// and makes it current: verify the source (signature, then every file), copy
// it into staging/ file by file with fsync, verify the copy, rename it into
// packs/, switch `current` atomically, prune old packs. Never throws; on any
// refusal or failure the pack in use is untouched. Every outcome is also
// written to the history.
InstallResult installPack(const std::string& source, const std::string& state,
                          const std::vector<PublicKey>& trusted, const InstallOptions& options = {},
                          const StateEnvironment& env = {});

}  // namespace kiosk
