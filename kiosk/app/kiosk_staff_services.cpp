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
#include "staff/staff_wording.hpp"
#include "startup.hpp"
#include "stats/figure_export.hpp"
#include "text/printable.hpp"
#include "text/text_template.hpp"

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

// Staff wait this long at most for a listing or a memory reading to follow
// what changed on disk.
constexpr double kListingSeconds = 2.0;
constexpr double kMemorySeconds = 1.0;

}  // namespace

std::string localTimestamp() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

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

KioskStaffServices::KioskStaffServices(const AppOptions& options, double startedAt, JobRunner& jobs,
                                       ContentPreparer prepare)
    : options_(options), jobs_(jobs), prepare_(std::move(prepare)), selfTest_(options, jobs) {
    facts_.startedAt = startedAt;
    startFigures();
}

void KioskStaffServices::setShowing(const Pack* pack, const std::string& dir) {
    content_.showing = pack;
    content_.showingDir = dir;
    facts_.packsListedAt = -1e300;  // "on screen" moved
}

void KioskStaffServices::setPending(std::unique_ptr<PreparedContent> prepared) {
    content_.pending = std::move(prepared);
    content_.pendingChanges.clear();
    if (content_.pending && content_.showing)
        content_.pendingChanges = diffPacks(*content_.showing, *content_.pending->pack).summary();
    facts_.packsListedAt = -1e300;  // an install or rollback changed the state folder
}

std::unique_ptr<PreparedContent> KioskStaffServices::takePending() {
    content_.pendingChanges.clear();
    return std::move(content_.pending);
}

void KioskStaffServices::setLastUsbNotice(const InstallNotice& notice) {
    content_.lastUsb = notice;
    facts_.packsListedAt = -1e300;
}

std::string KioskStaffServices::showingSummary() {
    if (!content_.showing) return {};
    const Manifest& m = content_.showing->manifest;
    return printable(m.id + " version " + std::to_string(m.version) + "  (" +
                     folderName(content_.showingDir) + ")");
}

// Lists the state folder's packs on the worker; the panel draws the last list.
void KioskStaffServices::listPacksNow(double now) {
    if (options_.config.packs.stateDir.empty() || now - facts_.packsListedAt < kListingSeconds)
        return;
    const std::string state = options_.config.packs.stateDir;
    const std::string showing = folderName(content_.showingDir);
    const bool started = jobs_.submit<std::vector<StaffPackEntry>>(
        "job_listing", kListing,
        [state, showing](JobContext&) {
            std::vector<StaffPackEntry> out;
            for (const auto& p : listInstalledPacks(StateFolder(state))) {
                StaffPackEntry e;
                e.folder = printable(p.name);
                e.packId = printable(p.id);
                e.version = p.version;
                e.current = p.current;
                e.lastGood = p.lastGood;
                e.showing = showing == p.name;
                out.push_back(e);
            }
            return out;
        },
        [this](std::vector<StaffPackEntry> packs) { facts_.packs = std::move(packs); });
    if (started) facts_.packsListedAt = now;
}

std::vector<StaffPackEntry> KioskStaffServices::installedPacks(double now) {
    listPacksNow(now);
    return facts_.packs;
}

void KioskStaffServices::rollBack() {
    if (options_.config.packs.stateDir.empty()) {
        lastAction_ = "no state folder: nothing to roll back to";
        return;
    }
    struct Outcome {
        std::string message;
        std::unique_ptr<PreparedContent> prepared;
    };
    const AppOptions options = options_;
    ContentPreparer prepare = prepare_;
    const int from = content_.showing ? content_.showing->manifest.version : 0;
    const bool started = jobs_.submit<std::shared_ptr<Outcome>>(
        "job_rollback", kStateFolder | kPackSwitch,
        [options, prepare, from](JobContext& job) {
            auto outcome = std::make_shared<Outcome>();
            job.progress({"verifying", 0, 2});
            std::vector<PublicKey> trusted;
            readPublicKeyFiles(options.config.packs.trustedKeys, trusted);
            StateEnvironment env;
            env.now = std::time(nullptr);
            const StateChange change = rollback(options.config.packs.stateDir, trusted, env);
            spdlog::info("staff: {}", change.message);
            // The log keeps the technical line; staff read a short one in
            // both languages.
            const auto couldNot = [&](const std::string& why) {
                return fillTemplate(staffLabel("rollback_failed"), {{"why", printable(why)}});
            };
            if (!change.ok) {
                outcome->message = couldNot(change.message);
                return outcome;
            }
            // The rolled-back pack goes live like an installed one: at the
            // next quiet moment. Not a start of the kiosk, so the crash-loop
            // guard is not asked.
            job.progress({"loading", 1, 2});  // the pack and its fonts
            const std::string dir = packDirFromState(options);
            std::string why = "no installed pack verifies";
            if (!dir.empty()) outcome->prepared = prepare(dir, why);
            if (!outcome->prepared) {
                spdlog::error("{}: {}", dir, why);
                outcome->message = couldNot(why);
                return outcome;
            }
            outcome->message = fillTemplate(
                staffLabel("rolled_back"),
                {{"from", std::to_string(from)},
                 {"to", std::to_string(outcome->prepared->pack->manifest.version)}});
            return outcome;
        },
        [this](std::shared_ptr<Outcome> outcome) {
            lastAction_ = outcome->message;
            if (outcome->prepared) setPending(std::move(outcome->prepared));
            facts_.packsListedAt = -1e300;
        });
    if (!started) lastAction_ = staffLabel("busy");
}

