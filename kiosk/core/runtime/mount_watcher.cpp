#include "runtime/mount_watcher.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <deque>
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

// One entry of a folder and its type as the folder itself tells it (d_type),
// so that a stick of 20,000 photos costs no stat call per photo.
struct Entry {
    std::string name;
    unsigned char type = DT_UNKNOWN;
    bool operator<(const Entry& other) const { return name < other.name; }
};

// Entries of `dir` (no dot entries), sorted so that scans are reproducible.
// Reads the whole folder, charging each entry to `budget`; false when the
// budget ran out first (the entries read so far are kept).
bool listDir(const std::string& dir, size_t& budget, std::vector<Entry>& entries) {
    entries.clear();
    std::unique_ptr<DIR, DirCloser> d(opendir(dir.c_str()));
    if (!d) return true;
    bool complete = true;
    while (const dirent* e = readdir(d.get())) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        if (budget == 0) {
            complete = false;
            break;
        }
        --budget;
        entries.push_back({name, e->d_type});
    }
    std::sort(entries.begin(), entries.end());
    return complete;
}

bool lstatOf(const std::string& path, struct stat& st) {
    return ::lstat(path.c_str(), &st) == 0;
}

// Breadth first, so that a pack near the top of a stick is found whatever
// lies deeper (a camera's DCIM folder of ten thousand photos), and every entry
// looked at is charged to one budget for the volume. Returns false when the
// budget ran out before every folder within `depth` was read.
bool isPackFolder(const std::string& dir) {
    struct stat st {};
    return lstatOf(dir + "/pack.json", st) && S_ISREG(st.st_mode);
}

bool search(const std::string& top, int depth, size_t budget, std::vector<PackCandidate>& out) {
    if (isPackFolder(top)) {
        out.push_back({top, false});
        return true;
    }
    std::deque<std::pair<std::string, int>> folders{{top, depth}};
    std::vector<Entry> entries;
    while (!folders.empty()) {
        const auto [dir, levelsBelow] = folders.front();
        folders.pop_front();
        const bool complete = listDir(dir, budget, entries);
        for (const auto& [name, type] : entries) {
            if (name[0] == '.') continue;  // .Trash-1000, .Spotlight-V100 and the like
            const bool archive = isPackArchiveName(name);
            // Only what could matter is looked at: a file named like an
            // archive, a folder, or what the folder would not say.
            if (type != DT_UNKNOWN && type != DT_DIR && !(type == DT_REG && archive)) continue;
            const std::string path = dir + "/" + name;
            struct stat st {};
            if (!lstatOf(path, st)) continue;
            // A pack is recognised when its folder is seen, not when its turn
            // to be read comes, which a spent budget may never bring.
            if (S_ISREG(st.st_mode) && archive) {
                out.push_back({path, true});
            } else if (S_ISDIR(st.st_mode) && levelsBelow > 0) {
                if (isPackFolder(path))
                    out.push_back({path, false});
                else
                    folders.push_back({path, levelsBelow - 1});
            }
        }
        if (!complete) return false;
    }
    return true;
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
                                              size_t maxEntries, bool* complete) {
    std::vector<PackCandidate> out;
    const bool searchedAll = search(dir, depth, maxEntries, out);
    if (complete) *complete = searchedAll;
    return out;
}

MountWatcher::MountWatcher(std::vector<std::string> roots, MountWatchLimits limits)
    : roots_(std::move(roots)), limits_(limits) {}

MountScan MountWatcher::scan() {
    MountScan result;
    std::map<std::string, Seen> now;
    std::set<std::string> volumes;
    std::set<std::string> overBudget;
    std::vector<Entry> volumeEntries, firstEntry;
    for (const auto& root : roots_) {
        size_t rootBudget = limits_.maxEntriesPerVolume;
        if (!listDir(root, rootBudget, volumeEntries)) {
            if (!overBudget_.count(root)) result.volumesOverBudget.push_back(root);
            overBudget.insert(root);
        }
        for (const auto& [name, type] : volumeEntries) {
            const std::string volume = root + "/" + name;
            struct stat st {};
            if (!lstatOf(volume, st)) continue;
            if (!S_ISDIR(st.st_mode) && !(S_ISREG(st.st_mode) && isPackArchiveName(name))) continue;
            volumes.insert(volume);
            std::vector<PackCandidate> found;
            if (S_ISDIR(st.st_mode) &&
                !search(volume, limits_.maxDepth - 1, limits_.maxEntriesPerVolume, found)) {
                // Said once per time the stick is plugged in, not at every scan.
                if (!overBudget_.count(volume)) result.volumesOverBudget.push_back(volume);
                overBudget.insert(volume);
            } else if (!S_ISDIR(st.st_mode)) {
                found.push_back({volume, true});
            }
            size_t oneEntry = 1;
            if (found.empty() && !firstScan_ && !volumes_.count(volume) &&
                (listDir(volume, oneEntry, firstEntry), !firstEntry.empty()))
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
    overBudget_ = std::move(overBudget);
    firstScan_ = false;
    return result;
}

}  // namespace kiosk
