#include "interactive_loop.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "input/screen_rotation.hpp"
#include "kiosk_runtime.hpp"
#include "images/image_cache.hpp"
#include "kiosk_sound.hpp"
#include "pacing/frame_pacing.hpp"
#include "partial_redraw.hpp"
#include "process_clock.hpp"
#include "schedule_setup.hpp"
#include "showing_log.hpp"
#include "startup.hpp"
#include "watchdog.hpp"

namespace kiosk {

namespace {

PointerEvent toPointerEvent(const platform::PointerSample& s) {
    const PointerEvent::Type type =
        s.kind == platform::PointerSample::Kind::Down ? PointerEvent::Type::Down
        : s.kind == platform::PointerSample::Kind::Up ? PointerEvent::Type::Up
                                                      : PointerEvent::Type::Move;
    return {type, {s.x, s.y}, s.time};
}

}  // namespace

int runInteractive(platform::Display& display, std::unique_ptr<LiveContent> live,
                   const LiveContentSettings& settings) {
    const AppOptions& options = settings.options;
    KioskRuntime runtime(std::move(live), settings, UsbWatching::OnThread, display.seconds());
    runtime.app().start(display.seconds());
    // Sound opens and loads on its own thread; until it is ready, and for good
    // without a device, the kiosk runs silently.
    runtime.services().setVolume(options.volume);
    KioskSound sound(platform::openSdlAudio(soundFilesFor(runtime.pack())),
                     soundSettingsFrom(options));
    sound.start(display.seconds());
    if (!options.startScreen.empty())
        runtime.app().showScreen(resolveScreenArgument(options.startScreen, runtime.pack()),
                                 options.language, display.seconds());
    ShowingLog showings(options.config);
    if (showings.enabled())
        runtime.services().setPlayLogExport(
            [&showings](const std::string& dir) { return showings.exportTo(dir); });
    // systemd's watchdog (kiosk.service): fed every pass, so a loop that hangs
    // is restarted; a no-op outside systemd.
    platform::ServiceWatchdog watchdog;
    bool firstFrame = true;
    const PacingSettings pacing;
    double lastFrameAt = -std::numeric_limits<double>::infinity();
    FrameNeed need;          // of the frame last drawn
    bool darkShown = false;  // the black frame of off hours is on screen
    PartialRedraw partial;   // frames redraw only what changed
    while (!display.closeRequested()) {
        bool redraw = false;  // input came, or a new pack: the next frame shows it
        const platform::FramebufferSize panel = display.framebufferSize();
        const ScreenRotation rotation{options.rotation, float(panel.width), float(panel.height)};
        for (const auto& sample : display.takePointerSamples()) {
            // Touch follows the picture on a panel mounted turned.
            PointerEvent event = toPointerEvent(sample);
            event.position = rotation.toContent(event.position);
            runtime.app().onPointer(event);
            redraw = true;
        }
        const double now = display.seconds();
        watchdog.feed(now);
        if (runtime.update(now)) {  // a new pack went live
            display.refreshFontTexture();
            partial.invalidate();
            redraw = true;
        }

        KioskApp& app = runtime.app();
        // The wall clock, for the schedule; read every frame so that a clock
        // set after boot (NTP) is followed.
        if (!options.wallClockAtStart) app.setWallClock(realWallClock(), now);
        // Every pass, drawn or not, so that the music keeps fading while frames rest.
        sound.setVolumePercent(runtime.services().volume());
        sound.frame(app, runtime.pack(), now);
        // Off hours: one black frame, then no rendering until the on hours
        // begin or a staff touch needs the screen.
        const bool dark = app.darkAndSettled(now);
        if (dark && darkShown) {
            display.waitEvents(std::clamp(
                std::min(app.secondsUntilNextChange(now), watchdog.secondsUntilNextPing(now)), 0.01,
                1.0));
            continue;
        }
        // Render on demand: draw when input came, as often as what is on
        // screen moves, or at its next timed change (next slide, idle
        // question); otherwise sleep until input or that moment.
        const PacingDecision pace =
            decideFrame(pacing, {now, lastFrameAt, redraw || dark != darkShown, need});
        if (!pace.drawNow) {
            display.waitEvents(std::min(pace.waitSeconds, watchdog.secondsUntilNextPing(now)));
            continue;
        }
        darkShown = dark;
        const platform::FramebufferSize size = display.framebufferSize();
        const double workStart = display.seconds();
        if (options.fullRedraw) {
            renderFrame(display, app, now, size.width, size.height,
                        runtime.pack().theme.background, nullptr, rotation.degrees);
            display.present();
        } else {
            buildFrame(display, app, now, size.width, size.height, rotation.degrees);
            partial.draw(display, size.width, size.height, runtime.pack().theme.background,
                         settings.images ? settings.images->textureChanges() : 0);
        }
        lastFrameAt = now;
        need = app.frameNeed(now);
        runtime.services().frameStats().add(display.seconds() - workStart, now);
        showings.frame(app, now);
        if (firstFrame) {
            firstFrame = false;
            spdlog::info("first frame presented {:.0f} ms after process start, peak memory {} KiB",
                         platform::secondsSinceProcessStart() * 1000.0,
                         platform::peakResidentKiB());
            markPackGood(options);  // it loaded and shows: the state's last-good follows it
            const Manifest& shown = runtime.pack().manifest;
            watchdog.ready(display.seconds(),
                           "showing " + shown.id + " version " + std::to_string(shown.version));
            if (options.quitAfterFirstFrame) break;
        }
        if (app.exitRequested()) {
            spdlog::info("staff exit");
            return kStaffExitStatus;
        }
        // Input that arrived while this frame was drawn is seen at once.
        display.pollEvents();
    }
    showings.finish(display.seconds());
    return 0;
}

}  // namespace kiosk
