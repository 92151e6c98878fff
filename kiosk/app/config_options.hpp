#pragma once
#include <CLI/CLI.hpp>

#include "config/kiosk_config.hpp"
#include "options.hpp"

namespace kiosk {

// Reads --config FILE (or the default file when absent), reports its problems
// and lays the flags given on `app` (parsed into `fromFlags`) over it into
// options.config; then reads the trusted key files (unless only printing).
// False when the kiosk must not start (problems already printed).
bool loadConfigIntoOptions(const CLI::App& app, const KioskConfig& fromFlags, AppOptions& options);

}  // namespace kiosk
