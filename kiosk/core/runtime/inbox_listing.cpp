#include "runtime/inbox_listing.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <memory>

namespace kiosk {

namespace {

struct DirCloser {
    void operator()(DIR* d) const { closedir(d); }
};

std::vector<std::string> namesIn(const std::string& dir) {
    std::vector<std::string> names;
    std::unique_ptr<DIR, DirCloser> d(opendir(dir.c_str()));
    if (!d) return names;
    while (const dirent* e = readdir(d.get())) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

InboxEntry entryOf(const std::string& relative, const struct stat& st) {
    InboxEntry e;
    e.path = relative;
    e.folder = S_ISDIR(st.st_mode);
    e.size = e.folder ? 0 : static_cast<uint64_t>(st.st_size);
    e.mtimeNs = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return e;
}

}  // namespace

std::vector<PackCandidate> findInboxCandidates(const std::string& inbox, std::string* why) {
    std::vector<PackCandidate> found;
    if (why) {
        std::unique_ptr<DIR, DirCloser> d(opendir(inbox.c_str()));
        *why = d ? std::string() : std::strerror(errno);
    }
    for (const auto& name : namesIn(inbox)) {
        if (name[0] == '.') continue;
        const std::string path = inbox + "/" + name;
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) continue;
        if (S_ISREG(st.st_mode) && (endsWith(name, ".kpack") || endsWith(name, ".tar"))) {
            found.push_back({path, true});
        } else if (S_ISDIR(st.st_mode)) {
            struct stat manifest {};
            if (::lstat((path + "/pack.json").c_str(), &manifest) == 0 && S_ISREG(manifest.st_mode))
                found.push_back({path, false});
        }
    }
    return found;
}

InboxListing listInboxCandidate(const PackCandidate& candidate, size_t maxEntries) {
    InboxListing listing;
    struct stat st {};
    if (candidate.archive) {
        if (::lstat(candidate.path.c_str(), &st) == 0) listing.entries.push_back(entryOf("", st));
        return listing;
    }
    // Breadth first over relative paths; a pack is a few levels deep at most.
    std::deque<std::string> folders{""};
    while (!folders.empty() && listing.entries.size() < maxEntries) {
        const std::string relative = folders.front();
        folders.pop_front();
        const std::string dir = relative.empty() ? candidate.path : candidate.path + "/" + relative;
        for (const auto& name : namesIn(dir)) {
            if (listing.entries.size() >= maxEntries) break;
            const std::string child = relative.empty() ? name : relative + "/" + name;
            if (::lstat((candidate.path + "/" + child).c_str(), &st) != 0) continue;
            listing.entries.push_back(entryOf(child, st));
            if (S_ISDIR(st.st_mode)) folders.push_back(child);
        }
    }
    std::sort(listing.entries.begin(), listing.entries.end(),
              [](const InboxEntry& a, const InboxEntry& b) { return a.path < b.path; });
    return listing;
}

}  // namespace kiosk
