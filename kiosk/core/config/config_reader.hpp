#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "config/kiosk_config.hpp"
#include "content/problem.hpp"

namespace kiosk {

// A configuration file as read: the values (defaults where the file is silent
// or wrong) and every problem as "FILE: /json/pointer: message".
struct ConfigLoad {
    KioskConfig config;
    ProblemList problems;
    // False when the default file is absent and the defaults apply.
    bool fromFile = false;

    bool ok() const { return !problems.hasErrors(); }
};

// Reads the configuration at `path`. A missing file is an error when it was
// asked for (`required`: --config FILE), and means the defaults otherwise (the
// default /etc/kiosk/kiosk.json on a developer's machine).
ConfigLoad loadKioskConfig(const std::string& path, bool required);

// Reads a parsed configuration document; problems name `file`. Relative paths
// inside it are taken from `baseDir` (the file's folder).
KioskConfig readKioskConfig(const nlohmann::json& document, const std::string& file,
                            const std::string& baseDir, ProblemList& problems);

}  // namespace kiosk
