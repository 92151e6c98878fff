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
};

// Bounds on the search, so that a stick with a huge tree cannot keep the
// watcher busy.
struct MountWatchLimits {
    int maxDepth = 4;  // below the root: /media/<user>/<label>/<folder>/<pack>
    size_t maxEntriesPerDir = 256;  // entries looked at in any one folder
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

  private:
    struct Seen {
        std::string signature;  // what the candidate looked like at the last scan
        bool reported = false;
    };
    std::vector<std::string> roots_;
    MountWatchLimits limits_;
    std::map<std::string, Seen> candidates_;
    std::set<std::string> volumes_;
    bool firstScan_ = true;
};

// The candidates under `dir`, searching at most `depth` folders down (a folder
// that is a pack is not searched further). Symbolic links are not followed.
std::vector<PackCandidate> findPackCandidates(const std::string& dir, int depth,
                                              size_t maxEntriesPerDir = 256);

}  // namespace kiosk
