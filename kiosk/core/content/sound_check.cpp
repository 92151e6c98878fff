// Sound files a pack names: checked by their header at load time, so that a
// pack with a broken sound is refused with a clear message rather than playing
// silence on the kiosk (which would still carry on, logging it once).
#include <sys/stat.h>

#include <fstream>
#include <set>

#include "content/cross_checks.hpp"
#include "content/pack_paths.hpp"

namespace kiosk {

namespace {

constexpr size_t kMaxSoundBytes = 16u << 20;
constexpr size_t kHeaderBytes = 4096;

uint32_t le(const std::string& b, size_t at, int count) {
    uint32_t v = 0;
    for (int i = count - 1; i >= 0; --i) v = (v << 8) | uint8_t(b[at + size_t(i)]);
    return v;
}

// Empty when the RIFF/WAVE header describes PCM or float audio that SDL_mixer
// plays; otherwise what is wrong.
std::string wavProblem(const std::string& b) {
    for (size_t at = 12; at + 8 <= b.size();) {
        const std::string id = b.substr(at, 4);
        const uint32_t size = le(b, at + 4, 4);
        if (id == "fmt ") {
            if (size < 16 || at + 8 + 16 > b.size()) return "its fmt chunk is cut short";
            const uint32_t format = le(b, at + 8, 2), channels = le(b, at + 10, 2),
                           rate = le(b, at + 12, 4), bits = le(b, at + 22, 2);
            if (format != 1 && format != 3 && format != 0xFFFE)
                return "WAV encoding " + std::to_string(format) +
                       " is not played; expected PCM or float";
            if (channels < 1 || channels > 8)
                return std::to_string(channels) + " channels; expected 1 to 8";
            if (rate < 8000 || rate > 192000)
                return std::to_string(rate) + " Hz; expected 8000 to 192000";
            if (bits != 8 && bits != 16 && bits != 24 && bits != 32)
                return std::to_string(bits) + " bits per sample; expected 8, 16, 24 or 32";
            return "";
        }
        at += 8 + size + (size & 1);
    }
    return "its WAV header has no fmt chunk";
}

// Empty for a WAV or OGG Vorbis file whose header can be played.
std::string headerProblem(const std::string& b) {
    if (b.size() >= 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WAVE") == 0)
        return wavProblem(b);
    if (b.size() >= 4 && b.compare(0, 4, "OggS") == 0)
        return b.find("\x01vorbis") != std::string::npos ? ""
                                                         : "it is an Ogg file without Vorbis audio";
    return "it is neither WAV (RIFF/WAVE) nor OGG Vorbis";
}

void checkSound(const Pack& pack, const std::string& file, const std::string& pointer,
                const std::string& path, const std::set<std::string>& listed,
                ProblemList& problems) {
    const auto found = checkReferencedFile(pack.root, file, pointer, path, listed, "sound",
                                           kMaxSoundBytes, problems);
    if (!found) return;
    const std::string& full = *found;
    std::ifstream in(full, std::ios::binary);
    std::string header(kHeaderBytes, '\0');
    in.read(header.data(), std::streamsize(header.size()));
    header.resize(size_t(in.gcount()));
    const std::string problem = headerProblem(header);
    if (!problem.empty())
        problems.error(file, pointer, "sound \"" + path + "\" cannot be played: " + problem);
}

}  // namespace

void checkSounds(const Pack& pack, ProblemList& problems) {
    std::set<std::string> listed;
    for (const auto& f : pack.manifest.files) listed.insert(f.path);
    for (const auto& [name, path] : pack.theme.sounds)
        checkSound(pack, pack.manifest.content.theme, "/sounds/" + name, path, listed, problems);
}

}  // namespace kiosk
