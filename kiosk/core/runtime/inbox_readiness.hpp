#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// One file or folder of a pack in the inbox, as a look at the disk saw it.
struct InboxEntry {
    std::string path;  // relative to the candidate ("events/2016.json"); "" for an archive
    uint64_t size = 0;
    int64_t mtimeNs = 0;
    bool folder = false;
    bool operator==(const InboxEntry& other) const;
};

// Everything under one candidate (a pack folder, or the archive itself), in
// path order. Two listings are equal when nothing was added, removed, grown or
// touched in between.
struct InboxListing {
    std::vector<InboxEntry> entries;
    bool operator==(const InboxListing& other) const { return entries == other.entries; }
    bool operator!=(const InboxListing& other) const { return !(*this == other); }
};

// A name sync tools give a file while they write it and rename when it is
// whole: Syncthing's ".syncthing.NAME.tmp" (and "~syncthing~NAME.tmp"),
// "*.tmp", "*.part" (browsers, rsync's --partial-dir habits, Nextcloud),
// "~*" (office programs' lock files and others' partial copies).
bool isTemporaryName(const std::string& fileName);

// The first entry whose own name is temporary; empty when there is none.
std::string firstTemporaryEntry(const InboxListing& listing);

// Checks the files a pack's manifest lists against what the sync tool has
// delivered so far: `sizeOf` gives a file's size, or nothing when it is not
// there. The first file that is missing or shorter than listed, in words
// ("events/2016.json is missing", "map.png has 4096 of 81920 bytes"); empty
// when every file is there at its full size. A file longer than listed is
// not incomplete: the verification refuses it.
std::string firstIncompleteFile(
    const std::vector<PackFile>& listed,
    const std::function<std::optional<uint64_t>(const std::string&)>& sizeOf);

// Where one candidate stands between looks.
enum class InboxWait {
    Copying,   // temporary files in it: a sync tool is writing
    Changing,  // its listing changed since the last look
    Settling,  // unchanged, but not yet for settleSeconds
    Ready,     // unchanged over two looks settleSeconds apart: to be tried now
    Tried,     // tried with this very listing; tried again only when it changes
};
const char* inboxWaitName(InboxWait wait);

// Decides, look after look, which packs in the inbox are complete enough to
// verify and install: a pack is tried once its listing has no temporary files
// and has stayed the same over two looks at least `settleSeconds` apart, and
// then not again until its listing changes (a refused pack is refused once; an
// installed one is not installed again at every look). Time comes in as a
// value; nothing here touches a disk.
class InboxTracker {
  public:
    explicit InboxTracker(double settleSeconds = 2.0) : settleSeconds_(settleSeconds) {}

    // One look at `now` (seconds, any steady clock): every candidate seen, by
    // path, with its listing. Candidates no longer there are forgotten (one
    // that comes back is tried again). Returns the ones Ready, in path order.
    std::vector<std::string> look(const std::map<std::string, InboxListing>& seen, double now);
    // The candidate was tried (installed, refused, or found incomplete) with
    // the listing of the last look.
    void tried(const std::string& candidate);
    std::optional<InboxWait> state(const std::string& candidate) const;

  private:
    struct Seen {
        InboxListing listing;
        double since = 0.0;  // when this listing was first seen
        int looks = 0;       // looks that saw this very listing
        InboxWait wait = InboxWait::Changing;
        std::optional<InboxListing> triedWith;
    };
    double settleSeconds_;
    std::map<std::string, Seen> candidates_;
};

}  // namespace kiosk
