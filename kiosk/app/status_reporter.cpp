#include "status_reporter.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <ctime>
#include <utility>

#include "logging.hpp"

namespace kiosk {

namespace {

// The visitors counted since the kiosk started. For now the staff panel's
// visitor statistics; this is the one place to change when the figures move.
int sessionsSinceStart(StaffServices& services) {
    return services.visitors().sessions();
}

std::string hostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || !name[0]) return "kiosk";
    return name;
}

std::string localDate(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

std::string folderName(const std::string& dir) {
    const size_t slash = dir.find_last_of('/');
    return slash == std::string::npos ? dir : dir.substr(slash + 1);
}

}  // namespace

StatusReporter::StatusReporter(std::string outbox, std::string stateDir, double startedAt,
                               std::shared_ptr<const InboxInstallStep> inbox)
    : outbox_(std::move(outbox)),
      stateDir_(std::move(stateDir)),
      startedAt_(startedAt),
      inbox_(std::move(inbox)) {}

void StatusReporter::update(double now, const Pack& showing, const std::string& showingDir,
                            StaffServices& services, JobRunner& jobs) {
    if (now < nextWrite_) return;
    KioskStatus status;
    status.uptimeSeconds = now - startedAt_;
    status.packId = showing.manifest.id;
    status.packVersion = showing.manifest.version;
    status.packFolder = folderName(showingDir);
    status.lastProblem = lastProblemLogLine();
    const int sessions = sessionsSinceStart(services);
    // Today's visits from the hourly figures once read: they count the visits
    // before a restart too.
    const long lasting = services.visitsToday(now);
    const bool submitted = jobs.submit<std::string>(
        "job_status", kOutbox,
        [status, sessions, lasting, outbox = outbox_, state = stateDir_, inbox = inbox_,
         daily = daily_](JobContext&) mutable {
            status.kiosk = hostName();
            status.writtenAt = static_cast<int64_t>(std::time(nullptr));
            const int sinceStart = daily->today(sessions, localDate(std::time(nullptr)));
            status.visitorsToday = lasting >= 0 ? int(lasting) : sinceStart;
            status.lastInstall = lastInstallIn(state);
            if (inbox) status.inbox = inbox->notes();
            return writeStatusFile(outbox, status);
        },
        [this, outbox = outbox_](std::string why) {
            if (!why.empty() && !failing_)
                spdlog::warn("status file in {} not written: {}", outbox, why);
            failing_ = !why.empty();
        });
    // Refused while the last one is still queued: tried again next frame.
    if (submitted) nextWrite_ = now + kEverySeconds;
}

}  // namespace kiosk
