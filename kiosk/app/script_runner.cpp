#include "script_runner.hpp"

#include <sys/stat.h>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <cmath>
#include <memory>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "glyph_log.hpp"
#include "images/image_cache.hpp"
#include "kiosk_runtime.hpp"
#include "kiosk_sound.hpp"
#include "offscreen_target.hpp"
#include "partial_redraw.hpp"
#include "session/session_script.hpp"

namespace kiosk {

namespace {

constexpr double kFrame = 1.0 / 60.0;

// --check-partial-redraw: each frame of the session is also redrawn in part,
// over the frame before, as the interactive loop draws it; both pictures must
// be the same to the last pixel.
class PartialRedrawCheck {
  public:
    void frame(platform::Display& display, platform::OffscreenTarget& whole, double now,
               uint32_t background, uint64_t textureChanges) {
        const RedrawReport r = partial_.drawOffscreen(display, whole.width(), whole.height(),
                                                      background, textureChanges);
        ++frames_;
        wholeFrames_ += r.whole ? 1 : 0;
        share_ += double(r.pixelsRedrawn) / (double(whole.width()) * whole.height());
        const std::vector<uint8_t> expected = whole.readRgba();
        const std::vector<uint8_t> drawn = partial_.readOffscreen();
        long long differ = 0;
        PixelBox where;
        for (size_t i = 0; i + 3 < expected.size() && i + 3 < drawn.size(); i += 4) {
            if (std::equal(&expected[i], &expected[i] + 3, &drawn[i])) continue;
            ++differ;
            const int x = int(i / 4) % whole.width(), y = int(i / 4) / whole.width();
            where = unite(where, PixelBox{x, y, x + 1, y + 1});
        }
        if (differ == 0 && drawn.size() == expected.size()) return;
        if (badFrames_++ == 0)
            firstProblem_ = fmt::format(
                "the frame at {:.3f} s redrawn in part differs from the whole frame in {} pixels "
                "within x {}..{}, y {}..{} ({} rectangles redrawn)",
                now, differ, where.x0, where.x1, where.y0, where.y1, r.rects);
    }

    // The next frame is redrawn whole (the font atlas was uploaded again).
    void invalidate() { partial_.invalidate(); }

    // The outcome, for the log; false when any frame differed.
    bool report() const {
        if (badFrames_ > 0) {
            spdlog::error("partial redraw: {} of {} frames differ; first: {}", badFrames_, frames_,
                          firstProblem_);
            return false;
        }
        spdlog::info(
            "partial redraw: {} frames equal to whole frames; {} drawn whole, {:.1f} % of the "
            "pixels redrawn on average",
            frames_, wholeFrames_, frames_ ? 100.0 * share_ / double(frames_) : 0.0);
        return true;
    }

  private:
    PartialRedraw partial_;
    long long frames_ = 0, wholeFrames_ = 0, badFrames_ = 0;
    double share_ = 0.0;
    std::string firstProblem_;
};

// The session being played: its clock, where frames go, and the app.
class ScriptPlayer {
  public:
    ScriptPlayer(platform::Display& display, KioskRuntime& runtime,
                 platform::OffscreenTarget& target)
        : display_(display), runtime_(runtime), target_(target) {}

    void frame() {
        // Installs and pack swaps happen between frames, as in the interactive loop.
        if (runtime_.update(now_)) {
            display_.refreshFontTexture();
            if (check_) check_->invalidate();
        }
        renderFrame(display_, runtime_.app(), now_, target_.width(), target_.height(),
                    runtime_.app().background(), &target_);
        if (check_)
            check_->frame(display_, target_, now_, runtime_.app().background(),
                          images_ ? images_->textureChanges() : 0);
        if (sound_) sound_->frame(runtime_.app(), runtime_.pack(), now_);
    }
    void checkPartialRedraw(PartialRedrawCheck* check, const ImageCache* images) {
        check_ = check;
        images_ = images;
    }
    // Records the session's sound frame by frame (--sound-out).
    void recordSound(SessionSoundRecorder* sound) { sound_ = sound; }
    double now() const { return now_; }
    void scanUsb() {
        runtime_.scanUsbNow(now_);
        frame();
    }
    void step(double seconds) {
        now_ += seconds;
        frame();
    }
    void pointer(PointerEvent::Type type, float x, float y) {
        runtime_.app().onPointer({type, {x, y}, now_});
    }

    void tap(float x, float y) {
        pointer(PointerEvent::Type::Down, x, y);
        step(kFrame);  // pressed feedback shows in this frame
        step(kFrame * 4);
        pointer(PointerEvent::Type::Up, x, y);
        step(kFrame);
    }

    void drag(const ScriptCommand& c) {
        pointer(PointerEvent::Type::Down, c.x1, c.y1);
        step(kFrame);
        const double seconds = c.milliseconds / 1000.0;
        const int steps = std::max(1, int(std::ceil(seconds / kFrame)));
        for (int i = 1; i <= steps; ++i) {
            const float f = float(i) / float(steps);
            now_ += seconds / steps;
            pointer(PointerEvent::Type::Move, c.x1 + (c.x2 - c.x1) * f, c.y1 + (c.y2 - c.y1) * f);
            frame();
        }
        pointer(PointerEvent::Type::Up, c.x2, c.y2);
        step(kFrame);
    }

