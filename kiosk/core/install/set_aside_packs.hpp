#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "install/install_state.hpp"
#include "install/pack_source.hpp"

namespace kiosk {

// The packs the crash-loop guard set aside, remembered in STATE/set-aside so
// that a stick left in the kiosk cannot install one again at every start
// (install, crash, rollback, install...). A pack is known by the SHA-256 of
// its pack.json, which names every file with its own hash and is what the
// signature covers: the same bytes are the same pack, on a stick or installed.
// One line a pack:
//   <manifest SHA-256> <seconds since the epoch> <unclean ends> <folder under packs/>
struct SetAsidePack {
    std::string manifestSha256;  // lower-case hex
    int64_t time = 0;            // when it was set aside
    int uncleanEnds = 0;         // how many times it had stopped the kiosk
    std::string pack;            // its folder name under packs/ (id, version, hash)
};

// Oldest first; damaged lines are skipped.
std::vector<SetAsidePack> readSetAsidePacks(const StateFolder& state);

// Adds `pack` (replacing an earlier line for the same manifest) and keeps the
// newest entries only. Call under the state lock. Error or empty.
std::string rememberSetAsidePack(const StateFolder& state, const SetAsidePack& pack,
                                 const DurableSteps& steps);

// The SHA-256 of the pack.json of a pack folder or archive, read without
// verifying the rest; empty with `why` when it cannot be read.
std::string manifestSha256Of(const std::string& source, const PackLimits& limits,
                             std::string& why);

// The set-aside entry for the pack at `source` (a stick's folder or archive),
// if it is one.
std::optional<SetAsidePack> findSetAsidePack(const StateFolder& state, const std::string& source,
                                             const PackLimits& limits = {});

}  // namespace kiosk
