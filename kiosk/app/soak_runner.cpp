#include "soak_runner.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>

#include <spdlog/spdlog.h>
#include <vector>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "gl_census.hpp"
#include "headless_render.hpp"
#include "layer_cache.hpp"
#include "offscreen_target.hpp"
#include "process_stats.hpp"
#include "runtime/soak_memory.hpp"
#include "screens/screen_registry.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk {

namespace {

constexpr double kFrame = 1.0 / 60.0;
constexpr double kVisitorEverySeconds = 3600.0;
constexpr double kSecondsPerDay = 86400.0;
// Progress lines: one a simulated day, or ten over a shorter soak.
constexpr int kReportsPerShortSoak = 10;
constexpr int kGesturesPerVisit = 10;
// More frames than any visitor's departure can take: the kiosk is stuck.
constexpr int kMostFramesToReset = 2000;
constexpr int kSettleChecks = 3;
constexpr double kMostSettleSeconds = 60.0;
// More cached layers than a frame ever shows at once: they are not released.
constexpr size_t kMostLiveLayers = 4;

size_t liveLayers() {
    const ui::LayerCache* layers = ui::layerCache();
    return layers ? layers->liveLayers() : 0;
}

// What must stay flat over weeks.
struct Vitals {
    long residentKiB = -1;
    platform::GlObjectCounts gl;
    // Of the GL textures, the picture cache's: they come and go with what was
    // shown lately (a picture at a size not drawn before is one more), bounded
    // by the cache's byte budget rather than flat.
    size_t pictureTextures = 0;
    // Cached layers (the map, a leaving slide), each a texture and a
    // framebuffer: they come and go with the slide shown, a few at most.
    size_t layers = 0;
    uint64_t pictureBytes = 0;
    int openFiles = -1;
    platform::HeapKiB heap;
};

// Deterministic pseudo-random numbers (64-bit LCG), so soaks of the same
// length play the same visitors and a failure can be replayed.
class VisitorDice {
  public:
    double next() {
        state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
        return double(state_ >> 11) / double(1ull << 53);
    }

  private:
    uint64_t state_ = 0x6b696f736bull;
};

class SoakPlayer {
  public:
    SoakPlayer(platform::Display& display, KioskApp& app, const Pack& pack,
               platform::OffscreenTarget& target)
        : display_(display), app_(app), pack_(pack), target_(target), playlist_(pack) {
        for (ScreenId id : ui::drawableScreens())
            if (!isAttractLoop(id)) visitorScreens_.push_back(screenName(id));
    }

    double now() const { return now_; }
    long frames() const { return frames_; }
    int visits() const { return visits_; }
    size_t screenCount() const { return visitorScreens_.size(); }

    void start() {
        app_.start(now_);
        frameAt(now_);
    }

    // Resident memory and the picture cache only: cheap enough for every visitor.
    Vitals measureMemory() const {
        Vitals v;
        v.residentKiB = platform::residentKiB();
        if (pictures_) {
            v.pictureTextures = pictures_->liveTextures();
            v.pictureBytes = pictures_->textureBytes();
        }
        v.layers = liveLayers();
        return v;
    }

    Vitals measure() const {
        Vitals v;
        v.gl = platform::countGlObjects();  // first: it waits for the driver's queued work
        v.residentKiB = platform::residentKiB();
        v.openFiles = platform::openFileDescriptors();
        v.heap = platform::heapKiB();
        if (pictures_) {
            v.pictureTextures = pictures_->liveTextures();
            v.pictureBytes = pictures_->textureBytes();
        }
        v.layers = liveLayers();
        return v;
    }

    // The attract loop until `end`: one frame half-way through each slide's
    // transition, where both the outgoing and the incoming slide are drawn.
    void attractUntil(double end) {
        const double halfTransition = AttractSettings{}.transitionSeconds / 2.0;
        for (;;) {
            const double since = now_ - attractStart_;
            const double t = now_ + playlist_.secondsUntilNextSlide(since) + halfTransition;
            if (t >= end) break;
            frameAt(t);
        }
        now_ = std::max(now_, end);
    }

    // What the kiosk holds between slides: the smallest of the measures taken
    // now and after each slide change over one pass of the loop. A slide may
    // hold working memory while it is drawn (the map and the slide after it
    // do) that a later one frees; a leak shows in every measure, a slide's own
    // working set in only some, so the soak's judge does not depend on which
    // slide a report falls on.
    Vitals measureBetweenSlides() {
        Vitals least = measure();
        const size_t slides = playlist_.slidesForPass(0).size();
        for (size_t i = 0; i < slides; ++i) {
            attractUntil(now_ + playlist_.secondsUntilNextSlide(now_ - attractStart_) + 1.0);
            const Vitals next = measure();
            if (next.residentKiB < least.residentKiB) least = next;
        }
        return least;
    }