    // Waits on the simulated clock. Frames are drawn at 60 Hz while something
    // moves (up to a few seconds of it), then the clock leaps to each moment the
    // session changes, so a minute of idling costs a few frames, not 3600.
    void wait(double seconds) {
        const double end = now_ + seconds;
        double animatedFor = 0.0;
        while (now_ + kFrame <= end && runtime_.app().animating(now_) && animatedFor < 3.0) {
            step(kFrame);
            animatedFor += kFrame;
        }
        while (now_ < end) {
            const double next = std::min(
                end, now_ + std::max(kFrame, runtime_.app().secondsUntilNextChange(now_) + 1e-3));
            now_ = next;
            frame();
        }
    }

    bool shot(const std::string& dir, const std::string& name, std::string& error) {
        frame();
        const auto pixels = target_.readRgba();
        return platform::writePng(dir + "/" + name + ".png", target_.width(), target_.height(),
                                  pixels, error);
    }

  private:
    platform::Display& display_;
    KioskRuntime& runtime_;
    platform::OffscreenTarget& target_;
    double now_ = 0.0;
    SessionSoundRecorder* sound_ = nullptr;
    PartialRedrawCheck* check_ = nullptr;
    const ImageCache* images_ = nullptr;
};

}  // namespace

int runSessionScript(platform::Display& display, std::unique_ptr<LiveContent> live,
                     const LiveContentSettings& settings) {
    const AppOptions& options = settings.options;
    std::string text;
    if (const std::string why = readSessionScriptFile(options.headless.scriptPath, text);
        !why.empty()) {
        spdlog::error("--script {}", why);
        return 2;
    }
    const ScriptParseResult script = parseSessionScript(text, options.headless.scriptPath);
    for (const auto& e : script.errors) spdlog::error("{}", e);
    if (!script.errors.empty()) return 2;
    struct stat st {};
    if (stat(options.headless.outDir.c_str(), &st) != 0 &&
        mkdir(options.headless.outDir.c_str(), 0755) != 0) {
        spdlog::error("cannot create --out folder {}", options.headless.outDir);
        return 2;
    }
    auto target = createShotTarget(options);
    if (!target) return 1;
    // Input that lands off the screen would play nothing; refused before any of it plays.
    const auto offScreen = inputOffScreen(script.commands, target->width(), target->height(),
                                          options.headless.scriptPath);
    for (const auto& e : offScreen) spdlog::error("{}", e);
    if (!offScreen.empty()) return 2;
    std::string error;
    KioskRuntime runtime(std::move(live), settings, UsbWatching::WhenAskedTo, 0.0);
    ScriptPlayer player(display, runtime, *target);
    runtime.app().start(0.0);
    std::unique_ptr<PartialRedrawCheck> check;
    if (options.headless.checkPartialRedraw) {
        check = std::make_unique<PartialRedrawCheck>();
        player.checkPartialRedraw(check.get(), settings.images);
    }
    std::unique_ptr<SessionSoundRecorder> sound;
    if (!options.headless.soundOut.empty()) {
        sound = std::make_unique<SessionSoundRecorder>(soundSettingsFrom(options),
                                                       soundFilesFor(runtime.pack()));
        sound->start(0.0);
        player.recordSound(sound.get());
    }
    // The kiosk is up and its first frame drawn before the first line plays:
    // a tap on the first line lands on the attract loop, never before it.
    player.frame();
    for (const ScriptCommand& c : script.commands) {
        switch (c.type) {
            case ScriptCommand::Type::Tap:
                player.tap(c.x1, c.y1);
                break;
            case ScriptCommand::Type::Drag:
                player.drag(c);
                break;
            case ScriptCommand::Type::Wait:
                player.wait(c.milliseconds / 1000.0);
                break;
            case ScriptCommand::Type::Shot:
                if (!player.shot(options.headless.outDir, c.name, error)) {
                    spdlog::error("{}:{}: {}", options.headless.scriptPath, c.line, error);
                    return 1;
                }
                break;
            case ScriptCommand::Type::ExpectVersion: {
                player.frame();
                const int showing = runtime.pack().manifest.version;
                if (showing != int(c.milliseconds)) {
                    spdlog::error("{}:{}: expected pack version {}, but version {} is showing",
                                  options.headless.scriptPath, c.line, int(c.milliseconds),
                                  showing);
                    return 3;
                }
                break;
            }
            case ScriptCommand::Type::UsbScan:
                player.scanUsb();
                break;
            case ScriptCommand::Type::ExpectScreen: {
                player.frame();
                const std::string current = screenName(runtime.app().currentScreen());
                if (current != c.name) {
                    spdlog::error("{}:{}: expected screen \"{}\", but \"{}\" is showing",
                                  options.headless.scriptPath, c.line, c.name, current);
                    return 3;
                }
                break;
            }
        }
    }
    display.bindWindowFramebuffer();
    if (check && !check->report()) return 4;
    if (settings.glyphs &&
        failOnMissingGlyphs(0, *settings.glyphs, options.headless.scriptPath) != 0)
        return kMissingGlyphStatus;
    // A second past the last command, so that its sounds ring out.
    if (sound && !sound->write(options.headless.soundOut, player.now() + 1.0, error)) {
        spdlog::error("--sound-out: {}", error);
        return 1;
    }
    return 0;
}

}  // namespace kiosk
