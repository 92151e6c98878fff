#include "install/set_aside_packs.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "content/manifest.hpp"
#include "content/sha256.hpp"

namespace kiosk {

namespace {

// A venue sets aside a pack a year or so; the list only needs to outlast a
// stick left in the kiosk.
constexpr size_t kKeepEntries = 100;

bool isSha256Hex(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
           });
}

std::string lineFor(const SetAsidePack& p) {
    return p.manifestSha256 + " " + std::to_string(p.time) + " " + std::to_string(p.uncleanEnds) +
           " " + p.pack + "\n";
}

}  // namespace

std::vector<SetAsidePack> readSetAsidePacks(const StateFolder& state) {
    std::vector<SetAsidePack> packs;
    std::ifstream in(state.setAside);
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        SetAsidePack p;
        InstalledPack name;
        std::string extra;
        if (fields >> p.manifestSha256 >> p.time >> p.uncleanEnds >> p.pack && !(fields >> extra) &&
            isSha256Hex(p.manifestSha256) && parsePackFolderName(p.pack, name))
            packs.push_back(p);
    }
    return packs;
}

std::string rememberSetAsidePack(const StateFolder& state, const SetAsidePack& pack,
                                 const DurableSteps& steps) {
    std::vector<SetAsidePack> packs = readSetAsidePacks(state);
    packs.erase(std::remove_if(packs.begin(), packs.end(),
                               [&](const SetAsidePack& p) {
                                   return p.manifestSha256 == pack.manifestSha256;
                               }),
                packs.end());
    packs.push_back(pack);
    std::string text;
    for (size_t i = packs.size() > kKeepEntries ? packs.size() - kKeepEntries : 0;
         i < packs.size(); ++i)
        text += lineFor(packs[i]);
    return replaceFile(state.setAside, text, steps);
}

std::string manifestSha256Of(const std::string& source, const PackLimits& limits,
                             std::string& why) {
    Problem problem;
    const auto opened = openPackSource(source, limits, problem);
    if (!opened) {
        why = problem.format();
        return {};
    }
    std::string bytes;
    if (!readWholeFile(*opened, kManifestFile, limits.maxManifestBytes, bytes, why)) return {};
    return sha256OfBytes(bytes);
}

std::optional<SetAsidePack> findSetAsidePack(const StateFolder& state, const std::string& source,
                                             const PackLimits& limits) {
    const std::vector<SetAsidePack> packs = readSetAsidePacks(state);
    if (packs.empty()) return std::nullopt;  // the usual case: the stick is not even read
    std::string why;
    const std::string sha256 = manifestSha256Of(source, limits, why);
    if (sha256.empty()) return std::nullopt;  // the installer reads it again and says why
    for (const auto& p : packs)
        if (p.manifestSha256 == sha256) return p;
    return std::nullopt;
}

}  // namespace kiosk
