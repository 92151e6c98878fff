// Sound files a pack names: decoded to their end at load time, so that a pack
// with a broken sound is refused with a clear message rather than playing
// silence on the kiosk (which would still carry on, logging it once).
#include <fstream>
#include <sstream>

#include "content/cross_checks.hpp"
#include "content/manifest.hpp"
#include "content/pack_paths.hpp"
#include "content/sound_file_check.hpp"

namespace kiosk {

namespace {

constexpr size_t kMaxSoundBytes = 16u << 20;

void checkSound(const Pack& pack, const std::string& file, const std::string& pointer,
                const std::string& path, const ListedFiles& listed, PlainFilesBelow& below,
                ProblemList& problems) {
    const auto found = checkReferencedFile(below, pack.root, file, pointer, path, listed, "sound",
                                           kMaxSoundBytes, problems);
    if (!found) return;
    const std::string& full = *found;
    std::ifstream in(full, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string problem = soundFileProblem(bytes.str());
    if (!problem.empty())
        problems.error(file, pointer, "sound \"" + path + "\" cannot be played: " + problem);
}

}  // namespace

void checkSounds(const Pack& pack, ProblemList& problems) {
    const ListedFiles listed = listedFiles(pack.manifest);
    PlainFilesBelow below(pack.root);
    for (const auto& [name, path] : pack.theme.sounds)
        checkSound(pack, pack.manifest.content.theme, "/sounds/" + name, path, listed, below,
                   problems);
}

}  // namespace kiosk
