#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "content/pack.hpp"
#include "options.hpp"
#include "runtime/proof_of_play.hpp"
#include "staff/staff_services.hpp"

namespace kiosk {

// The staff panel's view of this running kiosk: the state folder, the pack on
// screen and the one waiting to go live, USB results, frame and visitor
// statistics, recent log lines and the volume.
class KioskStaffServices : public StaffServices {
  public:
    KioskStaffServices(const AppOptions& options, double startedAt);

    // Kept up to date by the render loop.
    void setShowing(const Pack* pack, const std::string& dir);
    void setPending(std::shared_ptr<Pack> pack, const std::string& dir);
    void clearPending();
    const std::shared_ptr<Pack>& pending() const { return pending_; }
    const std::string& pendingDir() const { return pendingDir_; }
    void setLastUsbNotice(const InstallNotice& notice) { lastUsb_ = notice; }
    // Found at start-up (not looked up while the panel draws): the state
    // folder's usability, and the runs before this one that ended uncleanly
    // within the crash-loop window (only this run writes there meanwhile).
    void setStateProblem(std::string problem) { stateProblem_ = std::move(problem); }
    void setRestartsAfterCrashes(int count) { restartsAfterCrashes_ = count; }
    FrameStats& frameStats() { return frames_; }
    bool exitWanted() const { return exitWanted_; }
    // The export also copies the proof-of-play log when there is one.
    void setPlayLogExport(std::function<PlayLogExport(const std::string& dir)> exportTo) {
        playLogExport_ = std::move(exportTo);
    }
    // True once after staff changed the state's current pack (rollback).
    bool takeCurrentChanged() { return std::exchange(currentChanged_, false); }

    std::string showingSummary() override;
    std::vector<StaffPackEntry> installedPacks() override;
    std::string rollBack() override;
    std::optional<std::string> pendingPack() override;
    std::vector<std::string> pendingChanges() override;
    std::optional<InstallNotice> lastUsbNotice() override { return lastUsb_; }
    StaffHealth health(double now) override;
    const FrameStats& frames() override { return frames_; }
    const VisitorStats& visitors() override { return visitors_; }
    VisitorStats& visitorsToRecord() override { return visitors_; }
    std::string exportVisitorStats() override;
    int volume() override { return volume_; }
    void setVolume(int percent) override { volume_ = percent; }
    void exitKiosk() override { exitWanted_ = true; }

  private:
    AppOptions options_;
    double startedAt_;
    const Pack* showing_ = nullptr;
    std::string showingDir_;
    std::shared_ptr<Pack> pending_;
    std::string pendingDir_;
    std::vector<std::string> pendingChanges_;
    std::optional<InstallNotice> lastUsb_;
    std::string stateProblem_;
    int restartsAfterCrashes_ = -1;
    FrameStats frames_;
    VisitorStats visitors_;
    int volume_ = 80;
    bool exitWanted_ = false;
    bool currentChanged_ = false;
    std::function<PlayLogExport(const std::string& dir)> playLogExport_;
};

// The first folder under the mount roots that takes a file: where staff
// exports go. Empty when no stick is writable.
std::string writableStickFolder(const std::vector<std::string>& mountRoots);

}  // namespace kiosk
