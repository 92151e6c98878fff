#pragma once
#include <array>
#include <memory>
#include <set>

#include "font_atlas_slot.hpp"
#include "jobs/job_runner.hpp"
#include "kiosk_staff_services.hpp"
#include "live_content.hpp"
#include "pack_watcher.hpp"
#include "runtime/inbox_installer.hpp"
#include "runtime/usb_installer.hpp"
#include "staff/pin_gate.hpp"
#include "status_reporter.hpp"

namespace kiosk {

// How the runtime looks at USB sticks.
enum class UsbWatching {
    Off,          // no state folder (or told not to): nothing is installed
    OnThread,     // the interactive kiosk: a job looks every couple of seconds
    WhenAskedTo,  // scripted sessions: one look per scanUsbNow(), jobs run inline
};

// The kiosk between frames, whoever drives the clock (the interactive loop or
// a script): the content on screen, the staff services, the job runner that
// does their slow work (USB installs, rollbacks, exports, PIN checks, pack
// loads and font builds), and the swap of a newly installed (or rolled-back)
// pack at the next quiet moment — the attract loop with the staff panel shut,
// never in the middle of a visit.
class KioskRuntime {
  public:
    KioskRuntime(std::unique_ptr<LiveContent> live, const LiveContentSettings& settings,
                 UsbWatching usb, double now);
    ~KioskRuntime();

    KioskApp& app() { return *live_->app; }
    const Pack& pack() const { return *live_->pack; }
    // The fonts in ImGui's place, and the text size and Han face they are for.
    const ui::LanguageFonts& fonts() const { return live_->fonts; }
    TextSize textSize() const { return live_->fontKey.size; }
    const FontKey& fontKey() const { return live_->fontKey; }
    KioskStaffServices& services() { return *services_; }
    JobRunner& jobs() { return jobs_; }

    // At the start of a frame: applies what finished jobs brought back,
    // starts the periodic look for sticks, puts the fonts for the visitor's
    // text size in place (once built), and swaps in a waiting pack when the
    // moment is quiet. True when the content or its fonts were replaced: the
    // caller uploads the new font atlas before the next frame.
    bool update(double now);
    // The last update() applied what a job brought back (a PIN verdict, a
    // listing, a rollback's outcome): the next frame should show it.
    bool jobResultsApplied() const { return jobResultsApplied_; }
    // Scripts: one look at the mount roots and the inbox now, installing
    // what is there.
    void scanUsbNow(double now);
    // kiosk --watch (settings.watcher): each reload goes live at once (not at
    // a quiet moment), on the screen and item that were showing, and its
    // problems are drawn over the screen.
    PackWatcher* watcher() { return watcher_.get(); }
    // The longest the frame loop may sleep before the next update (a watched
    // pack is looked at every tenth of a second; otherwise no limit).
    double secondsUntilNextLook() const;
    // What the last reload of a watched pack said (drawn over the screen).
    const ui::PackProblemsView& packProblems() const { return packProblems_; }
    // The content on screen has drawn its first frame: the state's last-good
    // follows it (a job: it writes and syncs the state folder).
    void markShowingGood();

  private:
    void attach();
    void report(UsbEvent e);
    void lookForSticks();
    void lookInInbox();
    using InstallLook =
        std::function<void(const std::function<void(UsbEvent)>& emit,
                           const std::function<void(uint64_t, uint64_t)>& progress)>;
    void submitInstallLook(const char* jobName, InstallLook look);
    bool goLive(double now);
    bool followWatch(double now);
    void showReloaded(std::unique_ptr<PreparedContent> prepared, double now);
    bool followVisitorFonts(double now);
    void buildVisitorFonts(const FontKey& key);
    static int keyIndex(const FontKey& key) { return int(key.size) * 16 + key.face; }

    LiveContentSettings settings_;
    std::unique_ptr<LiveContent> live_;
    std::unique_ptr<KioskStaffServices> services_;
    PinVerifier pin_;
    std::shared_ptr<UsbInstallStep> usb_;
    bool usbOnTimer_ = false;
    double nextUsbLook_ = 0.0;
    // The inbox folder a sync tool fills, looked at like the sticks.
    std::shared_ptr<InboxInstallStep> inbox_;
    bool inboxOnTimer_ = false;
    double nextInboxLook_ = 0.0;
    std::unique_ptr<StatusReporter> status_;
    double now_ = 0.0;  // of the last update, for what jobs report
    bool jobResultsApplied_ = false;
    // A worker builds a visitor's fonts for the content on screen (which
    // stays until it is done); the keys (keyIndex) whose fonts could not be built.
    bool buildingFonts_ = false;
    std::set<int> fontsFailed_;
    // kiosk --watch: the watcher, a reload waiting for a text size's fonts
    // to be built first, and the problems of the last reload.
    std::shared_ptr<PackWatcher> watcher_;
    std::optional<PackReload> reloadWaiting_;
    ui::PackProblemsView packProblems_;
    // Last, so it stops first: its jobs refer to the members above.
    JobRunner jobs_;
};

}  // namespace kiosk
