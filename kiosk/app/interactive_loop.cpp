#include "interactive_loop.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "display.hpp"
#include "draw_list_memory.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "images/image_cache.hpp"
#include "input/screen_rotation.hpp"
#include "kiosk_runtime.hpp"
#include "kiosk_sound.hpp"
#include "pacing/frame_pacing.hpp"
#include "partial_redraw.hpp"
#include "process_clock.hpp"
#include "process_memory.hpp"
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

// The frame loop's passes, one object so that each step reads as a function:
// take input, do what is due between frames, decide whether to draw, draw.
class InteractiveLoop {
  public:
    InteractiveLoop(platform::Display& display, std::unique_ptr<LiveContent> live,
                    const LiveContentSettings& settings, LoopPassHook eachPass)
        : display_(display),
          eachPass_(std::move(eachPass)),
          settings_(settings),
          showings_(settings.options.config),
          runtime_(std::move(live), settings, UsbWatching::OnThread, display.seconds()),
          // Sound opens and loads on its own thread; until it is ready, and
          // for good without a device, the kiosk runs silently.
          sound_(platform::openSdlAudio(soundFilesFor(runtime_.pack())),
                 soundSettingsFrom(settings.options)) {}

    int run();

  private:
    bool takeInput(const ScreenRotation& rotation);
    bool restUntilNeeded(double now, bool redraw);
    void drawFrame(double now, const ScreenRotation& rotation);
    void firstFrameShown();
    void releaseMemoryOnWaking(double now);

    platform::Display& display_;
    LoopPassHook eachPass_;
    const LiveContentSettings& settings_;
    // Before the runtime: a staff export job may read it until the runtime's
    // job runner stops.
    ShowingLog showings_;
    KioskRuntime runtime_;
    KioskSound sound_;
    // systemd's watchdog (kiosk.service): fed every pass, so a loop that
    // hangs is restarted; a no-op outside systemd.
    platform::ServiceWatchdog watchdog_;
    PartialRedraw partial_;  // frames redraw only what changed
    const PacingSettings pacing_;
    double lastFrameAt_ = -std::numeric_limits<double>::infinity();
    FrameNeed need_;          // of the frame last drawn
    bool darkShown_ = false;  // the black frame of off hours is on screen
    bool firstFrame_ = true;
    bool attract_ = true;  // the visitor flow's phase at the last pass
    // When a visitor woke the kiosk, until the memory of the attract loop is
    // released; none while the loop plays or once released.
    std::optional<double> wokenAt_;
};

int InteractiveLoop::run() {
    const AppOptions& options = settings_.options;
    runtime_.app().start(display_.seconds());
    runtime_.services().setVolume(options.config.sound.volume);
    sound_.start(display_.seconds());
    if (!options.startScreen.empty())
        runtime_.app().showScreen(resolveScreenArgument(options.startScreen, runtime_.pack()),
                                  options.language, display_.seconds(), options.access);
    showings_.writeOn(runtime_.jobs());
    if (showings_.enabled())
        runtime_.services().setPlayLogExport(
            [this](const std::string& dir) { return showings_.exportTo(dir); });
    int status = 0;
    while (!display_.closeRequested()) {
        const platform::FramebufferSize panel = display_.framebufferSize();
        const ScreenRotation rotation{options.config.display.rotation, float(panel.width),
                                      float(panel.height)};
        bool redraw = takeInput(rotation);  // the next frame shows it
        const double now = display_.seconds();
        watchdog_.feed(now);
        // What finished on the worker lands here, between frames.
        if (runtime_.update(now)) {  // a new pack went live
            display_.refreshFontTexture();
            partial_.invalidate();
            redraw = true;
        }
        if (runtime_.jobResultsApplied()) redraw = true;
        if (eachPass_) eachPass_(runtime_, now);
        releaseMemoryOnWaking(now);
        if (restUntilNeeded(now, redraw)) continue;
        drawFrame(now, rotation);
        if (firstFrame_) {
            firstFrameShown();
            if (options.quitAfterFirstFrame) break;
        }
        if (runtime_.app().exitRequested()) {
            spdlog::info("staff exit");
            status = kStaffExitStatus;
            break;
        }
        // Input that arrived while this frame was drawn is seen at once.
        display_.pollEvents();
    }
    showings_.finish(display_.seconds());
    return status;
}

// Pointer samples to the app, turned with the panel; true when any came.
bool InteractiveLoop::takeInput(const ScreenRotation& rotation) {
    bool any = false;
    for (const auto& sample : display_.takePointerSamples()) {
        // Touch follows the picture on a panel mounted turned.
        PointerEvent event = toPointerEvent(sample);
        event.position = rotation.toContent(event.position);
        runtime_.app().onPointer(event);
        any = true;
    }
    return any;
}

