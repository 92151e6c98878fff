#pragma once
#include <string>
#include <vector>

#include "config/kiosk_config.hpp"

namespace kiosk {

// The kiosk's log, through spdlog's default logger, so any file logs with
// spdlog::info(...) and friends. Messages go to stderr as "kiosk: message":
// a terminal shows them as they always were, and under systemd the journal
// takes stderr, with each line's syslog priority as a "<N>" prefix so that
// `journalctl -p warning` works.

// Before the configuration is read: stderr only, at info.
void startLogging();

// Applies the configuration's level and, when it names a file, adds a
// size-capped rotating file (created with its folder). A file that cannot be
// opened is reported and the log carries on to stderr alone.
void configureLogging(const LogConfig& config);

// The last hundred log lines ("12:34:56 info message"), oldest first, for the
// staff panel.
std::vector<std::string> recentLogLines();

// The last warning or error ("2026-12-03T14:03:00+0900 warning message"),
// control characters escaped; empty when there has been none.
std::string lastProblemLogLine();

}  // namespace kiosk
