#pragma once
#include <string>
#include <vector>

#include "runtime/inbox_readiness.hpp"
#include "runtime/mount_watcher.hpp"

namespace kiosk {

// The packs at the top of the inbox folder: folders holding pack.json and
// pack archives (*.kpack, *.tar), in name order. Hidden entries (a sync tool's
// .stfolder, .stversions, its temporary files) are not packs. Symbolic links
// are not followed. `why` (when given) says why the folder cannot be read, or
// is emptied when it can.
std::vector<PackCandidate> findInboxCandidates(const std::string& inbox,
                                               std::string* why = nullptr);

// Everything under a candidate (hidden files included: a sync tool's
// temporary files are what tells that it is still writing), at most
// `maxEntries` of them; for an archive, the archive itself.
InboxListing listInboxCandidate(const PackCandidate& candidate, size_t maxEntries = 20100);

}  // namespace kiosk
