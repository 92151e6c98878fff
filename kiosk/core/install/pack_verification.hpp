#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "install/pack_signature.hpp"
#include "install/pack_source.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

struct VerifyOptions {
    // Development and preview only: accept a pack whose signature is missing or
    // not from a trusted key. Every file must still match the manifest.
    bool allowUnsigned = false;
    // Hash every file (the default). When false only sizes are compared: for a
    // pack this installer already verified after copying it, at start-up,
    // where hashing hundreds of megabytes would delay the first frame.
    bool checkHashes = true;
    PackLimits limits;
};

enum class VerifyStatus {
    Verified,          // signed by a trusted key, every file matches
    VerifiedUnsigned,  // every file matches; not signed by a trusted key (allowUnsigned)
    Unsigned,          // no pack.sig
    Untrusted,         // signed by a key the device does not trust, or the signature is bad
    BadManifest,       // pack.json or pack.sig unreadable or not what it should be
    Damaged,           // a file is missing or differs from the manifest
    TooLarge,          // beyond PackLimits
    Unreadable,        // the folder or archive cannot be opened at all
};

struct PackVerification {
    VerifyStatus status = VerifyStatus::BadManifest;
    // The first problem found, with its place ("events/2016.json: (file): SHA-256
    // is ..., the manifest says ..."); empty message when verified.
    Problem problem;
    std::string keyId;          // the key the signature names
    std::string manifestBytes;  // exactly what was verified (and what an installer writes)
    std::string signatureText;  // pack.sig, empty when there is none
    std::string manifestSha256;
    Manifest manifest;  // parsed when the signature is good

    bool ok() const {
        return status == VerifyStatus::Verified || status == VerifyStatus::VerifiedUnsigned;
    }
    std::string message() const { return ok() ? std::string() : problem.format(); }
};

// Checks a pack read from any source, in the order that refuses a stranger's
// stick soonest: pack.sig against the trusted keys over the bytes of pack.json,
// then the manifest, then every listed file's size and SHA-256.
PackVerification verifyPackSource(const PackSource& source, const std::vector<PublicKey>& trusted,
                                  const VerifyOptions& options = {});

// The same for a pack folder or archive at `path`.
PackVerification verifyPack(const std::string& path, const std::vector<PublicKey>& trusted,
                            const VerifyOptions& options = {});

// SHA-256 of a source file as hex while feeding `also` (when set) the same
// bytes; false with `why` when it cannot be read or its size is not `size`.
bool hashSourceFile(const PackSource& source, const std::string& path, uint64_t size,
                    std::string& sha256, std::string& why, const ChunkSink& also = {});

}  // namespace kiosk
