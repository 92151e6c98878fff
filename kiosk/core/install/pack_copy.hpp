#pragma once
#include <cstdint>
#include <string>

#include "install/install_state.hpp"
#include "install/pack_source.hpp"
#include "install/pack_verification.hpp"

namespace kiosk {

// Disk space a copy of the pack takes: every file rounded up to whole blocks,
// plus a block for each file's and folder's metadata.
uint64_t diskBytesNeeded(const Manifest& manifest);

struct CopyResult {
    bool ok = false;
    // The source no longer matched its manifest while being copied (a stick
    // rewritten or failing): the pack is refused, not the disk blamed.
    bool sourceChanged = false;
    // The source could not be read to the end (a stick pulled out).
    bool sourceUnreadable = false;
    std::string file;  // the pack file concerned
    std::string why;
};

// Copies the pack `verified` came from into the new folder `dir`: each listed
// file is hashed as it is copied and synced, then pack.json and pack.sig are
// written from the very bytes that were verified, then every folder is synced.
CopyResult copyVerifiedPack(const PackSource& source, const PackVerification& verified,
                            const std::string& dir, const StateEnvironment& env);

}  // namespace kiosk
