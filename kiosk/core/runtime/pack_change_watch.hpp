#pragma once
#include "runtime/folder_snapshot.hpp"

namespace kiosk {

// How a watched pack folder is looked at (kiosk --watch). An editor's save is
// often several writes (a temporary file, a rename, a second file saved with
// it); the pack reloads once the folder has been still for `quietSeconds`, so
// that a burst of saves loads once, and at the latest `longestWaitSeconds`
// after the first change, so that a folder that never stops changing (a long
// copy) is still shown as it is.
struct PackWatchTiming {
    double lookEverySeconds = 0.1;
    double quietSeconds = 0.15;
    double longestWaitSeconds = 1.0;
};

// The decision when to reload a watched pack, on the caller's clock: fed one
// snapshot of the folder per look, it says when the folder holds changes not
// yet loaded and has settled. Pure: no file is read here.
class PackChangeWatch {
  public:
    // `loaded`: the folder as the content on screen was read from it.
    explicit PackChangeWatch(FolderSnapshot loaded, PackWatchTiming timing = {});

    // The folder as it is at `now`. True when the pack should be reloaded
    // now; the snapshot then counts as loaded (changes from here on, even
    // while that reload runs, lead to the next one).
    bool observe(FolderSnapshot snapshot, double now);
    // When the folder should next be looked at.
    double nextLookAt() const { return nextLookAt_; }
    // Changes have been seen that are not loaded yet.
    bool changesWaiting() const { return latest_ != loaded_; }
    // What the last reload saw changed, for the log.
    const std::string& lastChanges() const { return lastChanges_; }

  private:
    PackWatchTiming timing_;
    FolderSnapshot loaded_;
    FolderSnapshot latest_;
    double firstChangeAt_ = 0.0;  // of the changes not loaded yet
    double lastChangeAt_ = 0.0;
    double nextLookAt_ = 0.0;
    std::string lastChanges_;
};

}  // namespace kiosk
