#include "runtime/inbox_readiness.hpp"

namespace kiosk {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

bool InboxEntry::operator==(const InboxEntry& other) const {
    return path == other.path && size == other.size && mtimeNs == other.mtimeNs &&
           folder == other.folder;
}

bool isTemporaryName(const std::string& fileName) {
    // Syncthing's own names are covered by the general rules below too; they
    // are named so that a change of those rules keeps them.
    if (startsWith(fileName, ".syncthing.") && endsWith(fileName, ".tmp")) return true;
    if (startsWith(fileName, "~syncthing~") && endsWith(fileName, ".tmp")) return true;
    return endsWith(fileName, ".tmp") || endsWith(fileName, ".part") || startsWith(fileName, "~");
}

std::string firstTemporaryEntry(const InboxListing& listing) {
    for (const auto& entry : listing.entries)
        if (!entry.folder && isTemporaryName(baseName(entry.path))) return entry.path;
    return {};
}

std::string firstIncompleteFile(
    const std::vector<PackFile>& listed,
    const std::function<std::optional<uint64_t>(const std::string&)>& sizeOf) {
    for (const auto& file : listed) {
        const auto size = sizeOf(file.path);
        if (!size) return file.path + " is missing";
        if (*size < file.size)
            return file.path + " has " + std::to_string(*size) + " of " +
                   std::to_string(file.size) + " bytes";
    }
    return {};
}

const char* inboxWaitName(InboxWait wait) {
    switch (wait) {
        case InboxWait::Copying:
            return "copying";
        case InboxWait::Changing:
            return "changing";
        case InboxWait::Settling:
            return "settling";
        case InboxWait::Ready:
            return "ready";
        case InboxWait::Tried:
            return "tried";
    }
    return "changing";
}

std::vector<std::string> InboxTracker::look(const std::map<std::string, InboxListing>& seen,
                                            double now) {
    std::map<std::string, Seen> next;
    std::vector<std::string> ready;
    for (const auto& [path, listing] : seen) {
        Seen entry;
        const auto before = candidates_.find(path);
        if (before != candidates_.end()) entry = before->second;
        if (before == candidates_.end() || entry.listing != listing) {
            entry.listing = listing;
            entry.since = now;
            entry.looks = 0;
        }
        ++entry.looks;
        if (entry.triedWith && *entry.triedWith == listing)
            entry.wait = InboxWait::Tried;
        else if (!firstTemporaryEntry(listing).empty())
            entry.wait = InboxWait::Copying;
        else if (entry.looks < 2)
            entry.wait = InboxWait::Changing;
        else if (now - entry.since < settleSeconds_)
            entry.wait = InboxWait::Settling;
        else
            entry.wait = InboxWait::Ready;
        if (entry.wait == InboxWait::Ready) ready.push_back(path);
        next[path] = std::move(entry);
    }
    candidates_ = std::move(next);
    return ready;
}

void InboxTracker::tried(const std::string& candidate) {
    const auto it = candidates_.find(candidate);
    if (it == candidates_.end()) return;
    it->second.triedWith = it->second.listing;
    it->second.wait = InboxWait::Tried;
}

std::optional<InboxWait> InboxTracker::state(const std::string& candidate) const {
    const auto it = candidates_.find(candidate);
    if (it == candidates_.end()) return std::nullopt;
    return it->second.wait;
}

}  // namespace kiosk