// Everything due whether or not a frame is drawn; then, when no frame is
// needed yet, sleeps until input or the next change and returns true.
bool InteractiveLoop::restUntilNeeded(double now, bool redraw) {
    KioskApp& app = runtime_.app();
    // The wall clock, for the schedule; read every pass so that a clock set
    // after boot (NTP) is followed.
    if (!settings_.options.wallClockAtStart) app.setWallClock(realWallClock(), now);
    // Every pass, drawn or not, so that the music keeps fading while frames rest.
    sound_.setVolumePercent(runtime_.services().volume());
    if (const auto tone = runtime_.services().selfTestHere().takeTone())
        sound_.playTestTone(tone->first, tone->second);
    sound_.frame(app, runtime_.pack(), now);
    // Off hours: one black frame, then no rendering until the on hours begin
    // or a staff touch needs the screen.
    const bool dark = app.darkAndSettled(now);
    if (dark && darkShown_) {
        display_.waitEvents(std::clamp(
            std::min(app.secondsUntilNextChange(now), watchdog_.secondsUntilNextPing(now)), 0.01,
            1.0));
        return true;
    }
    // Render on demand: draw when input came, as often as what is on screen
    // moves, or at its next timed change (next slide, idle question);
    // otherwise sleep until input or that moment.
    const PacingDecision pace =
        decideFrame(pacing_, {now, lastFrameAt_, redraw || dark != darkShown_, need_});
    if (!pace.drawNow) {
        // A watched pack's reload is looked for at least every tenth of a second.
        display_.waitEvents(std::min({pace.waitSeconds, watchdog_.secondsUntilNextPing(now),
                                      runtime_.secondsUntilNextLook()}));
        return true;
    }
    darkShown_ = dark;
    return false;
}

void InteractiveLoop::drawFrame(double now, const ScreenRotation& rotation) {
    KioskApp& app = runtime_.app();
    const platform::FramebufferSize size = display_.framebufferSize();
    const double workStart = display_.seconds();
    const uint32_t background = app.background();
    if (settings_.options.fullRedraw) {
        renderFrame(display_, app, now, size.width, size.height, background, nullptr,
                    rotation.degrees);
        display_.present();
    } else {
        buildFrame(display_, app, now, size.width, size.height, rotation.degrees);
        partial_.draw(display_, size.width, size.height, background,
                      settings_.images ? settings_.images->textureChanges() : 0);
    }
    lastFrameAt_ = now;
    need_ = app.frameNeed(now);
    runtime_.services().frameStats().add(display_.seconds() - workStart, now);
    showings_.frame(app, now);
}

void InteractiveLoop::firstFrameShown() {
    firstFrame_ = false;
    spdlog::info("first frame presented {:.0f} ms after process start, peak memory {} KiB",
                 platform::secondsSinceProcessStart() * 1000.0, platform::peakResidentKiB());
    // What start-up freed (the pack's parsed JSON, the rasteriser's work)
    // lies in the arenas in pieces under the large-block threshold: given back.
    platform::releaseFreeHeapPages();
    runtime_.markShowingGood();  // it loaded and shows: the state's last-good follows it
    const Manifest& shown = runtime_.pack().manifest;
    watchdog_.ready(display_.seconds(),
                    "showing " + shown.id + " version " + std::to_string(shown.version));
}

// A second after a visitor woke the kiosk (the push onto Home is over), the
// attract loop's memory goes: its slides' pictures, and what it freed (the
// map's and the slides' working memory) back to the system. Once a visit.
void InteractiveLoop::releaseMemoryOnWaking(double now) {
    constexpr double kAfterWakingSeconds = 1.0;
    const bool attract = runtime_.app().phase() == SessionPhase::Attract;
    if (attract_ && !attract) wokenAt_ = now;
    if (attract) wokenAt_.reset();
    attract_ = attract;
    if (!wokenAt_ || now - *wokenAt_ < kAfterWakingSeconds) return;
    wokenAt_.reset();
    if (settings_.images) settings_.images->releaseUnshown();
    // The loop's map frames grew the frames' lists to tens of thousands of
    // vertices and triangles; Home needs a few thousand.
    partial_.releaseMemory();
    ui::releaseDrawListMemory();
    platform::releaseFreeHeapPages();
}

}  // namespace

int runInteractive(platform::Display& display, std::unique_ptr<LiveContent> live,
                   const LiveContentSettings& settings, LoopPassHook eachPass) {
    InteractiveLoop loop(display, std::move(live), settings, std::move(eachPass));
    return loop.run();
}

}  // namespace kiosk
