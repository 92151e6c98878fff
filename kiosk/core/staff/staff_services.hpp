#pragma once
#include <optional>
#include <string>
#include <vector>

#include "jobs/job_runner.hpp"
#include "runtime/install_notice.hpp"
#include "staff/frame_stats.hpp"
#include "staff/staff_self_test.hpp"
#include "staff/visitor_stats.hpp"
#include "stats/figure_keeper.hpp"
#include "stats/figure_report.hpp"

namespace kiosk {

// One installed pack as the staff panel lists it.
struct StaffPackEntry {
    std::string folder;  // under the state folder's packs/
    std::string packId;
    int version = 0;
    bool current = false;
    bool lastGood = false;
    bool showing = false;  // on screen now
};

// What the kiosk's health page shows.
struct StaffHealth {
    double uptimeSeconds = 0.0;
    long residentKiB = 0;
    long peakResidentKiB = 0;
    // Restarts in the last ten minutes after a run that did not end cleanly
    // (the crash-loop guard's record: clean stops by staff, the schedule or
    // systemd are not counted); -1 when the kiosk runs without a state folder.
    int restarts = -1;
    // Why the state folder cannot be kept (install/state_usability.hpp);
    // empty when it can, or when there is none.
    std::string stateProblem;
    std::vector<std::string> recentLog;
};

// The Visitors page's hourly figures, as a job last read them.
struct StaffFigures {
    bool read = false;  // false until the first reading came back
    FigureReport report;
    FigureKeeping keeping;  // in memory or in which file; a damaged file moved aside
};

// What the staff panel can see and do in the running kiosk. The app
// implements it over the state folder, the USB installer, the audio and the
// logs; the panel only draws and calls. Every call returns at once: slow
// actions (rollback, export) start a job on the kiosk's job runner, whose
// outcome comes back later as lastAction(), in plain words for the panel.
class StaffServices {
  public:
    virtual ~StaffServices() = default;

    // Content page.
    virtual std::string showingSummary() = 0;  // "tokyo23-partnership version 4 (packs/…)"
    // As last listed: the listing itself runs as a job, again when the
    // state folder changed or a couple of seconds have passed.
    virtual std::vector<StaffPackEntry> installedPacks(double now) = 0;
    // Starts switching the state's current pack to the one before it; the
    // pack goes live when the panel closes.
    virtual void rollBack() = 0;
    // An installed pack waiting for the next quiet moment, with what it changes.
    virtual std::optional<std::string> pendingPack() = 0;
    virtual std::vector<std::string> pendingChanges() = 0;
    virtual std::optional<InstallNotice> lastUsbNotice() = 0;

    // Health page.
    virtual StaffHealth health(double now) = 0;
    virtual const FrameStats& frames() = 0;

    // Visitors page.
    virtual const VisitorStats& visitors() = 0;
    virtual VisitorStats& visitorsToRecord() = 0;
    // Starts writing the statistics as CSV to a mounted stick.
    virtual void exportVisitorStats() = 0;
    // The hourly figures: counts from the visitors' side for the figures'
    // writer (on the render thread; never waits for a disk).
    virtual void recordFigures(const std::vector<FigureCount>& counts) { (void)counts; }
    // The last 30 days as last read: the reading runs as a job, again every
    // few seconds while the page asks.
    virtual StaffFigures visitorFigures(double now) {
        (void)now;
        return {};
    }
    // Visits counted today in the hourly figures (they survive a restart), as
    // last read: a job reads them again when they are a minute old. -1 until a
    // reading came back (the status file then counts sessions since start).
    virtual long visitsToday(double now) {
        (void)now;
        return -1;
    }

    // Slow work under way (rollback, install, export...), for progress bars,
    // and whether work on `resources` (JobResource) is, so that a button that
    // would conflict with it is shown as waiting.
    virtual std::vector<JobStatus> jobs() = 0;
    virtual bool busy(unsigned resources) = 0;
    // The outcome of the last action staff started; empty before any.
    virtual std::string lastAction() = 0;
    virtual void clearLastAction() = 0;

    // Sound page (0..100).
    virtual int volume() = 0;
    virtual void setVolume(int percent) = 0;

    // Self-test page (pack integrity, glyphs, tone, touch grid); null where
    // the kiosk offers none.
    virtual StaffSelfTest* selfTest() { return nullptr; }

    // Leaves the kiosk (the staff exit; nothing else can).
    virtual void exitKiosk() = 0;
};

}  // namespace kiosk