    // Plays the attract loop on until resident memory has not changed over
    // kSettleChecks checks a wall second apart (at most kMostSettleSeconds).
    // Returns the wall seconds it took.
    double waitForMemoryToSettle() {
        const auto began = std::chrono::steady_clock::now();
        auto elapsed = [&] {
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        };
        long last = platform::residentKiB();
        int steady = 0;
        while (steady < kSettleChecks && elapsed() < kMostSettleSeconds) {
            const auto checkAt = std::chrono::steady_clock::now() + std::chrono::seconds(1);
            while (std::chrono::steady_clock::now() < checkAt)
                attractUntil(now_ + playlist_.secondsUntilNextSlide(now_ - attractStart_) + 1.0);
            const long rss = measure().residentKiB;
            steady = rss == last ? steady + 1 : 0;
            last = rss;
        }
        return elapsed();
    }

    // A visitor opens the next screen in turn and taps and drags about.
    void visit() {
        const std::string& name = visitorScreens_[visits_ % visitorScreens_.size()];
        const Language language =
            (visits_ / visitorScreens_.size()) % 2 ? Language::English : Language::Japanese;
        ++visits_;
        app_.showScreen(resolveScreenArgument(name, pack_), language, now_);
        settle();
        for (int i = 0; i < kGesturesPerVisit; ++i) {
            const float x = float(dice_.next() * target_.width());
            const float y = float(dice_.next() * target_.height());
            if (dice_.next() < 0.8)
                tap(x, y);
            else
                drag(x, y, float(dice_.next() * target_.width()), y);
            settle();
        }
    }

    // The visitor walks away: the clock leaps to each timed change (the
    // question, each second of its countdown, the reset). False when the
    // kiosk does not get back to the attract loop.
    bool leave() {
        for (int i = 0; i < kMostFramesToReset; ++i) {
            if (app_.phase() == SessionPhase::Attract) return true;
            const double untilChange = app_.secondsUntilNextChange(now_) + 1e-3;
            double step = std::max(kFrame, untilChange);
            if (app_.phase() == SessionPhase::StillThere)
                step = std::min(step, 1.0);
            else if (app_.animating(now_))
                step = std::min(step, 5.0);
            frameAt(now_ + step);
        }
        return app_.phase() == SessionPhase::Attract;
    }

  private:
    void frameAt(double t) {
        const bool wasAttract = app_.phase() == SessionPhase::Attract;
        now_ = t;
        renderFrame(display_, app_, now_, target_.width(), target_.height(), app_.background(),
                    &target_);
        ++frames_;
        // The shell restarts the loop from its first slide in the frame where
        // the session times out.
        if (!wasAttract && app_.phase() == SessionPhase::Attract) attractStart_ = now_;
    }
    // The next frame, one mid-way through a screen transition, one after it.
    void settle() {
        frameAt(now_ + kFrame);
        frameAt(now_ + 0.3);
        frameAt(now_ + 0.8);
    }
    void pointer(PointerEvent::Type type, float x, float y) {
        app_.onPointer({type, {x, y}, now_});
    }
    void tap(float x, float y) {
        pointer(PointerEvent::Type::Down, x, y);
        frameAt(now_ + kFrame);
        now_ += 4 * kFrame;
        pointer(PointerEvent::Type::Up, x, y);
    }
    void drag(float x1, float y1, float x2, float y2) {
        pointer(PointerEvent::Type::Down, x1, y1);
        frameAt(now_ + kFrame);
        constexpr int kSteps = 6;
        for (int i = 1; i <= kSteps; ++i) {
            const float f = float(i) / kSteps;
            now_ += 0.2 / kSteps;
            pointer(PointerEvent::Type::Move, x1 + (x2 - x1) * f, y1 + (y2 - y1) * f);
            frameAt(now_);
        }
        pointer(PointerEvent::Type::Up, x2, y2);
    }

    platform::Display& display_;
    KioskApp& app_;
    const Pack& pack_;
    platform::OffscreenTarget& target_;
    AttractPlaylist playlist_;  // the same schedule the attract screen follows
    std::vector<std::string> visitorScreens_;
    VisitorDice dice_;
    double now_ = 0.0;
    double attractStart_ = 0.0;
    long frames_ = 0;
    int visits_ = 0;

  public:
    const ImageCache* pictures_ = nullptr;
};

SoakMemorySample memorySample(double hours, const Vitals& v) {
    return {hours, v.residentKiB, v.pictureTextures, v.pictureBytes};
}

// GL objects other than the picture cache's textures and the cached layers'
// (a texture and a framebuffer each): these must not grow at all.
int otherGl(const Vitals& v) {
    return v.gl.total() - int(v.pictureTextures) - 2 * int(v.layers);
}

void printVitals(const char* label, double simulatedHours, const Vitals& v) {
    std::printf(
        "soak: %-5s %9.1f simulated h: rss %ld KiB (heap %ld KiB in use, %ld KiB free in arenas "
        "of %ld KiB), open fds %d, gl objects %d (%s; of the textures %zu cached pictures, "
        "%.1f MB; cached layers %zu)\n",
        label, simulatedHours, v.residentKiB, v.heap.inUse, v.heap.free, v.heap.arenas, v.openFiles,
        v.gl.total(), v.gl.describe().c_str(), v.pictureTextures, double(v.pictureBytes) / 1e6,
        v.layers);
    std::fflush(stdout);
}

}  // namespace

