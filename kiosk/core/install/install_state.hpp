#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "install/durable_files.hpp"

namespace kiosk {

// The state folder the kiosk runs from (`kiosk --state DIR`):
//   packs/<id>-v<version>-<hash>/  installed packs, never changed once there
//                                  (<hash>: first 12 hex of the SHA-256 of pack.json)
//   current -> packs/...           the pack in use; switched by renaming a new
//                                  link over it, which is atomic
//   last-good -> packs/...         the last pack the kiosk loaded and ran
//   staging/                       copies in progress; emptied at every install and start
//   history.jsonl                  one JSON object a line: installs, refusals, rollbacks, fallbacks
//   starts                         the kiosk's runs and their clean ends (crash_loop_guard.hpp)
//   set-aside                      packs that crashed the kiosk, by manifest (set_aside_packs.hpp)
//   lock                           flock(2)ed while the state changes
// A pack folder appears under packs/ only by one rename of a complete, synced,
// verified copy, and `current` only ever names such a folder, so a crash at any
// instant leaves the old pack or the new one in use.
struct StateFolder {
    explicit StateFolder(const std::string& root);
    std::string root, packs, staging, current, lastGood, history, lock, starts, setAside;
    std::string packDir(const std::string& name) const { return packs + "/" + name; }
};

// What the state-changing calls need from the world; injectable for tests.
struct StateEnvironment {
    // Seconds since the epoch, for the history (time comes in as a value).
    int64_t now = 0;
    // Free bytes on the file system holding `dir`; statvfs(3) when unset.
    std::function<std::optional<uint64_t>(const std::string& dir)> freeBytes;
    // Bytes copied so far of the total, for a progress bar.
    std::function<void(uint64_t done, uint64_t total)> progress;
    DurableSteps steps;
};

struct InstalledPack {
    std::string name;  // folder name under packs/
    std::string dir;   // full path
    std::string id;
    int version = 0;
    bool current = false;
    bool lastGood = false;
};

std::string packFolderName(const Manifest& manifest, const std::string& manifestSha256);
// Reads id and version back from a folder name; false for anything else.
bool parsePackFolderName(const std::string& name, InstalledPack& out);

// Installed packs, newest first: by version, then name.
std::vector<InstalledPack> listInstalledPacks(const StateFolder& state);
// The folder name under packs/ that a link (current, last-good) names, or
// empty when there is no such link or it points anywhere else.
std::string linkedPackName(const std::string& link);

// Holds flock(2) on STATE/lock: one installer, rollback or repair at a time
// (the kiosk and kiosk-pack may both be at work). Released on any exit, even
// SIGKILL.
class StateLock {
  public:
    explicit StateLock(const StateFolder& state);
    ~StateLock();
    StateLock(const StateLock&) = delete;
    StateLock& operator=(const StateLock&) = delete;
    bool held() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }

  private:
    int fd_ = -1;
    std::string error_;
};

// Creates the state folder and its subfolders when missing. Error or empty.
std::string prepareStateFolder(const StateFolder& state, const DurableSteps& steps);
// Clears what an interrupted change leaves: staging's contents and half-made
// links. Only under the lock. Returns how many things it removed.
int removeLeftovers(const StateFolder& state);

struct HistoryEntry {
    int64_t time = 0;
    std::string action;   // install, rollback, fallback, mark-good
    std::string outcome;  // installed, refused-downgrade, ...
    std::string pack;     // folder name, when one is concerned
    std::string message;  // plain words
};
std::string appendHistory(const StateFolder& state, const HistoryEntry& entry,
                          const DurableSteps& steps);
// The last `count` entries, oldest first; damaged lines are skipped.
std::vector<HistoryEntry> readHistory(const StateFolder& state, size_t count);

}  // namespace kiosk
