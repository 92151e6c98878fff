#include "runtime/mount_watcher.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <memory>

namespace kiosk {

namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isPackArchiveName(const std::string& name) {
    return endsWith(name, ".kpack") || endsWith(name, ".tar");
}

struct DirCloser {
    void operator()(DIR* d) const { closedir(d); }
};

// Entry names of `dir` (no dot entries), at most `limit`, sorted so that
// scans are reproducible.
std::vector<std::string> listDir(const std::string& dir, size_t limit) {
    std::vector<std::string> names;
    std::unique_ptr<DIR, DirCloser> d(opendir(dir.c_str()));
    if (!d) return names;
    while (const dirent* e = readdir(d.get())) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        if (names.size() >= limit) break;
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool lstatOf(const std::string& path, struct stat& st) {
    return ::lstat(path.c_str(), &st) == 0;
}

void search(const std::string& dir, int depth, size_t limit, std::vector<PackCandidate>& out) {
    struct stat st {};
    if (lstatOf(dir + "/pack.json", st) && S_ISREG(st.st_mode)) {
        out.push_back({dir, false});
        return;
    }
    for (const auto& name : listDir(dir, limit)) {
        if (name[0] == '.') continue;  // .Trash-1000, .Spotlight-V100 and the like
        const std::string path = dir + "/" + name;
        if (!lstatOf(path, st)) continue;
        if (S_ISREG(st.st_mode) && isPackArchiveName(name))
            out.push_back({path, true});
        else if (S_ISDIR(st.st_mode) && depth > 0)
            search(path, depth - 1, limit, out);
    }
}

// Changes when the candidate is replaced or still being written.
std::string signatureOf(const PackCandidate& c) {
    struct stat st {};
    const std::string file = c.archive ? c.path : c.path + "/pack.json";
    if (!lstatOf(file, st)) return {};
    std::string sig = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
                      std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
                      std::to_string(st.st_mtim.tv_nsec);
    if (!c.archive && lstatOf(c.path, st))
        sig += "/" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    return sig;
}

}  // namespace

std::vector<PackCandidate> findPackCandidates(const std::string& dir, int depth,
                                              size_t maxEntriesPerDir) {
    std::vector<PackCandidate> out;
    search(dir, depth, maxEntriesPerDir, out);
    return out;
}

MountWatcher::MountWatcher(std::vector<std::string> roots, MountWatchLimits limits)
    : roots_(std::move(roots)), limits_(limits) {}

MountScan MountWatcher::scan() {
    MountScan result;
    std::map<std::string, Seen> now;
    std::set<std::string> volumes;
    for (const auto& root : roots_) {
        for (const auto& name : listDir(root, limits_.maxEntriesPerDir)) {
            const std::string volume = root + "/" + name;
            struct stat st {};
            if (!lstatOf(volume, st)) continue;
            if (!S_ISDIR(st.st_mode) && !(S_ISREG(st.st_mode) && isPackArchiveName(name))) continue;
            volumes.insert(volume);
            std::vector<PackCandidate> found;
            if (S_ISDIR(st.st_mode))
                search(volume, limits_.maxDepth - 1, limits_.maxEntriesPerDir, found);
            else
                found.push_back({volume, true});
            if (found.empty() && !firstScan_ && !volumes_.count(volume) &&
                !listDir(volume, 1).empty())
                result.volumesWithoutPack.push_back(volume);
            for (const auto& candidate : found) {
                Seen seen;
                seen.signature = signatureOf(candidate);
                const auto before = candidates_.find(candidate.path);
                if (before != candidates_.end()) {
                    seen.reported = before->second.reported;
                    if (before->second.signature != seen.signature) seen.reported = false;
                    // Unchanged since the last look: the copy or mount has settled.
                    if (!seen.reported && before->second.signature == seen.signature &&
                        !seen.signature.empty()) {
                        result.ready.push_back(candidate);
                        seen.reported = true;
                    }
                }
                now[candidate.path] = seen;
            }
        }
    }
    candidates_ = std::move(now);
    volumes_ = std::move(volumes);
    firstScan_ = false;
    return result;
}

}  // namespace kiosk
