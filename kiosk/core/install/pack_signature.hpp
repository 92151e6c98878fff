#pragma once
#include <string>
#include <vector>

#include "content/problem.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

// A pack is signed by an Ed25519 signature over the exact bytes of pack.json,
// kept beside it in pack.sig:
//   {"algorithm": "ed25519", "key_id": "<16 hex>", "signature": "<128 hex>"}
// pack.json lists every other file with its size and SHA-256, so the one
// signature covers the whole pack.
constexpr const char* kSignatureFile = "pack.sig";
constexpr size_t kMaxSignatureFileBytes = 4096;

// The pack.sig text for `manifestBytes` signed with `key`.
std::string signatureFileText(const std::string& manifestBytes, const SecretKey& key);

enum class SignatureStatus {
    Good,       // verifies with a trusted key
    Missing,    // no pack.sig
    Malformed,  // pack.sig is not what it should be
    Untrusted,  // signed by a key the device does not trust
    Bad,        // claims a trusted key but does not verify: pack.json changed or damage
};

struct SignatureCheck {
    SignatureStatus status = SignatureStatus::Missing;
    std::string keyId;  // the key that verified, or the one pack.sig names
    Problem problem;    // what is wrong, with its place (pack.sig and a pointer)
};

// Checks `signatureText` (the content of pack.sig; empty when there is none,
// with `present` false) against the manifest bytes and the trusted keys.
SignatureCheck checkSignature(const std::string& manifestBytes, bool present,
                              const std::string& signatureText,
                              const std::vector<PublicKey>& trusted);

// Signs the pack folder `packDir`: writes pack.sig (replacing one, atomically)
// for its current pack.json. Returns what went wrong, or an empty string.
std::string signPack(const std::string& packDir, const std::string& secretKeyPath);

}  // namespace kiosk
