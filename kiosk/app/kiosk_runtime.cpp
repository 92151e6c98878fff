#include "kiosk_runtime.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "content/pack_loader.hpp"
#include "install/crash_loop_guard.hpp"
#include "install/signing_keys.hpp"
#include "install/state_usability.hpp"
#include "kept_place.hpp"
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
    usb.mountRoots = options.config.packs.mountRoots;
    usb.stateDir = options.config.packs.stateDir;
    const std::string keyProblem =
        readPublicKeyFiles(options.config.packs.trustedKeys, usb.trusted);
    if (!keyProblem.empty()) spdlog::error("{}", keyProblem);
    usb.install.allowUnsigned = options.config.packs.allowUnsigned;
    usb.install.keepPrevious = options.config.packs.keepPacks;
    usb.install.loadCheck = [](const std::string& dir) {
        PackLoadOptions quick;
        quick.checkImages = false;
        const PackLoadResult r = loadPack(dir, quick);
        return r.pack ? std::string() : r.problems.errors().front().format();
    };
    usb.clock = [] { return static_cast<int64_t>(std::time(nullptr)); };
    return usb;
}

// The inbox installs as sticks do: the same keys, options and clock.
InboxInstallSettings inboxSettings(const AppOptions& options, const UsbInstallSettings& usb) {
    InboxInstallSettings inbox;
    inbox.inbox = options.config.packs.inbox;
    inbox.stateDir = usb.stateDir;
    inbox.trusted = usb.trusted;
    inbox.install = usb.install;
    inbox.clock = usb.clock;
    return inbox;
}

// What one look at the sticks brings back: the pack it installed, made ready.
struct UsbLook {
    std::unique_ptr<PreparedContent> prepared;
};

}  // namespace

KioskRuntime::KioskRuntime(std::unique_ptr<LiveContent> live, const LiveContentSettings& settings,
                           UsbWatching usb, double now)
    : settings_(settings),
      live_(std::move(live)),
      now_(now),
      jobs_(usb == UsbWatching::WhenAskedTo ? JobRunner::Mode::Inline : JobRunner::Mode::Worker) {
    const AppOptions& options = settings_.options;
    const LiveContentSettings contentSettings = settings_;
    services_ = std::make_unique<KioskStaffServices>(
        options, now, jobs_, [contentSettings](const std::string& dir, std::string& why) {
            return prepareContent(dir, contentSettings, why);
        });
    if (!options.config.packs.stateDir.empty()) {
        // Once, at start: a folder left to another user (kiosk-pack run as
        // root) silently turns the crash-loop guard and USB installs off.
        const std::string problem = stateFolderProblem(options.config.packs.stateDir, ::geteuid());
        if (!problem.empty()) spdlog::error("state folder: {}", problem);
        services_->setStateProblem(printable(problem));  // shown as it is on the panel
        // This run, the last one recorded, has not ended yet.
        const auto runs = readRecordedStarts(options.config.packs.stateDir);
        const auto unclean = std::count_if(runs.begin(), runs.end(),
                                           [](const RecordedStart& r) { return !r.endedCleanly; });
        services_->setRestartsAfterCrashes(std::max<int>(0, int(unclean) - 1));
    }
    watcher_ = std::move(settings_.watcher);
    pin_ = verifierForHash(options.config.staff.pinHash);
    if (usb != UsbWatching::Off && !options.config.packs.stateDir.empty() &&
        !options.config.packs.mountRoots.empty()) {
        std::string roots;
        for (const auto& r : options.config.packs.mountRoots) roots += " " + r;
        spdlog::info("watching{} for content packs on USB sticks", roots);
        // Packs are prepared in the job that installs them (see lookForSticks).
        usb_ = std::make_shared<UsbInstallStep>(usbSettings(options), PackPreparer{});
        usbOnTimer_ = usb == UsbWatching::OnThread;
    }
    if (usb != UsbWatching::Off && !options.config.packs.stateDir.empty() &&
        !options.config.packs.inbox.empty()) {
        spdlog::info("watching {} for content packs from a sync tool", options.config.packs.inbox);
        // The keys are read again only when there are no sticks to watch.
        const UsbInstallSettings install = usb_ ? usb_->settings() : usbSettings(options);
        inbox_ = std::make_shared<InboxInstallStep>(inboxSettings(options, install));
        inboxOnTimer_ = usb == UsbWatching::OnThread;
    }
    if (!options.config.packs.outbox.empty())
        status_ = std::make_unique<StatusReporter>(options.config.packs.outbox,
                                                   options.config.packs.stateDir, now, inbox_);
    attach();
}

KioskRuntime::~KioskRuntime() = default;

