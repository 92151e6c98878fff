#pragma once
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "content/pack.hpp"
#include "install/pack_installer.hpp"
#include "install/set_aside_packs.hpp"
#include "runtime/install_notice.hpp"
#include "runtime/mount_watcher.hpp"

namespace kiosk {

// Settings of USB installs (from the configuration).
struct UsbInstallSettings {
    // Folders under which sticks get mounted.
    std::vector<std::string> mountRoots = {"/media", "/run/media", "/mnt"};
    // The installed-pack state folder (kiosk-pack install --state).
    std::string stateDir;
    std::vector<PublicKey> trusted;
    InstallOptions install;
    // Seconds between looks at the mount roots.
    double scanSeconds = 2.0;
    // Seconds since the epoch, for the install history.
    std::function<int64_t()> clock;
};

// Something staff should hear about, in the order it happened.
struct UsbEvent {
    InstallNotice notice;  // an empty headline: for the log only
    std::string logLine;   // the technical line for the journal
    bool warning = false;  // a log-only line that is a warning (a refusal without a notice)
    std::optional<InstallResult> result;
    // The stick's pack is one the kiosk set aside for crashing it: skipped
    // before anything was copied (no `result`).
    std::optional<SetAsidePack> setAside;
    // An installed pack, loaded and ready to go live at the next quiet moment.
    std::shared_ptr<Pack> pack;
    std::string packDir;
};

// Loads an installed pack for showing; empty pointer with `why` when it cannot.
// Optional: without one, an event names the installed pack's folder only.
using PackPreparer = std::function<std::shared_ptr<Pack>(const std::string& dir, std::string& why)>;

// One look at the mount roots, and the install of whatever is ready there,
// done synchronously: the kiosk runs it as a job on its job runner every
// couple of seconds (so that verifying and copying a pack never holds up a
// frame); tests call it directly. A
// pack the kiosk set aside is skipped: a stick left in would otherwise put it
// back at every start.
class UsbInstallStep {
  public:
    UsbInstallStep(UsbInstallSettings settings, PackPreparer prepare);
    // Events are handed to `emit` as they happen ("checking", then the outcome);
    // `progress` gets the bytes of a pack copied so far of its total.
    void run(const std::function<void(UsbEvent)>& emit,
             const std::function<void(uint64_t done, uint64_t total)>& progress = {});
    // The pack folder the kiosk shows (never pruned while in use).
    void setPackInUse(const std::string& folderName);
    const UsbInstallSettings& settings() const { return settings_; }

  private:
    UsbInstallSettings settings_;
    PackPreparer prepare_;
    MountWatcher watcher_;
    std::mutex inUseMutex_;
    std::string packInUse_;
};

}  // namespace kiosk
