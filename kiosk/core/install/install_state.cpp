#include "install/install_state.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "content/strict_json.hpp"

namespace kiosk {

namespace {

constexpr uint64_t kHistoryTrimBytes = 256u << 10;
constexpr size_t kHistoryKeepLines = 1000;

bool isPackIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

std::vector<std::string> readLines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

StateFolder::StateFolder(const std::string& rootDir)
    : root(rootDir),
      packs(rootDir + "/packs"),
      staging(rootDir + "/staging"),
      current(rootDir + "/current"),
      lastGood(rootDir + "/last-good"),
      history(rootDir + "/history.jsonl"),
      lock(rootDir + "/lock"),
      starts(rootDir + "/starts"),
      setAside(rootDir + "/set-aside") {}

std::string packFolderName(const Manifest& manifest, const std::string& manifestSha256) {
    return manifest.id + "-v" + std::to_string(manifest.version) + "-" +
           manifestSha256.substr(0, 12);
}

bool parsePackFolderName(const std::string& name, InstalledPack& out) {
    const size_t hash = name.rfind('-');
    if (hash == std::string::npos || name.size() - hash - 1 != 12) return false;
    for (size_t i = hash + 1; i < name.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(name[i]))) return false;
    const size_t v = name.rfind("-v", hash - 1);
    if (v == std::string::npos || v == 0 || v + 2 >= hash || hash - v - 2 > 9) return false;
    int version = 0;
    for (size_t i = v + 2; i < hash; ++i) {
        if (name[i] < '0' || name[i] > '9') return false;
        version = version * 10 + (name[i] - '0');
    }
    const std::string id = name.substr(0, v);
    if (!std::all_of(id.begin(), id.end(), isPackIdChar) || version < 1) return false;
    out.name = name;
    out.id = id;
    out.version = version;
    return true;
}

std::string linkedPackName(const std::string& link) {
    char target[512];
    const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n <= 0) return {};
    const std::string text(target, static_cast<size_t>(n));
    const std::string prefix = "packs/";
    if (text.compare(0, prefix.size(), prefix) != 0) return {};
    const std::string name = text.substr(prefix.size());
    if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos)
        return {};
    return name;
}

std::vector<InstalledPack> listInstalledPacks(const StateFolder& state) {
    std::vector<InstalledPack> packs;
    DIR* dir = ::opendir(state.packs.c_str());
    if (!dir) return packs;
    const std::string current = linkedPackName(state.current);
    const std::string lastGood = linkedPackName(state.lastGood);
    while (const dirent* entry = ::readdir(dir)) {
        InstalledPack pack;
        struct stat st {};
        if (!parsePackFolderName(entry->d_name, pack)) continue;
        pack.dir = state.packDir(pack.name);
        if (::lstat(pack.dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        pack.current = pack.name == current;
        pack.lastGood = pack.name == lastGood;
        packs.push_back(pack);
    }
    ::closedir(dir);
    std::sort(packs.begin(), packs.end(), [](const InstalledPack& a, const InstalledPack& b) {
        return a.version != b.version ? a.version > b.version : a.name > b.name;
    });
    return packs;
}

StateLock::StateLock(const StateFolder& state) {
    fd_ = ::open(state.lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        error_ = state.lock + ": cannot be opened: " + std::strerror(errno);
        return;
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        error_ = errno == EWOULDBLOCK ? "another install, rollback or start-up is changing " +
                                            state.root + " right now"
                                      : state.lock + ": cannot be locked: " + std::strerror(errno);
        ::close(fd_);
        fd_ = -1;
    }
}

StateLock::~StateLock() {
    if (fd_ >= 0) ::close(fd_);
}

std::string prepareStateFolder(const StateFolder& state, const DurableSteps& steps) {
    std::error_code ec;
    if (std::filesystem::create_directories(state.root, ec)) {
        const std::string parent = std::filesystem::path(state.root).parent_path().string();
        const std::string why = syncFolder(parent.empty() ? "." : parent, steps);
        if (!why.empty()) return why;
    }
    if (ec) return state.root + ": cannot be created: " + ec.message();
    std::string why = ensureFolder(state.packs, steps);
    if (why.empty()) why = ensureFolder(state.staging, steps);
    return why;
}

int removeLeftovers(const StateFolder& state) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(state.staging, ec))
        if (removePath(entry.path().string()).empty()) ++removed;
    for (const auto& path :
         {state.current + ".new", state.lastGood + ".new", state.history + ".new"})
        if (::unlink(path.c_str()) == 0) ++removed;
    return removed;
}

std::string appendHistory(const StateFolder& state, const HistoryEntry& entry,
                          const DurableSteps& steps) {
    const nlohmann::json line = {{"time", entry.time},
                                 {"action", entry.action},
                                 {"outcome", entry.outcome},
                                 {"pack", entry.pack},
                                 {"message", entry.message}};
    struct stat st {};
    if (::stat(state.history.c_str(), &st) == 0 &&
        static_cast<uint64_t>(st.st_size) > kHistoryTrimBytes) {
        const auto lines = readLines(state.history);
        std::string kept;
        for (size_t i = lines.size() > kHistoryKeepLines ? lines.size() - kHistoryKeepLines : 0;
             i < lines.size(); ++i)
            kept += lines[i] + "\n";
        const std::string why = replaceFile(state.history, kept, steps);
        if (!why.empty()) return why;
    }
    return appendLine(state.history,
                      line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), steps);
}

std::vector<HistoryEntry> readHistory(const StateFolder& state, size_t count) {
    std::deque<HistoryEntry> entries;
    for (const auto& line : readLines(state.history)) {
        ProblemList ignored;  // a line that does not parse is skipped, not reported
        const auto document = parseStrictJson(line, "history", ignored)
                                  .value_or(nlohmann::json(nlohmann::json::value_t::discarded));
        if (document.is_discarded() || !document.is_object()) continue;  // a line cut by a crash
        HistoryEntry entry;
        try {
            entry.time = document.value("time", int64_t{0});
            entry.action = document.value("action", "");
            entry.outcome = document.value("outcome", "");
            entry.pack = document.value("pack", "");
            entry.message = document.value("message", "");
        } catch (const nlohmann::json::exception&) {
            continue;  // a field of the wrong type: not a line this installer wrote
        }
        entries.push_back(entry);
        if (entries.size() > count) entries.pop_front();
    }
    return {entries.begin(), entries.end()};
}

}  // namespace kiosk
