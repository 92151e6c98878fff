#include "kiosk_staff_services.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>

#include "content/pack_diff.hpp"
#include "install/install_state.hpp"
#include "install/pack_state.hpp"
#include "install/signing_keys.hpp"
#include "logging.hpp"
#include "process_clock.hpp"
#include "process_stats.hpp"
#include "text/printable.hpp"

namespace kiosk {

namespace {

std::string folderName(const std::string& dir) {
    const size_t slash = dir.find_last_of('/');
    return slash == std::string::npos ? dir : dir.substr(slash + 1);
}

std::vector<std::string> subfolders(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (const dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.empty() || name[0] == '.') continue;
            struct stat st {};
            const std::string path = dir + "/" + name;
            if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) out.push_back(path);
        }
        closedir(d);
    }
    return out;
}

bool canWriteIn(const std::string& dir) {
    return ::access(dir.c_str(), W_OK) == 0;
}

std::string timestamp() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

}  // namespace

std::string writableStickFolder(const std::vector<std::string>& mountRoots) {
    // /mnt/STICK, /media/STICK or /media/<user>/STICK.
    for (const auto& root : mountRoots)
        for (const auto& volume : subfolders(root)) {
            if (canWriteIn(volume)) return volume;
            for (const auto& inner : subfolders(volume))
                if (canWriteIn(inner)) return inner;
        }
    return {};
}

KioskStaffServices::KioskStaffServices(const AppOptions& options, double startedAt)
    : options_(options), startedAt_(startedAt) {}

void KioskStaffServices::setShowing(const Pack* pack, const std::string& dir) {
    showing_ = pack;
    showingDir_ = dir;
}

void KioskStaffServices::setPending(std::shared_ptr<Pack> pack, const std::string& dir) {
    pending_ = std::move(pack);
    pendingDir_ = dir;
    pendingChanges_.clear();
    if (pending_ && showing_) pendingChanges_ = diffPacks(*showing_, *pending_).summary();
}

void KioskStaffServices::clearPending() {
    pending_.reset();
    pendingDir_.clear();
    pendingChanges_.clear();
}

std::string KioskStaffServices::showingSummary() {
    if (!showing_) return {};
    return printable(showing_->manifest.id + " version " +
                     std::to_string(showing_->manifest.version) + "  (" +
                     folderName(showingDir_) + ")");
}

std::vector<StaffPackEntry> KioskStaffServices::installedPacks() {
    std::vector<StaffPackEntry> out;
    if (options_.stateDir.empty()) return out;
    for (const auto& p : listInstalledPacks(StateFolder(options_.stateDir))) {
        StaffPackEntry e;
        e.folder = printable(p.name);
        e.packId = printable(p.id);
        e.version = p.version;
        e.current = p.current;
        e.lastGood = p.lastGood;
        e.showing = folderName(showingDir_) == p.name;
        out.push_back(e);
    }
    return out;
}

std::string KioskStaffServices::rollBack() {
    if (options_.stateDir.empty()) return "no state folder: nothing to roll back to";
    std::vector<PublicKey> trusted;
    readPublicKeyFiles(options_.trustedKeys, trusted);
    StateEnvironment env;
    env.now = std::time(nullptr);
    const StateChange change = rollback(options_.stateDir, trusted, env);
    spdlog::info("staff: {}", change.message);
    if (!change.ok) return printable(change.message);
    // The rolled-back pack goes live like an installed one: at the next quiet moment.
    currentChanged_ = true;
    return printable(change.message) + " — it goes live when the panel closes";
}

std::optional<std::string> KioskStaffServices::pendingPack() {
    if (!pending_) return std::nullopt;
    return printable(pending_->manifest.id + " version " +
                     std::to_string(pending_->manifest.version) + "  (" +
                     folderName(pendingDir_) + ")");
}

std::vector<std::string> KioskStaffServices::pendingChanges() {
    std::vector<std::string> lines;
    for (const auto& line : pendingChanges_) lines.push_back(printable(line));
    return lines;
}

StaffHealth KioskStaffServices::health(double now) {
    StaffHealth h;
    h.uptimeSeconds = now - startedAt_;
    h.residentKiB = platform::residentKiB();
    h.peakResidentKiB = platform::peakResidentKiB();
    h.recentLog = recentLogLines();
    h.stateProblem = stateProblem_;
    h.restarts = restartsAfterCrashes_;
    return h;
}

std::string KioskStaffServices::exportVisitorStats() {
    const std::string folder = writableStickFolder(options_.mountRoots);
    if (folder.empty()) return "No writable USB stick found / 書き込めるUSBメモリがありません";
    const std::string path = folder + "/kiosk-visitors-" + timestamp() + ".csv";
    const std::string csv = visitors_.toCsv();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    if (ok) {
        ok = ::write(fd, csv.data(), csv.size()) == static_cast<ssize_t>(csv.size());
        ok = ::fsync(fd) == 0 && ok;  // staff pull the stick right after
        ok = ::close(fd) == 0 && ok;
    }
    std::string message = ok ? "Saved " + path : "Could not write " + path;
    if (ok && playLogExport_) {
        // The proof-of-play log goes on the same stick.
        const PlayLogExport played = playLogExport_(folder);
        message += played.error.empty()
                       ? " and " + played.path + " (" + std::to_string(played.rows) + " rows)"
                       : "; the proof-of-play log was not saved: " + played.error;
    }
    spdlog::info("staff: {}", message);
    // The stick's folder name is the stick's own: shown escaped.
    return printable(message);
}

}  // namespace kiosk
