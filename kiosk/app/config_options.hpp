#pragma once
#include <set>
#include <string>

#include "config/kiosk_config.hpp"
#include "options.hpp"

namespace kiosk {

// Joins the configuration file and the command line: a flag given on the
// command line wins and is written into `config` (so --print-config shows what
// is in force); a flag not given takes the file's value. `givenFlags` holds
// the long names of the flags given ("--state").
void mergeConfigAndFlags(const std::set<std::string>& givenFlags, KioskConfig& config,
                         AppOptions& options);

// Reads --config FILE (or the default file when absent), reports its problems
// and merges it with the flags into options.config; then reads the trusted
// key files (unless only printing). False when the kiosk must not start
// (problems already printed).
bool loadConfigIntoOptions(const std::set<std::string>& givenFlags, AppOptions& options);

}  // namespace kiosk