void KioskRuntime::attach() {
    // The PIN is checked on the worker (Argon2 takes a noticeable time by
    // design); the pad keeps drawing meanwhile. It shares no resource, so it
    // is never refused: a check left running by a pad that was cancelled only
    // queues the next one, and its late verdict is dropped.
    PinCheck check = [this, verify = pin_](const std::string& pin,
                                           std::function<void(bool)> done) {
        jobs_.submit<bool>(
            "job_pin", 0, [verify, pin](JobContext&) { return verify(pin); }, std::move(done));
    };
    live_->app->attachStaff(services_.get(), std::move(check));
    services_->setShowing(live_->pack.get(), live_->dir);
    services_->selfTestHere().setShowing(live_->pack.get(), live_->dir, &live_->fonts);
    if (usb_) usb_->setPackInUse(folderName(live_->dir));
    if (inbox_) inbox_->setPackInUse(folderName(live_->dir));
}

void KioskRuntime::report(UsbEvent e) {
    const bool outcome = e.result || e.setAside;  // not a "checking..." on the way
    if ((e.result && !e.result->ok()) || e.setAside || e.warning)
        spdlog::warn("{}", e.logLine);
    else
        spdlog::info("{}", e.logLine);
    if (!e.notice.headline.empty()) live_->app->showNotice(e.notice, now_);  // else log only
    if (outcome) services_->setLastUsbNotice(e.notice);
    if (outcome && status_) status_->writeSoon();
}

void KioskRuntime::lookForSticks() {
    std::shared_ptr<UsbInstallStep> usb = usb_;
    submitInstallLook("job_install",
                      [usb](const auto& emit, const auto& progress) { usb->run(emit, progress); });
}

// The inbox on the frame clock: its packs must stay the same for a couple of
// seconds of it before they are tried.
void KioskRuntime::lookInInbox() {
    std::shared_ptr<InboxInstallStep> inbox = inbox_;
    const double now = now_;
    submitInstallLook("job_inbox", [inbox, now](const auto& emit, const auto& progress) {
        inbox->run(now, emit, progress);
    });
}

// One look at the mount roots or the inbox as a job: the install (verify,
// copy, fsync), then the loading of the installed pack and its fonts, all on
// the worker; the notices reach the screen as they happen.
void KioskRuntime::submitInstallLook(const char* jobName, InstallLook install) {
    const LiveContentSettings contentSettings = settings_;
    jobs_.submit<std::shared_ptr<UsbLook>>(
        jobName, kStateFolder | kPackSwitch,
        [this, install, contentSettings](JobContext& job) {
            auto look = std::make_shared<UsbLook>();
            std::string installed;
            // The bar: the copy's bytes, then the loading of the pack and its fonts.
            install(
                [&](UsbEvent e) {
                    if (!e.packDir.empty()) installed = e.packDir;
                    job.post([this, e = std::move(e)]() mutable { report(std::move(e)); });
                },
                [&](uint64_t done, uint64_t total) {
                    job.progress({"copying", done, total + total / 4});
                });
            if (installed.empty()) return look;
            std::string why;
            look->prepared = prepareContent(installed, contentSettings, why);
            if (!look->prepared) spdlog::error("{}: {}", installed, why);
            return look;
        },
        [this](std::shared_ptr<UsbLook> look) {
            if (look->prepared) services_->setPending(std::move(look->prepared));
        });
}

void KioskRuntime::scanUsbNow(double now) {
    now_ = now;
    if (!usb_ && !inbox_) return;
    if (usb_) lookForSticks();
    jobs_.waitIdle();
    if (inbox_) lookInInbox();
    jobs_.waitIdle();
    jobs_.applyFinished();
}

void KioskRuntime::markShowingGood() {
    if (settings_.options.config.packs.stateDir.empty()) return;
    const AppOptions options = settings_.options;
    jobs_.submit<bool>(
        "job_mark_good", kStateFolder,
        [options](JobContext&) {
            markPackGood(options);
            return true;
        },
        [](bool) {});
}

bool KioskRuntime::update(double now) {
    now_ = now;
    jobResultsApplied_ = jobs_.applyFinished() > 0;
    services_->setWallClock(live_->app->wallClock(now));  // the figures' "today"
    if (usbOnTimer_ && now >= nextUsbLook_ && !jobs_.busy(kStateFolder)) {
        lookForSticks();
        nextUsbLook_ = now + UsbInstallSettings{}.scanSeconds;
    }
    if (inboxOnTimer_ && now >= nextInboxLook_ && !jobs_.busy(kStateFolder)) {
        lookInInbox();
        nextInboxLook_ = now + UsbInstallSettings{}.scanSeconds;
    }
    if (status_) status_->update(now, *live_->pack, live_->dir, *services_, jobs_);
    if (watcher_ && followWatch(now)) return true;
    const bool fontsReplaced = followVisitorFonts(now);
    // A visitor's fonts' build reads the pack on screen: it stays until that is done.
    if (!services_->hasPending() || live_->app->phase() != SessionPhase::Attract ||
        live_->app->staffPanelShowing() || buildingFonts_)
        return fontsReplaced;
    return goLive(now);
}

