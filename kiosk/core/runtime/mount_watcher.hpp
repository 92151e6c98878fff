#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kiosk {

// A pack offered on a mounted volume: a folder holding pack.json, or a pack
// archive (*.kpack, *.tar).
struct PackCandidate {
    std::string path;
    bool archive = false;
};

// What one look at the mount roots found.
struct MountScan {
    // Candidates that are new since the last scan and have stopped changing
    // (seen the same in two scans running): ready to verify and install.
    std::vector<PackCandidate> ready;
    // Volumes (top-level folders of a root) that appeared since the first scan
    // and hold no pack anywhere the watcher looks: staff should hear about it.
    std::vector<std::string> volumesWithoutPack;
    // Volumes (or roots) whose search ran out of its budget before every folder
    // was read, so a pack may have been missed: the log should say so. Each is
    // reported once while it stays mounted.
    std::vector<std::string> volumesOverBudget;
};

// Bounds on the search, so that a stick with a huge tree cannot keep the
// watcher busy. The budget is for the whole volume, not per folder: a busy
// folder is read to its end (a pack listed after 10,000 photos is found), and
// the search, breadth first, stops only when the volume's budget is spent.
// Reading 20,000 names costs about 20 ms (tmpfs, a 2-core x86 PC), on the
// watcher's own thread, every couple of seconds while such a stick is in.
struct MountWatchLimits {
    int maxDepth = 4;  // below the root: /media/<user>/<label>/<folder>/<pack>
    size_t maxEntriesPerVolume = 20000;  // entries looked at on one volume per scan
};

// Watches the mount roots (default /media, /run/media, /mnt) for packs on
// newly mounted volumes by looking at them when asked (every couple of
// seconds): polling needs no privileges, works for every way a stick gets
// mounted, and costs a few directory reads. It never writes anything.
// A candidate is reported once; when it goes away (stick pulled) and comes
// back it is reported again.
class MountWatcher {
  public:
    explicit MountWatcher(std::vector<std::string> roots, MountWatchLimits limits = {});

    MountScan scan();

    const std::vector<std::string>& roots() const { return roots_; }
    const MountWatchLimits& limits() const { return limits_; }

  private:
    struct Seen {
        std::string signature;  // what the candidate looked like at the last scan
        bool reported = false;
    };
    std::vector<std::string> roots_;
    MountWatchLimits limits_;
    std::map<std::string, Seen> candidates_;
    std::set<std::string> volumes_;
    std::set<std::string> overBudget_;
    bool firstScan_ = true;
};

// The candidates under `dir`, searching at most `depth` folders down (a folder
// that is a pack is not searched further), breadth first, looking at no more
// than `maxEntries` entries in all; `complete` (when given) tells whether every
// folder was read. Symbolic links are not followed.
std::vector<PackCandidate> findPackCandidates(const std::string& dir, int depth,
                                              size_t maxEntries = 20000,
                                              bool* complete = nullptr);

}  // namespace kiosk
