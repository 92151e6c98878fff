#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "install/durable_files.hpp"
#include "install/install_state.hpp"
#include "runtime/inbox_installer.hpp"

namespace kiosk {

// What a kiosk tells the staff PC about itself in its outbox folder, which a
// sync tool carries back: one small JSON file per kiosk, replaced whole every
// minute and after each install. docs/staff/inbox.md lists the fields.
struct KioskStatus {
    std::string kiosk;      // the kiosk's name (its host name)
    int64_t writtenAt = 0;  // seconds since the epoch
    double uptimeSeconds = 0.0;
    // The pack on screen.
    std::string packId;
    int packVersion = 0;
    std::string packFolder;
    // The last install the state folder's history records (from a stick, the
    // inbox or kiosk-pack install), whatever its outcome.
    std::optional<HistoryEntry> lastInstall;
    // The last warning or error the log wrote, as it wrote it; empty when none.
    std::string lastProblem;
    int visitorsToday = 0;
    // Every pack in the inbox, and where it stands.
    std::vector<InboxNote> inbox;
};

// The file's text (JSON, UTF-8; any byte that is not valid UTF-8 replaced).
std::string statusText(const KioskStatus& status);
// "<kiosk>.status.json", the name kept to letters, digits, '.', '_' and '-'.
std::string statusFileName(const std::string& kiosk);
// Writes the status into `outbox` atomically: a hidden temporary file beside
// it, synced, then renamed over the old one, so a sync tool (or the staff PC)
// sees the old file or the new one, never half of one. Error or empty.
std::string writeStatusFile(const std::string& outbox, const KioskStatus& status,
                            const DurableSteps& steps = {});
// The last install entry in the state folder's history, if any.
std::optional<HistoryEntry> lastInstallIn(const std::string& stateDir);

// Visitors since local midnight out of the sessions counted since the kiosk
// started: the count at the first look of a new day is the day's base.
class DailyVisitors {
  public:
    // `sessionsSinceStart`: the visitor statistics' sessions; `localDate`:
    // "YYYY-MM-DD" now.
    int today(int sessionsSinceStart, const std::string& localDate);

  private:
    std::string date_;
    int base_ = 0;
};

}  // namespace kiosk
