#pragma once
#include <optional>
#include <string>
#include <vector>

#include "install/install_state.hpp"
#include "install/pack_installer.hpp"
#include "install/pack_verification.hpp"

namespace kiosk {

// What the kiosk and the staff panel ask of a state folder besides installing.

struct CurrentPack {
    std::optional<InstalledPack> pack;  // none when `current` names no installed pack
    PackVerification verification;
    bool ok() const { return pack && verification.ok(); }
    // "tokyo23-partnership version 4 in packs/...: verified", or what is wrong.
    std::string message;
};
CurrentPack currentPack(const std::string& state, const std::vector<PublicKey>& trusted,
                        const VerifyOptions& options = {});

struct StateChange {
    bool ok = false;
    std::string from, to;  // folder names under packs/
    std::string message;   // plain words, for the log and the staff panel
};

// Switches `current` to the installed pack just older than it (by version,
// then name) that verifies. With no trusted keys the signature is not checked,
// only the files (the pack was verified when it was installed).
StateChange rollback(const std::string& state, const std::vector<PublicKey>& trusted,
                     const StateEnvironment& env = {});

// Records that the current pack loaded and ran: `last-good` follows it. The
// kiosk calls this once its first frames are up.
StateChange markGood(const std::string& state, const StateEnvironment& env = {});

struct StartupOptions {
    bool allowUnsigned = false;
    // Hash every file of the pack chosen. The kiosk's loader hashes the files
    // it loads anyway, so it may turn this off to keep the first frame quick;
    // sizes are still compared.
    bool checkHashes = true;
};

enum class StartupChoice { Current, LastGood, Other, None };

struct StartupResolution {
    std::optional<InstalledPack> pack;  // the pack to run; none when no installed pack passes
    StartupChoice choice = StartupChoice::None;
    // What happened, a line each, for the journal and the staff panel: why a
    // pack was passed over, which one runs.
    std::vector<std::string> log;
};

// Decides which installed pack the kiosk starts on: `current` when it
// verifies and `loadCheck` (when set) accepts it, else `last-good`, else the
// newest other pack that passes. When it falls back it also repairs the state
// (points `current` at the pack chosen) and clears leftovers of an interrupted
// install, unless another process holds the state lock.
StartupResolution resolveStartupPack(const std::string& state,
                                     const std::vector<PublicKey>& trusted,
                                     const LoadCheck& loadCheck = {},
                                     const StartupOptions& options = {},
                                     const StateEnvironment& env = {});

}  // namespace kiosk
