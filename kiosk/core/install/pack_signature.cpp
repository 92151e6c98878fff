#include "install/pack_signature.hpp"

#include <sodium.h>
#include <nlohmann/json.hpp>

#include "content/manifest.hpp"
#include "content/strict_json.hpp"
#include "install/durable_files.hpp"
#include "install/pack_verification.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

constexpr size_t kSignatureBytes = crypto_sign_BYTES;

bool isHex(const std::string& s, size_t digits) {
    if (s.size() != digits) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

SignatureCheck failure(SignatureStatus status, const std::string& pointer,
                       const std::string& message) {
    SignatureCheck check;
    check.status = status;
    check.problem.file = kSignatureFile;
    check.problem.pointer = pointer;
    check.problem.message = message;
    return check;
}

bool verifies(const std::string& manifestBytes, const unsigned char* signature,
              const PublicKey& key) {
    return crypto_sign_verify_detached(signature,
                                       reinterpret_cast<const unsigned char*>(manifestBytes.data()),
                                       manifestBytes.size(), key.bytes.data()) == 0;
}

// Reads the string field `key` of pack.sig, or says what is wrong with it.
std::string stringField(const json& document, const std::string& key, std::string& out) {
    const auto it = document.find(key);
    if (it == document.end()) return "is missing";
    if (!it->is_string()) return "is not a string";
    out = it->get<std::string>();
    return {};
}

}  // namespace

std::string signatureFileText(const std::string& manifestBytes, const SecretKey& key) {
    unsigned char signature[kSignatureBytes];
    crypto_sign_detached(signature, nullptr,
                         reinterpret_cast<const unsigned char*>(manifestBytes.data()),
                         manifestBytes.size(), key.data());
    const json document = {{"algorithm", "ed25519"},
                           {"key_id", key.publicKey().keyId()},
                           {"signature", toHex(signature, sizeof signature)}};
    return document.dump(2) + "\n";
}

SignatureCheck checkSignature(const std::string& manifestBytes, bool present,
                              const std::string& signatureText,
                              const std::vector<PublicKey>& trusted) {
    if (!present)
        return failure(SignatureStatus::Missing, "",
                       "file is missing; the pack is not signed (sign it with kiosk-pack sign)");
    ProblemList parsing;
    const json document = parseStrictJson(signatureText, kSignatureFile, parsing)
                              .value_or(json(json::value_t::discarded));
    for (const Problem& p : parsing.errors())
        if (!p.pointer.empty()) return failure(SignatureStatus::Malformed, p.pointer, p.message);
    if (document.is_discarded() || !document.is_object())
        return failure(SignatureStatus::Malformed, "",
                       "is not a JSON object; the signature is damaged");
    std::string algorithm, keyId, signatureHex;
    std::string why = stringField(document, "algorithm", algorithm);
    if (why.empty() && algorithm != "ed25519")
        why = "is \"" + algorithm.substr(0, 40) + "\"; expected \"ed25519\"";
    if (!why.empty()) return failure(SignatureStatus::Malformed, "/algorithm", why);
    why = stringField(document, "key_id", keyId);
    if (why.empty() && !isHex(keyId, 16))
        why = "is not a key id; expected 16 lower-case hex digits";
    if (!why.empty()) return failure(SignatureStatus::Malformed, "/key_id", why);
    why = stringField(document, "signature", signatureHex);
    unsigned char signature[kSignatureBytes];
    if (why.empty() && !(isHex(signatureHex, kSignatureBytes * 2) &&
                         fromHex(signatureHex, signature, sizeof signature)))
        why = "is not an Ed25519 signature; expected " + std::to_string(kSignatureBytes * 2) +
              " lower-case hex digits";
    if (!why.empty()) return failure(SignatureStatus::Malformed, "/signature", why);

    const PublicKey* named = nullptr;
    for (const auto& key : trusted)
        if (key.keyId() == keyId) named = &key;
    if (named) {
        if (verifies(manifestBytes, signature, *named)) return {SignatureStatus::Good, keyId, {}};
        auto check =
            failure(SignatureStatus::Bad, "/signature",
                    "does not verify with trusted key " + keyId +
                        "; pack.json was changed after signing, or the signature is damaged");
        check.keyId = keyId;
        return check;
    }
    // key_id is only a hint: a signature good under any trusted key is good.
    for (const auto& key : trusted)
        if (verifies(manifestBytes, signature, key))
            return {SignatureStatus::Good, key.keyId(), {}};
    auto check = failure(SignatureStatus::Untrusted, "/key_id",
                         "\"" + keyId + "\" is not a trusted key" +
                             (trusted.empty() ? "; this device trusts no keys"
                                              : "; the pack was signed by someone else"));
    check.keyId = keyId;
    return check;
}

std::string signPack(const std::string& packDir, const std::string& secretKeyPath) {
    if (sodium_init() < 0) return "libsodium cannot start";
    SecretKey key;
    std::string why = readSecretKeyFile(secretKeyPath, key);
    if (!why.empty()) return why;
    // Signing vouches for every file, so they must match the manifest first.
    VerifyOptions options;
    options.allowUnsigned = true;
    const PackVerification verification = verifyPack(packDir, {}, options);
    if (!verification.ok()) return "not signed: " + verification.problem.format();
    DurableSteps steps;
    return replaceFile(packDir + "/" + kSignatureFile,
                       signatureFileText(verification.manifestBytes, key), steps);
}

}  // namespace kiosk
