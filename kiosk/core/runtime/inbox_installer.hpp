#pragma once
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "install/pack_installer.hpp"
#include "runtime/inbox_readiness.hpp"
#include "runtime/usb_installer.hpp"

namespace kiosk {

// Settings of installs from the inbox folder (from the configuration).
struct InboxInstallSettings {
    // The folder a sync tool fills with packs (packs.inbox).
    std::string inbox;
    // The installed-pack state folder.
    std::string stateDir;
    std::vector<PublicKey> trusted;
    InstallOptions install;
    // Seconds a pack's listing must stay the same before it is tried.
    double settleSeconds = 2.0;
    // Seconds since the epoch, for the install history.
    std::function<int64_t()> clock;
};

// Where one pack in the inbox stands, for the status file.
struct InboxNote {
    std::string name;    // its file or folder name in the inbox
    std::string state;   // copying, changing, settling, waiting, installed, in-use, older, refused
    std::string detail;  // why it waits or was refused, in plain words; may be empty
};

// One look at the inbox and the install of what is complete there, done
// synchronously: the kiosk runs it as a job beside the look at USB sticks
// (never on the render thread); tests call it directly. A pack is installed
// exactly as a stick's is (installPack: verification, copy, verification
// again, current; the same notices), but only once InboxTracker finds it
// settled and every file its manifest lists is there at its full size; until
// then it waits, quietly. The newest of several packs is tried first, so that
// older ones left in the folder are only logged, once.
class InboxInstallStep {
  public:
    explicit InboxInstallStep(InboxInstallSettings settings);
    // `now`: seconds on any steady clock (the frame clock). Events go to
    // `emit` as they happen; an event with an empty notice is for the log only.
    void run(double now, const std::function<void(UsbEvent)>& emit,
             const std::function<void(uint64_t done, uint64_t total)>& progress = {});
    // The pack folder the kiosk shows (never pruned while in use).
    void setPackInUse(const std::string& folderName);
    // Every pack in the inbox at the last look; safe from any thread.
    std::vector<InboxNote> notes() const;
    const InboxInstallSettings& settings() const { return settings_; }

  private:
    struct Offer;
    void offer(const Offer& offer, const std::function<void(UsbEvent)>& emit,
               const std::function<void(uint64_t, uint64_t)>& progress);
    void note(const std::string& path, const std::string& state, const std::string& detail);

    InboxInstallSettings settings_;
    InboxTracker tracker_;
    mutable std::mutex mutex_;  // guards the two below
    std::string packInUse_;
    std::vector<InboxNote> notes_;
    std::string unreadable_;  // why the inbox could not be read at the last look (said once)
};

}  // namespace kiosk
