#include "install/pack_verification.hpp"

#include <sodium.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <set>

#include "content/manifest.hpp"
#include "content/sha256.hpp"
#include "content/strict_json.hpp"

namespace kiosk {

namespace {

PackVerification& fail(PackVerification& result, VerifyStatus status, const std::string& file,
                       const std::string& pointer, const std::string& message) {
    result.status = status;
    result.problem = Problem{Problem::Severity::Error, file, pointer, message};
    return result;
}

// True when the signature lets the pack through; otherwise `result` says why not.
bool acceptSignature(const SignatureCheck& check, const VerifyOptions& options,
                     PackVerification& result) {
    result.keyId = check.keyId;
    if (check.status == SignatureStatus::Good) {
        result.status = VerifyStatus::Verified;
        return true;
    }
    if (options.allowUnsigned) {
        result.status = VerifyStatus::VerifiedUnsigned;
        return true;
    }
    result.problem = check.problem;
    result.status =
        check.status == SignatureStatus::Missing ? VerifyStatus::Unsigned : VerifyStatus::Untrusted;
    return false;
}

bool withinLimits(const Manifest& manifest, const PackLimits& limits, PackVerification& result) {
    if (manifest.files.size() > limits.maxFiles) {
        fail(result, VerifyStatus::TooLarge, kManifestFile, "/files",
             "lists " + std::to_string(manifest.files.size()) + " files; the limit is " +
                 std::to_string(limits.maxFiles));
        return false;
    }
    uint64_t total = 0;
    for (size_t i = 0; i < manifest.files.size(); ++i) {
        const uint64_t size = manifest.files[i].size;
        total += size;
        if (size > limits.maxFileBytes || total > limits.maxTotalBytes) {
            const bool one = size > limits.maxFileBytes;
            fail(result, VerifyStatus::TooLarge, kManifestFile,
                 "/files/" + std::to_string(i) + "/size",
                 one ? "is " + std::to_string(size) + " bytes; the limit for one file is " +
                           std::to_string(limits.maxFileBytes)
                     : "brings the pack past " + std::to_string(limits.maxTotalBytes) +
                           " bytes; that is the limit for a pack");
            return false;
        }
    }
    return true;
}

// The manifest's own checks: it parses, and it lists every file the pack uses.
bool readManifest(PackVerification& result) {
    ProblemList parsing;
    const auto document = parseStrictJson(result.manifestBytes, kManifestFile, parsing);
    if (!document) {
        const Problem first = parsing.errors().front();
        fail(result, VerifyStatus::BadManifest, kManifestFile, first.pointer, first.message);
        return false;
    }
    ProblemList problems;
    if (!parseManifest(*document, true, result.manifest, problems)) {
        const auto errors = problems.errors();
        result.status = VerifyStatus::BadManifest;
        result.problem =
            errors.empty() ? Problem{Problem::Severity::Error, kManifestFile, "", "cannot be read"}
                           : errors.front();
        return false;
    }
    std::set<std::string> listed;
    for (const auto& file : result.manifest.files) listed.insert(file.path);
    for (const auto& path : contentPaths(result.manifest.content))
        if (!listed.count(path)) {
            fail(result, VerifyStatus::BadManifest, kManifestFile, "/files",
                 "lacks \"" + path +
                     "\"; every file the pack uses must be listed with its size and SHA-256");
            return false;
        }
    return true;
}

}  // namespace

bool hashSourceFile(const PackSource& source, const std::string& path, uint64_t size,
                    std::string& sha256, std::string& why, const ChunkSink& also) {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    uint64_t seen = 0;
    bool stopped = false;
    const bool read = source.readFile(
        path,
        [&](const unsigned char* data, size_t n) {
            seen += n;
            if (seen > size) return false;  // grew: no need to read on
            crypto_hash_sha256_update(&state, data, n);
            stopped = also && !also(data, n);
            return !stopped;
        },
        why);
    if (!read) return false;
    if (stopped) {
        why = "cannot be copied";
        return false;
    }
    if (seen != size) {
        why = "file is " + std::string(seen > size ? "more than " : "") + std::to_string(seen) +
              " bytes as read; the manifest says " + std::to_string(size);
        return false;
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    sha256 = toHex(digest, sizeof digest);
    return true;
}

PackVerification verifyPackSource(const PackSource& source, const std::vector<PublicKey>& trusted,
                                  const VerifyOptions& options) {
    PackVerification result;
    std::string why;
    if (!readWholeFile(source, kManifestFile, options.limits.maxManifestBytes, result.manifestBytes,
                       why))
        return fail(result, VerifyStatus::BadManifest, kManifestFile, "",
                    why == "file is missing" ? "file is missing; this is not a pack" : why);
    result.manifestSha256 = sha256OfBytes(result.manifestBytes);

    bool signed_ =
        readWholeFile(source, kSignatureFile, kMaxSignatureFileBytes, result.signatureText, why);
    if (!signed_ && why != "file is missing")
        return fail(result, VerifyStatus::Untrusted, kSignatureFile, "", why);
    if (!acceptSignature(
            checkSignature(result.manifestBytes, signed_, result.signatureText, trusted), options,
            result))
        return result;
    const VerifyStatus accepted = result.status;

    if (!readManifest(result) || !withinLimits(result.manifest, options.limits, result))
        return result;

    const auto& files = result.manifest.files;
    for (size_t i = 0; i < files.size(); ++i) {
        const PackFile& file = files[i];
        const auto size = source.fileSize(file.path, why);
        if (!size)
            return fail(result, VerifyStatus::Damaged, file.path, "",
                        why == "file is missing"
                            ? why + "; the manifest lists it at /files/" + std::to_string(i)
                            : why);
        if (*size != file.size)
            return fail(result, VerifyStatus::Damaged, file.path, "",
                        "file is " + std::to_string(*size) + " bytes; the manifest says " +
                            std::to_string(file.size));
        if (!options.checkHashes) continue;
        std::string digest;
        if (!hashSourceFile(source, file.path, file.size, digest, why))
            return fail(result, VerifyStatus::Damaged, file.path, "", why);
        if (digest != file.sha256)
            return fail(result, VerifyStatus::Damaged, file.path, "",
                        "SHA-256 is " + digest + "; the manifest says " + file.sha256 +
                            " (the file was changed or damaged)");
    }
    result.status = accepted;
    return result;
}

PackVerification verifyPack(const std::string& path, const std::vector<PublicKey>& trusted,
                            const VerifyOptions& options) {
    Problem problem;
    const auto source = openPackSource(path, options.limits, problem);
    if (!source) {
        // An archive that cannot be read whole is damaged; a path that is not
        // there or not a pack at all cannot be read.
        struct stat st {};
        const bool archive = ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
        PackVerification result;
        result.status = archive ? VerifyStatus::Damaged : VerifyStatus::Unreadable;
        result.problem = problem;
        return result;
    }
    return verifyPackSource(*source, trusted, options);
}

}  // namespace kiosk
