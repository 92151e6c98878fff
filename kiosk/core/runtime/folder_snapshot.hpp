#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace kiosk {

// What a file looked like when a folder was last looked at: a save changes
// its size or its modification time (to the nanosecond where the file system
// keeps it), a rename or a new file adds a name, a removal drops one.
struct FileStamp {
    uint64_t size = 0;
    int64_t modifiedNs = 0;

    bool operator==(const FileStamp& o) const {
        return size == o.size && modifiedNs == o.modifiedNs;
    }
    bool operator!=(const FileStamp& o) const { return !(*this == o); }
};

// Every file under a folder by its path relative to it. An empty snapshot is
// also what a folder that is not there (mid-rename) gives.
using FolderSnapshot = std::map<std::string, FileStamp>;

// Names an author's tools write beside the files they edit and that are no
// part of a pack: hidden files and folders (".file.swp", ".git"), backups
// ending in "~", Emacs's "#file#" and LibreOffice's ".~lock" files. Their
// changes do not reload the pack.
bool ignoredByPackWatch(const std::string& name);

// Reads the stamps of every file under `dir`, recursively, leaving out what
// ignoredByPackWatch names. Never throws: what cannot be read is left out.
FolderSnapshot snapshotFolder(const std::string& dir);

// The paths whose stamps differ between two snapshots (added, removed or
// changed), a few by name; for the log line that says what a reload saw.
std::string describeChanges(const FolderSnapshot& before, const FolderSnapshot& after,
                            size_t mostNamed = 3);

}  // namespace kiosk
