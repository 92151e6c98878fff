#include "script_runner.hpp"

#include <sys/stat.h>

#include <spdlog/spdlog.h>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "kiosk_runtime.hpp"
#include "kiosk_sound.hpp"
#include "offscreen_target.hpp"
#include "session/session_script.hpp"

namespace kiosk {

namespace {

constexpr double kFrame = 1.0 / 60.0;

// The session being played: its clock, where frames go, and the app.
class ScriptPlayer {
  public:
    ScriptPlayer(platform::Display& display, KioskRuntime& runtime,
                 platform::OffscreenTarget& target)
        : display_(display), runtime_(runtime), target_(target) {}

    void frame() {
        // Installs and pack swaps happen between frames, as in the interactive loop.
        if (runtime_.update(now_)) display_.refreshFontTexture();
        renderFrame(display_, runtime_.app(), now_, target_.width(), target_.height(),
                    runtime_.pack().theme.background, &target_);
        if (sound_) sound_->frame(runtime_.app(), now_);
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
};

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

}  // namespace

int runSessionScript(platform::Display& display, std::unique_ptr<LiveContent> live,
                     const LiveContentSettings& settings) {
    const AppOptions& options = settings.options;
    std::string text;
    if (!readFile(options.scriptPath, text)) {
        spdlog::error("cannot read script {}", options.scriptPath);
        return 2;
    }
    const ScriptParseResult script = parseSessionScript(text, options.scriptPath);
    for (const auto& e : script.errors) spdlog::error("{}", e);
    if (!script.errors.empty()) return 2;
    struct stat st {};
    if (stat(options.outDir.c_str(), &st) != 0 && mkdir(options.outDir.c_str(), 0755) != 0) {
        spdlog::error("cannot create --out folder {}", options.outDir);
        return 2;
    }
    auto target = createShotTarget(options);
    if (!target) return 1;
    std::string error;
    KioskRuntime runtime(std::move(live), settings, UsbWatching::WhenAskedTo, 0.0);
    ScriptPlayer player(display, runtime, *target);
    runtime.app().start(0.0);
    std::unique_ptr<SessionSoundRecorder> sound;
    if (!options.soundOut.empty()) {
        sound = std::make_unique<SessionSoundRecorder>(soundSettingsFrom(options),
                                                       soundFilesFor(runtime.pack()));
        sound->start(0.0);
        player.recordSound(sound.get());
    }
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
                if (!player.shot(options.outDir, c.name, error)) {
                    spdlog::error("{}:{}: {}", options.scriptPath, c.line, error);
                    return 1;
                }
                break;
            case ScriptCommand::Type::ExpectVersion: {
                player.frame();
                const int showing = runtime.pack().manifest.version;
                if (showing != int(c.milliseconds)) {
                    spdlog::error("{}:{}: expected pack version {}, but version {} is showing",
                                  options.scriptPath, c.line, int(c.milliseconds), showing);
                    return 3;
                }
                break;
            }
            case ScriptCommand::Type::UsbScan:
                player.scanUsb();
                break;
            case ScriptCommand::Type::ExpectScreen: {
                player.frame();
                const std::string current = runtime.app().currentScreen();
                if (current != c.name) {
                    spdlog::error("{}:{}: expected screen \"{}\", but \"{}\" is showing",
                                  options.scriptPath, c.line, c.name, current);
                    return 3;
                }
                break;
            }
        }
    }
    display.bindWindowFramebuffer();
    // A second past the last command, so that its sounds ring out.
    if (sound && !sound->write(options.soundOut, player.now() + 1.0, error)) {
        spdlog::error("--sound-out: {}", error);
        return 1;
    }
    return 0;
}

}  // namespace kiosk
