#include "kiosk_runtime.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "content/pack_loader.hpp"
#include "install/crash_loop_guard.hpp"
#include "install/signing_keys.hpp"
#include "install/state_usability.hpp"
#include "startup.hpp"
#include "text/printable.hpp"

namespace kiosk {

namespace {

std::string folderName(const std::string& dir) {
    const size_t slash = dir.find_last_of('/');
    return slash == std::string::npos ? dir : dir.substr(slash + 1);
}

UsbInstallSettings usbSettings(const AppOptions& options) {
    UsbInstallSettings usb;
    usb.mountRoots = options.mountRoots;
    usb.stateDir = options.stateDir;
    const std::string keyProblem = readPublicKeyFiles(options.trustedKeys, usb.trusted);
    if (!keyProblem.empty()) spdlog::error("{}", keyProblem);
    usb.install.allowUnsigned = options.allowUnsigned;
    usb.install.keepPrevious = options.keepPacks;
    usb.install.loadCheck = [](const std::string& dir) {
        PackLoadOptions quick;
        quick.checkImages = false;
        const PackLoadResult r = loadPack(dir, quick);
        return r.pack ? std::string() : r.problems.errors().front().format();
    };
    usb.clock = [] { return static_cast<int64_t>(std::time(nullptr)); };
    return usb;
}

// Loads an installed pack off the render thread, ready to go live.
std::shared_ptr<Pack> preparePack(const std::string& dir, std::string& why) {
    PackLoadResult loaded = loadPack(dir);
    if (!loaded.pack) {
        why = loaded.problems.errors().front().format();
        return nullptr;
    }
    return std::make_shared<Pack>(std::move(*loaded.pack));
}

}  // namespace

KioskRuntime::KioskRuntime(std::unique_ptr<LiveContent> live, const LiveContentSettings& settings,
                           UsbWatching usb, double now)
    : settings_(settings), live_(std::move(live)) {
    const AppOptions& options = settings_.options;
    services_ = std::make_unique<KioskStaffServices>(options, now);
    if (!options.stateDir.empty()) {
        // Once, at start: a folder left to another user (kiosk-pack run as
        // root) silently turns the crash-loop guard and USB installs off.
        const std::string problem = stateFolderProblem(options.stateDir, ::geteuid());
        if (!problem.empty()) spdlog::error("state folder: {}", problem);
        services_->setStateProblem(printable(problem));  // shown as it is on the panel
        // This run, the last one recorded, has not ended yet.
        const auto runs = readRecordedStarts(options.stateDir);
        const auto unclean = std::count_if(runs.begin(), runs.end(),
                                           [](const RecordedStart& r) { return !r.endedCleanly; });
        services_->setRestartsAfterCrashes(std::max<int>(0, int(unclean) - 1));
    }
    pin_ = verifierForHash(options.staffPinHash);
    if (usb != UsbWatching::Off && !options.stateDir.empty() && !options.mountRoots.empty()) {
        std::string roots;
        for (const auto& r : options.mountRoots) roots += " " + r;
        spdlog::info("watching{} for content packs on USB sticks", roots);
        if (usb == UsbWatching::OnThread)
            usbThread_ = std::make_unique<UsbInstaller>(usbSettings(options), preparePack);
        else
            usbStep_ = std::make_unique<UsbInstallStep>(usbSettings(options), preparePack);
    }
    attach();
}

KioskRuntime::~KioskRuntime() = default;

void KioskRuntime::attach() {
    live_->app->attachStaff(services_.get(), pin_);
    services_->setShowing(live_->pack.get(), live_->dir);
    const std::string inUse = folderName(live_->dir);
    if (usbThread_) usbThread_->setPackInUse(inUse);
    if (usbStep_) usbStep_->setPackInUse(inUse);
}

void KioskRuntime::report(UsbEvent e, double now) {
    const bool outcome = e.result || e.setAside;  // not a "checking..." on the way
    if ((e.result && !e.result->ok()) || e.setAside)
        spdlog::warn("{}", e.logLine);
    else
        spdlog::info("{}", e.logLine);
    if (!e.notice.headline.empty()) live_->app->showNotice(e.notice, now);  // else log only
    if (outcome) services_->setLastUsbNotice(e.notice);
    if (e.pack) services_->setPending(e.pack, e.packDir);
}

void KioskRuntime::scanUsbNow(double now) {
    if (!usbStep_) return;
    usbStep_->run([&](UsbEvent e) { report(std::move(e), now); });
}

bool KioskRuntime::update(double now) {
    if (usbThread_)
        for (UsbEvent& e : usbThread_->take()) report(std::move(e), now);
    if (services_->takeCurrentChanged()) {
        // A staff rollback: the state's current pack waits to go live. Not a
        // start of the kiosk, so the crash-loop guard is not asked.
        const std::string dir = packDirFromState(settings_.options);
        std::string why;
        if (!dir.empty()) {
            if (auto pack = preparePack(dir, why))
                services_->setPending(pack, dir);
            else
                spdlog::error("{}: {}", dir, why);
        }
    }
    if (!services_->pending() || live_->app->phase() != SessionPhase::Attract ||
        live_->app->staffPanelShowing())
        return false;
    return goLive(now);
}

bool KioskRuntime::goLive(double now) {
    std::shared_ptr<Pack> pack = services_->pending();
    const std::string dir = services_->pendingDir();
    services_->clearPending();
    const int version = pack->manifest.version;
    std::unique_ptr<LiveContent> next = makeLiveContent(std::move(*pack), dir, settings_);
    if (!next) {
        // Its fonts could not be built (the log says why). The atlas now holds
        // neither pack's glyphs: rebuild the one on screen and stay on it.
        spdlog::error("{} stays off screen: its fonts could not be built", dir);
        next = makeLiveContent(Pack(*live_->pack), live_->dir, settings_);
        if (!next) return false;
    } else {
        spdlog::info("now showing {}", dir);
    }
    const bool switched = next->dir == dir;
    live_ = std::move(next);
    live_->app->start(now);
    attach();
    if (switched) {
        live_->app->showNotice(switchedNotice(version), now);
        markPackGood(settings_.options);
    }
    return true;
}

}  // namespace kiosk
