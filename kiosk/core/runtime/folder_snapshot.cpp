#include "runtime/folder_snapshot.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <vector>

namespace kiosk {

namespace fs = std::filesystem;

bool ignoredByPackWatch(const std::string& name) {
    if (name.empty()) return true;
    if (name.front() == '.' || name.back() == '~') return true;
    return name.size() > 1 && name.front() == '#' && name.back() == '#';
}

namespace {

bool statStamp(const fs::path& path, FileStamp& stamp) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    stamp.size = uint64_t(st.st_size);
    stamp.modifiedNs = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return true;
}

}  // namespace

FolderSnapshot snapshotFolder(const std::string& dir) {
    FolderSnapshot snapshot;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& path = it->path();
        if (ignoredByPackWatch(path.filename().string())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        FileStamp stamp;
        if (statStamp(path, stamp)) snapshot[path.lexically_relative(dir).string()] = stamp;
    }
    return snapshot;
}

std::string describeChanges(const FolderSnapshot& before, const FolderSnapshot& after,
                            size_t mostNamed) {
    std::vector<std::string> changed;
    for (const auto& [path, stamp] : after) {
        const auto was = before.find(path);
        if (was == before.end() || was->second != stamp) changed.push_back(path);
    }
    for (const auto& [path, stamp] : before)
        if (!after.count(path)) changed.push_back(path);
    std::string text;
    for (size_t i = 0; i < changed.size() && i < mostNamed; ++i)
        text += (i ? ", " : "") + changed[i];
    if (changed.size() > mostNamed)
        text += " and " + std::to_string(changed.size() - mostNamed) + " more";
    return text;
}

}  // namespace kiosk
