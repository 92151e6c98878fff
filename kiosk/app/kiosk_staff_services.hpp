#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "content/pack.hpp"
#include "jobs/job_runner.hpp"
#include "kiosk_self_test.hpp"
#include "live_content.hpp"
#include "options.hpp"
#include "runtime/proof_of_play.hpp"
#include "staff/staff_services.hpp"

namespace kiosk {

// Makes an installed pack ready to go live (on the job runner's worker).
using ContentPreparer =
    std::function<std::unique_ptr<PreparedContent>(const std::string& dir, std::string& why)>;

// The staff panel's view of this running kiosk: the state folder, the pack on
// screen and the one waiting to go live, USB results, frame and visitor
// statistics, recent log lines and the volume. What touches a disk runs on
// `jobs`; the panel's calls only read what the jobs last brought back.
class KioskStaffServices : public StaffServices {
  public:
    KioskStaffServices(const AppOptions& options, double startedAt, JobRunner& jobs,
                       ContentPreparer prepare);

    // Kept up to date by the runtime.
    void setShowing(const Pack* pack, const std::string& dir);
    void setPending(std::unique_ptr<PreparedContent> prepared);
    bool hasPending() const { return content_.pending != nullptr; }
    std::unique_ptr<PreparedContent> takePending();
    void setLastUsbNotice(const InstallNotice& notice);
    // Found at start-up (not looked up while the panel draws): the state
    // folder's usability, and the runs before this one that ended uncleanly
    // within the crash-loop window (only this run writes there meanwhile).
    void setStateProblem(std::string problem) { facts_.stateProblem = std::move(problem); }
    void setRestartsAfterCrashes(int count) { facts_.restarts = count; }
    FrameStats& frameStats() { return frames_; }
    bool exitWanted() const { return exitWanted_; }
    // The export also copies the proof-of-play log when there is one.
    void setPlayLogExport(std::function<PlayLogExport(const std::string& dir)> exportTo) {
        playLogExport_ = std::move(exportTo);
    }

    std::string showingSummary() override;
    std::vector<StaffPackEntry> installedPacks(double now) override;
    void rollBack() override;
    std::optional<std::string> pendingPack() override;
    std::vector<std::string> pendingChanges() override;
    std::optional<InstallNotice> lastUsbNotice() override { return content_.lastUsb; }
    StaffHealth health(double now) override;
    const FrameStats& frames() override { return frames_; }
    const VisitorStats& visitors() override { return visitors_; }
    VisitorStats& visitorsToRecord() override { return visitors_; }
    void exportVisitorStats() override;
    void recordFigures(const std::vector<FigureCount>& counts) override;
    StaffFigures visitorFigures(double now) override;
    // The wall clock as the app tells it (each update): the figures' "today".
    void setWallClock(std::optional<UnixSeconds> wall) { figures_.wall = wall; }
    long visitsToday(double now) override;
    std::vector<JobStatus> jobs() override { return jobs_.jobs(); }
    bool busy(unsigned resources) override { return jobs_.busy(resources); }
    std::string lastAction() override { return lastAction_; }
    void clearLastAction() override { lastAction_.clear(); }
    int volume() override { return volume_; }
    void setVolume(int percent) override {
        volume_ = percent;
        selfTest_.setVolume(percent);
    }
    StaffSelfTest* selfTest() override { return &selfTest_; }
    // The self-test's side the runtime keeps up to date and the frame loop
    // takes the test tone from.
    KioskSelfTest& selfTestHere() { return selfTest_; }
    void exitKiosk() override { exitWanted_ = true; }

  private:
    void listPacksNow(double now);
    void readMemoryNow(double now);
    void startFigures();
    void readFiguresNow(double now, double maxAgeSeconds);
    CalendarDate figuresToday() const;

    AppOptions options_;
    JobRunner& jobs_;
    ContentPreparer prepare_;
    // The content on screen, the one waiting to go live, the last stick.
    struct Content {
        const Pack* showing = nullptr;
        std::string showingDir;
        std::unique_ptr<PreparedContent> pending;
        std::vector<std::string> pendingChanges;
        std::optional<InstallNotice> lastUsb;
    } content_;
    // What the panel shows that jobs look up (listings, memory), with when.
    struct Facts {
        double startedAt = 0.0;
        std::vector<StaffPackEntry> packs;
        double packsListedAt = -1e300;
        long residentKiB = 0, peakResidentKiB = 0;
        double memoryReadAt = -1e300;
        std::string stateProblem;
        int restarts = -1;
    } facts_;
    std::string lastAction_;
    FrameStats frames_;
    VisitorStats visitors_;
    int volume_ = 80;
    bool exitWanted_ = false;
    std::function<PlayLogExport(const std::string& dir)> playLogExport_;
    KioskSelfTest selfTest_;
    // The hourly figures: their writer (a thread of its own; jobs read through
    // it) and what the last reading brought back.
    struct Figures {
        std::shared_ptr<FigureKeeper> keeper;
        int utcOffsetSeconds = 0;
        std::optional<UnixSeconds> wall;
        StaffFigures last;
        double readAt = -1e300;
        bool reading = false;
    } figures_;
};

// The first folder under the mount roots that takes a file: where staff
// exports go. Empty when no stick is writable.
std::string writableStickFolder(const std::vector<std::string>& mountRoots);

// The wall clock's local time as YYYYMMDD-HHMMSS, naming an export's files
// and a damaged figures database moved aside.
std::string localTimestamp();

}  // namespace kiosk
