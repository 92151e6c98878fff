#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "config/kiosk_config.hpp"

// The table's command-line flags (CLI11): registered with their help and
// checks from the table, parsed into a configuration of their own, then laid
// over the file's configuration where they were given.

namespace kiosk {

// The heading of the table's flags in --help.
inline constexpr const char* kSettingsGroup = "Settings (also in the configuration file)";

// Adds every flag of the table to `app`; each writes into `fromFlags`.
void addSettingFlags(CLI::App& app, KioskConfig& fromFlags);

// After parsing: copies into `config` every setting whose flag was given, so
// that a flag overrides the file. Empty, or why a given value is refused
// ("--staff-pin-hash is not an Argon2 hash; ..."), checked as the file is.
std::string applyGivenFlags(const CLI::App& app, const KioskConfig& fromFlags, KioskConfig& config);

}  // namespace kiosk