int runSoak(platform::Display& display, KioskApp& app, const Pack& pack, const AppOptions& options,
            const ImageCache* pictures) {
    auto target = createShotTarget(options);
    if (!target) return 1;
    const auto wallStart = std::chrono::steady_clock::now();
    SoakPlayer player(display, app, pack, *target);
    player.pictures_ = pictures;
    player.start();
    printVitals("boot", 0.0, player.measure());

    // Warm-up: every screen in both languages and one pass of the loop, so
    // that caches, glyphs and the driver's shaders are in place before the
    // baseline is taken; growth after it is what weeks would accumulate.
    for (size_t i = 0; i < 2 * player.screenCount(); ++i) {
        player.visit();
        if (!player.leave()) {
            spdlog::error("soak: the kiosk did not return to the attract loop");
            return 3;
        }
    }
    player.attractUntil(player.now() + kVisitorEverySeconds);
    // Headless, every frame waits for its pictures' decodes and is finished
    // before the next (see renderFrame), so memory should not move by now; the
    // loop still plays on until it has stopped moving for a few wall seconds,
    // in case anything outside the frame (a driver thread) is still at work.
    const double settledAfter = player.waitForMemoryToSettle();
    std::printf("soak: memory settled after %.1f s of wall time\n", settledAfter);
    const double soakStart = player.now();
    const Vitals start = player.measureBetweenSlides();
    printVitals("start", 0.0, start);
    const long framesBefore = player.frames();
    const int visitsBefore = player.visits();
    SoakMemoryLimits memoryLimits;
    memoryLimits.maxGrowthKiB = options.headless.soakMaxRssGrowthKiB;
    SoakMemoryJudge memory(memoryLimits);
    memory.add(memorySample(0.0, start));
    auto hoursIn = [&] { return (player.now() - soakStart) / 3600.0; };

    const double end = soakStart + options.headless.soakHours * 3600.0;
    double nextVisit = soakStart + kVisitorEverySeconds;
    const double reportEvery =
        std::min(kSecondsPerDay, options.headless.soakHours * 3600.0 / kReportsPerShortSoak);
    double nextReport = soakStart + reportEvery;
    while (player.now() < end) {
        player.attractUntil(std::min({nextVisit, nextReport, end}));
        if (player.now() >= nextReport && player.now() < end) {
            const Vitals now = player.measureBetweenSlides();
            printVitals("at", hoursIn(), now);
            memory.add(memorySample(hoursIn(), now));
            nextReport += reportEvery;
        }
        if (player.now() >= nextVisit && player.now() < end) {
            player.visit();
            if (!player.leave()) {
                spdlog::error(
                    "soak: the kiosk did not return to the attract loop after visitor {} at {:.1f} "
                    "simulated h",
                    player.visits(), (player.now() - soakStart) / 3600.0);
                return 3;
            }
            memory.add(memorySample(hoursIn(), player.measureMemory()));
            nextVisit += kVisitorEverySeconds;
        }
    }
    const Vitals finish = player.measureBetweenSlides();
    printVitals("end", hoursIn(), finish);
    memory.add(memorySample(hoursIn(), finish));
    display.bindWindowFramebuffer();

    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    const long frames = player.frames() - framesBefore;
    std::printf("soak: memory: %s\n", memory.summary().c_str());
    std::printf(
        "soak: %.1f simulated h in %.1f s of wall time (warm-up included): %ld frames "
        "(%.0f/s), %d visitors; rss grew %ld KiB since the baseline, gl objects other than cached "
        "pictures and layers %+d, cached pictures %+d (%.1f of %.1f MB), open fds %+d\n",
        options.headless.soakHours, wall, frames, double(frames) / wall,
        player.visits() - visitsBefore, memory.growthKiB(), otherGl(finish) - otherGl(start),
        int(finish.pictureTextures) - int(start.pictureTextures), double(finish.pictureBytes) / 1e6,
        pictures ? double(pictures->settings().byteBudget) / 1e6 : 0.0,
        finish.openFiles - start.openFiles);
    const bool withinBudget = !pictures || finish.pictureBytes <= pictures->settings().byteBudget;
    const bool flat = memory.withinLimits() && otherGl(finish) <= otherGl(start) && withinBudget &&
                      finish.openFiles <= start.openFiles && finish.layers <= kMostLiveLayers;
    if (!flat) spdlog::error("soak: resources grew beyond the limits above");
    return flat ? 0 : 4;
}

}  // namespace kiosk
