#include "install/pack_integrity.hpp"

#include "content/manifest.hpp"
#include "install/pack_source.hpp"
#include "install/pack_verification.hpp"

namespace kiosk {

namespace {

// pack.sig over the pack.json on disk now: a pack.json changed since the
// kiosk loaded it no longer verifies.
void checkSignatureNow(const PackSource& source, const std::vector<PublicKey>& trusted,
                       PackIntegrity& result) {
    std::string manifestBytes, signature, why;
    if (!readWholeFile(source, kManifestFile, PackLimits{}.maxManifestBytes, manifestBytes, why)) {
        result.signature = SignatureStatus::Bad;
        result.damaged.push_back({Problem::Severity::Error, kManifestFile, "", why});
        return;
    }
    const bool present =
        readWholeFile(source, kSignatureFile, kMaxSignatureFileBytes, signature, why);
    if (!present && why != "file is missing") {
        result.signature = SignatureStatus::Malformed;
        return;
    }
    const SignatureCheck check = checkSignature(manifestBytes, present, signature, trusted);
    result.signature = check.status;
    result.keyId = check.keyId;
}

// One listed file: its size, then its SHA-256; the problem when it fails.
bool checkFile(const PackSource& source, const PackFile& file, Problem& problem) {
    std::string why, digest;
    const auto size = source.fileSize(file.path, why);
    std::string message;
    if (!size)
        message = why;
    else if (*size != file.size)
        message = "file is " + std::to_string(*size) + " bytes; the manifest says " +
                  std::to_string(file.size);
    else if (!hashSourceFile(source, file.path, file.size, digest, why))
        message = why;
    else if (digest != file.sha256)
        message = "SHA-256 is " + digest + "; the manifest says " + file.sha256 +
                  " (the file was changed or damaged)";
    if (message.empty()) return true;
    problem = {Problem::Severity::Error, file.path, "", message};
    return false;
}

}  // namespace

PackIntegrity checkPackIntegrity(const std::string& dir, const std::vector<PackFile>& files,
                                 const std::vector<PublicKey>& trusted,
                                 const IntegrityProgress& progress) {
    PackIntegrity result;
    result.filesListed = files.size();
    std::string why;
    const auto source = openPackFolder(dir, why);
    if (!source) {
        result.unreadable = dir + ": " + why;
        return result;
    }
    checkSignatureNow(*source, trusted, result);
    uint64_t total = 0, done = 0;
    for (const PackFile& file : files) total += file.size;
    for (const PackFile& file : files) {
        Problem problem;
        if (!checkFile(*source, file, problem)) result.damaged.push_back(problem);
        ++result.filesChecked;
        done += file.size;
        if (progress) progress(done, total);
    }
    return result;
}

}  // namespace kiosk