bool KioskRuntime::goLive(double now) {
    std::unique_ptr<PreparedContent> prepared = services_->takePending();
    const std::string dir = prepared->dir;
    const int version = prepared->pack->manifest.version;
    ui::FontAtlasPtr replaced;
    std::unique_ptr<LiveContent> next = goLiveWith(std::move(*prepared), settings_, replaced);
    spdlog::info("now showing {}", dir);
    live_ = std::move(next);  // the content before goes, with its atlases
    fontsFailed_.clear();
    replaced.reset();         // ImGui's start-up atlas, after what drew with it
    live_->app->start(now);
    attach();
    live_->app->showNotice(switchedNotice(version), now);
    markShowingGood();
    if (status_) status_->writeSoon();
    return true;
}

double KioskRuntime::secondsUntilNextLook() const {
    return watcher_ ? watcher_->secondsBetweenLooks() : 1e9;
}

// A watched pack's reload: its content at once, in the place the last one
// was, and its problems over the screen. True when the content was replaced.
bool KioskRuntime::followWatch(double now) {
    watcher_->look(now);  // inline only; the thread looks by itself
    if (!reloadWaiting_) reloadWaiting_ = watcher_->takeReady();
    // A text size's build reads the pack on screen: it stays until that is done.
    if (!reloadWaiting_ || (reloadWaiting_->prepared && buildingFonts_)) return false;
    PackReload reload = std::move(*reloadWaiting_);
    reloadWaiting_.reset();
    packProblems_ = problemsView(reload);
    jobResultsApplied_ = true;  // the problems changed: the next frame shows them
    if (!reload.prepared) {
        live_->app->setPackProblems(packProblems_);
        return false;
    }
    showReloaded(std::move(reload.prepared), now);
    return true;
}

void KioskRuntime::showReloaded(std::unique_ptr<PreparedContent> prepared, double now) {
    const KeptPlace place = placeOf(*live_->app);
    ui::FontAtlasPtr replaced;
    std::unique_ptr<LiveContent> next = goLiveWith(std::move(*prepared), settings_, replaced);
    live_ = std::move(next);  // the content before goes, with its atlases
    fontsFailed_.clear();
    replaced.reset();  // ImGui's start-up atlas, after what drew with it
    live_->app->start(now);
    restorePlace(*live_->app, *live_->pack, place, now);
    live_->app->setPackProblems(packProblems_);
    attach();
}

// The fonts follow the visitor's text size and language: in place at once
// when kept, else built on the worker while the frames go on with the fonts
// they have (a language whose fonts are not there yet is drawn in the first).
bool KioskRuntime::followVisitorFonts(double now) {
    const FontKey wanted = fontKeyFor(live_->app->textSizeAt(now), live_->app->languageAt(now));
    if (wanted == live_->fontKey) return false;
    if (useFonts(*live_, wanted, settings_)) return true;
    if (!buildingFonts_ && !fontsFailed_.count(keyIndex(wanted))) buildVisitorFonts(wanted);
    return false;
}

void KioskRuntime::buildVisitorFonts(const FontKey& key) {
    using Built = std::vector<std::pair<FontKey, std::unique_ptr<ui::KeptFontAtlas>>>;
    const std::vector<FontKey> missing = live_->kept->missingFor(key);
    const Pack* pack = live_->pack.get();
    const LiveContentSettings settings = settings_;
    buildingFonts_ = jobs_.submit<std::shared_ptr<Built>>(
        "job_text_size", 0,
        [pack, missing, settings](JobContext&) {
            auto built = std::make_shared<Built>();
            for (const FontKey& k : missing)
                built->emplace_back(
                    k, kiosk::buildVisitorFonts(*pack, settings.options, settings.screenShortSide,
                                                settings.maxTextureSize, k));
            return built;
        },
        [this, key](std::shared_ptr<Built> built) {
            buildingFonts_ = false;
            for (auto& [k, fonts] : *built) {
                if (fonts) {
                    live_->kept->keep(k, std::move(fonts), live_->fontKey);
                    continue;
                }
                spdlog::error("the fonts for text size x{} and Han face {} could not be built",
                              textScale(k.size), k.face);
                fontsFailed_.insert(keyIndex(key));
            }
            if (live_->kept->ready(key))
                spdlog::info(
                    "fonts for text size x{} and Han face {} built; {:.1f} MiB kept for "
                    "the sizes and languages chosen",
                    textScale(key.size), key.face, double(live_->kept->bytes()) / (1 << 20));
        });
}

}  // namespace kiosk
