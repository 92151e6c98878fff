// The staff services' side of the hourly visitor figures: the writer, the
// Visitors page's readings and today's visits.
#include <spdlog/spdlog.h>

#include <ctime>

#include "kiosk_staff_services.hpp"
#include "visit_recorder.hpp"

namespace kiosk {

namespace {

// The Visitors page's figures are read again this often while it shows.
constexpr double kFiguresSeconds = 10.0;
// Today's visits for the status file may be this old.
constexpr double kVisitsTodaySeconds = 60.0;
// The figures' database in the state folder.
constexpr const char* kFiguresFile = "visitors.sqlite";
constexpr int kReportDays = 30;

}  // namespace

// The figures' writer opens its database on its own thread; a job waits for
// that and logs how the figures are kept (and a damaged file moved aside).
void KioskStaffServices::startFigures() {
    FigureKeeperSettings settings;
    const std::string& state = options_.config.packs.stateDir;
    if (!state.empty()) settings.path = state + "/" + kFiguresFile;
    settings.stamp = localTimestamp();
    figures_.keeper = std::make_shared<FigureKeeper>(settings);
    figures_.utcOffsetSeconds = localUtcOffsetSeconds();
    jobs_.submit<bool>(
        "job_figures", 0,
        [keeper = figures_.keeper](JobContext&) {
            const FigureKeeping k = keeper->keeping();
            if (!k.movedAside.empty())
                spdlog::warn(
                    "visitor figures: {} could not be used ({}); moved to {}, a new one "
                    "started",
                    k.path, k.damage, k.movedAside);
            if (!k.problem.empty())
                spdlog::error("visitor figures: {}; kept in memory only", k.problem);
            else if (k.inMemory)
                spdlog::info("visitor figures kept in memory (no state folder)");
            else
                spdlog::info("visitor figures in {}", k.path);
            return true;
        },
        [](bool) {});
}

void KioskStaffServices::recordFigures(const std::vector<FigureCount>& counts) {
    figures_.keeper->add(counts);
}

// The app's wall clock (simulated in scripts) decides which day is today.
CalendarDate KioskStaffServices::figuresToday() const {
    const UnixSeconds wall = figures_.wall ? *figures_.wall : UnixSeconds(std::time(nullptr));
    return localHourAt(wall, figures_.utcOffsetSeconds).date;
}

// Reads the last 30 days on the worker when the last reading is older than
// `maxAgeSeconds`; one reading at a time.
void KioskStaffServices::readFiguresNow(double now, double maxAgeSeconds) {
    if (figures_.reading || now - figures_.readAt < maxAgeSeconds) return;
    const CalendarDate today = figuresToday();
    figures_.reading = jobs_.submit<StaffFigures>(
        "job_figures", 0,
        [keeper = figures_.keeper, today](JobContext&) {
            StaffFigures read;
            read.read = true;
            read.keeping = keeper->keeping();
            read.report = reportFigures(keeper->read(addDays(today, -(kReportDays - 1)), today),
                                        today, kReportDays);
            return read;
        },
        [this](StaffFigures read) {
            figures_.last = std::move(read);
            figures_.reading = false;
        });
    figures_.readAt = now;
}

StaffFigures KioskStaffServices::visitorFigures(double now) {
    readFiguresNow(now, kFiguresSeconds);
    return figures_.last;
}

long KioskStaffServices::visitsToday(double now) {
    readFiguresNow(now, kVisitsTodaySeconds);
    if (!figures_.last.read) return -1;
    return figures_.last.report.today == figuresToday() ? figures_.last.report.visitsToday : 0;
}

}  // namespace kiosk