std::optional<std::string> KioskStaffServices::pendingPack() {
    if (!content_.pending) return std::nullopt;
    const Manifest& m = content_.pending->pack->manifest;
    return printable(m.id + " version " + std::to_string(m.version) + "  (" +
                     folderName(content_.pending->dir) + ")");
}

std::vector<std::string> KioskStaffServices::pendingChanges() {
    std::vector<std::string> lines;
    for (const auto& line : content_.pendingChanges) lines.push_back(printable(line));
    return lines;
}

// Reads the process's memory (/proc) on the worker, once a second at most.
void KioskStaffServices::readMemoryNow(double now) {
    if (now - facts_.memoryReadAt < kMemorySeconds) return;
    struct Memory {
        long resident = 0, peak = 0;
    };
    if (jobs_.submit<Memory>(
            "job_memory", kListing,
            [](JobContext&) {
                return Memory{platform::residentKiB(), platform::peakResidentKiB()};
            },
            [this](Memory m) {
                facts_.residentKiB = m.resident;
                facts_.peakResidentKiB = m.peak;
            }))
        facts_.memoryReadAt = now;
}

StaffHealth KioskStaffServices::health(double now) {
    readMemoryNow(now);
    StaffHealth h;
    h.uptimeSeconds = now - facts_.startedAt;
    h.residentKiB = facts_.residentKiB;
    h.peakResidentKiB = facts_.peakResidentKiB;
    h.recentLog = recentLogLines();
    h.stateProblem = facts_.stateProblem;
    h.restarts = facts_.restarts;
    return h;
}

namespace {

// One file of an export: its name after "kiosk-visitors-<stamp>" and its bytes.
struct ExportFile {
    std::string suffix;
    std::string bytes;
};

// Writes `bytes` into a new file at `path`, synced: staff pull the stick right after.
bool writeNewFile(const std::string& path, const std::string& bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    ok = ::fsync(fd) == 0 && ok;
    return ::close(fd) == 0 && ok;
}

// Writes `files` as new files on the first writable stick, and the
// proof-of-play log beside them; the line for staff. On the worker.
std::string writeExport(const std::vector<std::string>& mountRoots,
                        const std::vector<ExportFile>& files,
                        const std::function<PlayLogExport(const std::string& dir)>& playLog) {
    const std::string folder = writableStickFolder(mountRoots);
    if (folder.empty()) return "No writable USB stick found / 書き込めるUSBメモリがありません";
    const std::string stem = "kiosk-visitors-" + localTimestamp();
    std::string message = "Saved in " + folder + ": ";
    bool ok = true;
    for (size_t i = 0; ok && i < files.size(); ++i) {
        const std::string path = folder + "/" + stem + files[i].suffix;
        ok = writeNewFile(path, files[i].bytes);
        // The first file's whole name; the others differ only at the end.
        message = ok ? message + (i ? ", " + files[i].suffix : stem + files[i].suffix)
                     : "Could not write " + path;
    }
    if (ok && playLog) {
        // The proof-of-play log goes on the same stick.
        const PlayLogExport played = playLog(folder);
        message += played.error.empty()
                       ? " and " + played.path + " (" + std::to_string(played.rows) + " rows)"
                       : "; the proof-of-play log was not saved: " + played.error;
    }
    spdlog::info("staff: {}", message);
    // The stick's folder name is the stick's own: shown escaped.
    return printable(message);
}

}  // namespace

void KioskStaffServices::exportVisitorStats() {
    // The statistics are read here, on the render thread that records them;
    // only the copy travels to the worker.
    const std::string csv = visitors_.toCsv();
    // The hourly figures and their 30-day chart are read on the worker.
    const CalendarDate today = figuresToday();
    const bool started = jobs_.submit<std::string>(
        "job_export", kUsbStick,
        [roots = options_.config.packs.mountRoots, csv, playLog = playLogExport_,
         keeper = figures_.keeper, today](JobContext& job) {
            job.progress({"reading", 0, 2});
            const std::vector<FigureCount> rows = keeper->readAll();
            const std::vector<ExportFile> files = {
                {".csv", csv},
                {"-hourly.csv", figuresCsv(rows)},
                {"-30days.png", visitsChartPng(reportFigures(rows, today))}};
            job.progress({"writing", 1, 2});
            return writeExport(roots, files, playLog);
        },
        [this](std::string message) { lastAction_ = std::move(message); });
    if (!started) lastAction_ = staffLabel("busy");
}

}  // namespace kiosk
