#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "install/pack_signature.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

// The self-test's look at the pack on show: unlike verifyPack, which stops
// at the first problem (an installer needs no more), every file listed in
// the manifest is checked, and each that fails is named.
struct PackIntegrity {
    // pack.sig over the pack.json on disk now, against the trusted keys.
    SignatureStatus signature = SignatureStatus::Missing;
    std::string keyId;
    // Files listed and files checked (all of them, unless the folder could
    // not be opened at all).
    size_t filesListed = 0;
    size_t filesChecked = 0;
    // One per file missing or not its manifest's size and SHA-256, with its
    // name ("events/2016.json: (file): SHA-256 is ..., the manifest says ...").
    std::vector<Problem> damaged;
    // Why nothing could be checked (the folder is gone); empty otherwise.
    std::string unreadable;

    bool intact() const { return unreadable.empty() && damaged.empty(); }
};

// How far the check is, in bytes hashed of all the listed bytes.
using IntegrityProgress = std::function<void(uint64_t done, uint64_t total)>;

// Checks the pack folder `dir` against `files` (the manifest of the pack on
// show, as it was loaded): every file's size and SHA-256, and pack.sig over
// pack.json. Reads every byte: run it off the render thread.
PackIntegrity checkPackIntegrity(const std::string& dir, const std::vector<PackFile>& files,
                                 const std::vector<PublicKey>& trusted,
                                 const IntegrityProgress& progress = {});

}  // namespace kiosk
