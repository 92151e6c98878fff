#include "install/pack_copy.hpp"

#include <sys/stat.h>

#include <set>

#include "content/manifest.hpp"
#include "content/pack_paths.hpp"
#include "install/durable_files.hpp"
#include "install/pack_signature.hpp"

namespace kiosk {

namespace {

constexpr uint64_t kBlockBytes = 4096;

CopyResult copyFailure(const std::string& file, const std::string& why,
                       bool sourceChanged = false) {
    CopyResult result;
    result.file = file;
    result.why = why;
    result.sourceChanged = sourceChanged;
    return result;
}

// Makes the folders above `path` inside `dir`, remembering each for the sync.
std::string makeParents(const std::string& dir, const std::string& path,
                        std::set<std::string>& made, const DurableSteps& steps) {
    for (size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        const std::string folder = joinPackPath(dir, path.substr(0, slash));
        if (made.count(folder)) continue;
        if (::mkdir(folder.c_str(), 0755) != 0) return folder + ": cannot be created";
        steps.done("mkdir " + folder);
        made.insert(folder);
    }
    return {};
}

std::string writeBytes(const std::string& path, const std::string& bytes,
                       const DurableSteps& steps) {
    NewFile file(path, 0444);
    file.write(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return file.finish(steps);
}

}  // namespace

uint64_t diskBytesNeeded(const Manifest& manifest) {
    uint64_t bytes = 4 * kBlockBytes;  // pack.json, pack.sig, the folder itself
    for (const auto& file : manifest.files)
        bytes += (file.size + kBlockBytes - 1) / kBlockBytes * kBlockBytes + kBlockBytes;
    return bytes;
}

CopyResult copyVerifiedPack(const PackSource& source, const PackVerification& verified,
                            const std::string& dir, const StateEnvironment& env) {
    const DurableSteps& steps = env.steps;
    uint64_t total = 0, done = 0;
    for (const auto& file : verified.manifest.files) total += file.size;
    if (env.progress) env.progress(0, total);

    std::set<std::string> folders;
    for (const auto& file : verified.manifest.files) {
        const std::string target = joinPackPath(dir, file.path);
        std::string why = makeParents(dir, file.path, folders, steps);
        if (!why.empty()) return copyFailure(file.path, why);
        NewFile out(target, 0444);
        if (!out.error().empty()) return copyFailure(file.path, out.error());
        std::string digest;
        const bool read = hashSourceFile(source, file.path, file.size, digest, why,
                                         [&](const unsigned char* data, size_t n) {
                                             if (!out.write(data, n)) return false;
                                             done += n;
                                             if (env.progress) env.progress(done, total);
                                             return true;
                                         });
        if (!out.error().empty()) return copyFailure(file.path, out.error());
        if (!read) {
            CopyResult result = copyFailure(file.path, why);
            result.sourceUnreadable = true;
            return result;
        }
        if (digest != file.sha256)
            return copyFailure(file.path,
                               "changed while being copied: SHA-256 is now " + digest +
                                   "; the manifest says " + file.sha256,
                               true);
        why = out.finish(steps);
        if (!why.empty()) return copyFailure(file.path, why);
    }
    std::string why = writeBytes(joinPackPath(dir, kManifestFile), verified.manifestBytes, steps);
    if (why.empty() && !verified.signatureText.empty())
        why = writeBytes(joinPackPath(dir, kSignatureFile), verified.signatureText, steps);
    if (!why.empty()) return copyFailure(kManifestFile, why);
    // Deepest first, so that each folder's entry is durable before its parent's.
    for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
        why = syncFolder(*it, steps);
        if (!why.empty()) return copyFailure(*it, why);
    }
    why = syncFolder(dir, steps);
    if (!why.empty()) return copyFailure(dir, why);
    CopyResult result;
    result.ok = true;
    return result;
}

}  // namespace kiosk
