#include "reload_soak.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "gl_census.hpp"
#include "headless_render.hpp"
#include "kiosk_runtime.hpp"
#include "offscreen_target.hpp"
#include "process_stats.hpp"

namespace kiosk {

namespace {

constexpr int kWarmUpReloads = 10;
constexpr double kSecondsPerReload = 1.0;  // on the simulated clock

struct ReloadVitals {
    long residentKiB = -1;
    platform::GlObjectCounts gl;
    int openFiles = -1;
    platform::HeapKiB heap;
};

ReloadVitals measure() {
    ReloadVitals v;
    v.gl = platform::countGlObjects();  // first: it waits for the driver's queued work
    v.residentKiB = platform::residentKiB();
    v.openFiles = platform::openFileDescriptors();
    v.heap = platform::heapKiB();
    return v;
}

void print(const char* label, int reloads, const ReloadVitals& v) {
    std::printf(
        "reload soak: %-5s after %4d reloads: rss %ld KiB (heap %ld KiB in use), open fds "
        "%d, gl objects %d (%s)\n",
        label, reloads, v.residentKiB, v.heap.inUse, v.openFiles, v.gl.total(),
        v.gl.describe().c_str());
    std::fflush(stdout);
}

// Reloads the pack, as a save would, and draws the frame after it; false
// when the reload did not go live on the screen that was showing.
class Reloader {
  public:
    Reloader(platform::Display& display, KioskRuntime& runtime, platform::OffscreenTarget& target)
        : display_(display), runtime_(runtime), target_(target) {}

    bool reloadOnce() {
        const ScreenRef before = runtime_.app().visitorScreen();
        const Pack* packBefore = &runtime_.pack();
        runtime_.watcher()->offer(runtime_.watcher()->reloadNow());
        now_ += kSecondsPerReload;
        if (runtime_.update(now_)) display_.refreshFontTexture();
        renderFrame(display_, runtime_.app(), now_, target_.width(), target_.height(),
                    runtime_.app().background(), &target_);
        ++count_;
        return &runtime_.pack() != packBefore && runtime_.app().visitorScreen() == before &&
               runtime_.app().phase() != SessionPhase::Attract;
    }
    int count() const { return count_; }

  private:
    platform::Display& display_;
    KioskRuntime& runtime_;
    platform::OffscreenTarget& target_;
    double now_ = 0.0;
    int count_ = 0;
};

}  // namespace

int runReloadSoak(platform::Display& display, std::unique_ptr<LiveContent> content,
                  const LiveContentSettings& settings, int reloads) {
    if (!settings.watcher) {
        spdlog::error("--reload-soak needs --watch and --pack DIR");
        return 2;
    }
    auto target = createShotTarget(settings.options);
    if (!target) return 1;
    const auto wallStart = std::chrono::steady_clock::now();
    KioskRuntime runtime(std::move(content), settings, UsbWatching::WhenAskedTo, 0.0);
    // An event open, in English: the place each reload must keep.
    runtime.app().start(0.0);
    runtime.app().showScreen(resolveScreenArgument("event", runtime.pack()), Language::English,
                             0.0);
    Reloader reloader(display, runtime, *target);
    for (int i = 0; i < kWarmUpReloads; ++i)
        if (!reloader.reloadOnce()) return 3;
    const ReloadVitals start = measure();
    print("start", reloader.count(), start);
    for (int i = 0; i < reloads; ++i) {
        if (!reloader.reloadOnce()) {
            spdlog::error("reload soak: reload {} did not keep the event on screen", i + 1);
            return 3;
        }
    }
    const ReloadVitals end = measure();
    print("end", reloader.count(), end);
    display.bindWindowFramebuffer();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    const long grewKiB = end.residentKiB - start.residentKiB;
    std::printf(
        "reload soak: %d reloads in %.1f s (%.0f ms each): rss grew %ld KiB (limit %ld), "
        "gl objects %+d, open fds %+d\n",
        reloads, wall, 1000.0 * wall / (reloads + kWarmUpReloads), grewKiB,
        settings.options.headless.soakMaxRssGrowthKiB, end.gl.total() - start.gl.total(),
        end.openFiles - start.openFiles);
    const bool flat = grewKiB <= settings.options.headless.soakMaxRssGrowthKiB &&
                      end.gl.total() <= start.gl.total() && end.openFiles <= start.openFiles;
    if (!flat) spdlog::error("reload soak: resources grew beyond the limits above");
    return flat ? 0 : 4;
}

}  // namespace kiosk
