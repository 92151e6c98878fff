#include "config_options.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>

#include <spdlog/spdlog.h>

#include "config/config_reader.hpp"
#include "config/setting_flags.hpp"
#include "install/signing_keys.hpp"

namespace kiosk {

namespace {

// The file read when --config is not given: KIOSK_CONFIG when set (empty: no
// file, the defaults; the test suite sets it so that a machine with the kiosk
// package installed tests the same as one without), else /etc/kiosk/kiosk.json.
std::string defaultConfigPath() {
    const char* fromEnvironment = std::getenv("KIOSK_CONFIG");
    return fromEnvironment ? fromEnvironment : kDefaultConfigPath;
}

}  // namespace

bool loadConfigIntoOptions(const CLI::App& app, const KioskConfig& fromFlags, AppOptions& options) {
    const bool asked = !options.configPath.empty();
    const std::string path = asked ? options.configPath : defaultConfigPath();
    ConfigLoad load = loadKioskConfig(path, asked);
    for (const auto& p : load.problems.all()) {
        if (p.severity == Problem::Severity::Error)
            spdlog::error("{}", p.format());
        else
            spdlog::warn("{}", p.format());
    }
    if (!load.ok()) {
        // Starting on half a configuration could show the wrong packs or
        // none of the staff's settings; the message says where to look.
        spdlog::error("configuration {} has {} error{}; the kiosk does not start until it is fixed",
                      path, load.problems.errorCount(), load.problems.errorCount() == 1 ? "" : "s");
        return false;
    }
    if (load.fromFile) spdlog::debug("configuration read from {}", path);
    options.config = load.config;
    if (const std::string problem = applyGivenFlags(app, fromFlags, options.config);
        !problem.empty()) {
        spdlog::error("{}", problem);
        return false;
    }
    // A trusted key file that is not a key stops the kiosk here, named, rather
    // than leaving it to trust nothing (or to read /dev/zero) later. A key
    // file not there yet does not: a kiosk just installed from the package
    // names /etc/kiosk/staff.public before staff have put their key there, and
    // must start on its built-in pack (refusing every stick, as start-up and
    // the USB installer say) rather than not at all. Printing the
    // configuration reads no keys.
    if (options.printConfig) return true;
    for (const auto& path : options.config.packs.trustedKeys) {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) continue;
        PublicKey key;
        const std::string keyProblem = readPublicKeyFile(path, key);
        if (!keyProblem.empty()) {
            spdlog::error("{}", keyProblem);
            return false;
        }
    }
    return true;
}

}  // namespace kiosk
