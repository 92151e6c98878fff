#include "screen_benchmark.hpp"

#include <GL/gl.h>
#include <imgui.h>
#include <time.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "gl_context.hpp"
#include "headless_render.hpp"
#include "offscreen_target.hpp"
#include "pacing/attract_pacing.hpp"
#include "screens/attract_screen.hpp"
#include "screens/screen_registry.hpp"
#include "session/attract_playlist.hpp"
#include "shading_states.hpp"

namespace kiosk {

namespace {

double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

// What drew the figures: the OpenGL context the ladder got (gl_context.hpp),
// its version, API, shaders and renderer.
void printGlInfo() {
    const platform::GlContextInfo& gl = platform::currentGl();
    const nlohmann::json info = {
        {"gl_context", std::to_string(gl.major) + "." + std::to_string(gl.minor)},
        {"gl_api", gl.api == platform::GlApi::Egl ? "egl" : "glx"},
        {"glsl", gl.glsl},
        {"texture_swizzle", gl.textureSwizzle},
        {"gl_version", gl.version},
        {"gl_renderer", gl.renderer}};
    std::printf("%s\n", info.dump().c_str());
}

// Each measured frame's kiosk-clock time, CPU milliseconds and vertices submitted.
struct FrameFigures {
    std::vector<double> times;
    std::vector<double> cpuMs;
    std::vector<double> vertices;
};

// The frames at the times `pick` chooses, and the others.
std::pair<FrameFigures, FrameFigures> splitFrames(const FrameFigures& all,
                                                  const std::function<bool(double)>& pick) {
    std::pair<FrameFigures, FrameFigures> split;
    for (size_t i = 0; i < all.times.size(); ++i) {
        FrameFigures& into = pick(all.times[i]) ? split.first : split.second;
        into.times.push_back(all.times[i]);
        into.cpuMs.push_back(all.cpuMs[i]);
        into.vertices.push_back(all.vertices[i]);
    }
    return split;
}

// What a visitor does before a frame (the frame's number and time).
using FrameInput = std::function<void(size_t, double)>;

// Renders a frame at each of `times` and measures those after the first `warmUp`.
FrameFigures cpuMsPerFrame(platform::Display& display, KioskApp& app, const Pack& /*pack*/,
                           const AppOptions& options, platform::OffscreenTarget& target,
                           const std::vector<double>& times, size_t warmUp,
                           const FrameInput& input = {}) {
    FrameFigures figures;
    for (size_t frame = 0; frame < times.size(); ++frame) {
        if (input) input(frame, times[frame]);
        const double before = processCpuSeconds();
        renderFrame(display, app, times[frame], options.headless.width, options.headless.height,
                    app.background(), &target);
        glFinish();  // count the driver's work for this frame, not the next one's
        if (frame < warmUp) continue;
        figures.times.push_back(times[frame]);
        figures.cpuMs.push_back((processCpuSeconds() - before) * 1000.0);
        figures.vertices.push_back(double(ImGui::GetDrawData()->TotalVtxCount));
    }
    return figures;
}

void printResult(const std::string& name, const AppOptions& options, const FrameFigures& figures) {
    const std::vector<double>& cpuMs = figures.cpuMs;
    int drawCalls = 0, vertices = 0;
    platform::ShadedPixels shaded;
    if (const ImDrawData* data = ImGui::GetDrawData()) {
        for (int i = 0; i < data->CmdListsCount; ++i)
            for (const ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer)
                drawCalls += cmd.UserCallback ? 0 : 1;
        vertices = data->TotalVtxCount;
        shaded = platform::shadedPixelsOf(*data);
    }
    std::printf(
        "{\"screen\": \"%s\", \"size\": \"%dx%d\", \"frames\": %zu, \"cpu_ms_median\": %.2f, "
        "\"cpu_ms_p99\": %.2f, "
        "\"cpu_ms_max\": %.2f, \"draw_calls\": %d, \"vertices\": %d, \"blended_mpx\": %.2f, "
        "\"unblended_mpx\": %.2f, \"solid_mpx\": %.2f, \"vertices_median\": %.0f, "
        "\"vertices_p75\": %.0f}\n",
        name.c_str(), options.headless.width, options.headless.height, cpuMs.size(),
        percentile(cpuMs, 0.5), percentile(cpuMs, 0.99), percentile(cpuMs, 1.0), drawCalls,
        vertices, (shaded.all - shaded.unblended) / 1e6, shaded.unblended / 1e6, shaded.solid / 1e6,
        percentile(figures.vertices, 0.5), percentile(figures.vertices, 0.75));
    std::fflush(stdout);
}

// Kiosk-clock times of frames spread evenly over every transition of the
// attract loop's first pass (the frames that cost most: two slides at once),
// about `frames` in all, after `warmUp` frames just before the first one.
// Before each transition come frames the loop draws in the slide's slow
// phase, as it does when running: one as the next slide's picture is asked
// for (AttractScreen::kPrefetchLeadSeconds before), one a second before the
// push (the picture is a texture by then), and the frame that lays the
// slide aside as it will leave (AttractMotion::prepareSeconds);
// preparingToLeave() tells the last apart, inPush() the push's own.
std::vector<double> attractTransitionTimes(const Pack& pack, size_t frames, size_t warmUp) {
    const AttractPlaylist playlist(pack);
    const double transition = AttractSettings{}.transitionSeconds;
    std::vector<double> starts;  // of every slide after the first
    for (double t = playlist.secondsUntilNextSlide(0.0); t < playlist.passSeconds(0);
         t += playlist.secondsUntilNextSlide(t + 1e-3) + 1e-3)
        starts.push_back(t);
    if (starts.empty()) return {};
    const size_t perTransition = std::clamp<size_t>(frames / starts.size(), 4, 60);
    std::vector<double> times;
    for (size_t i = warmUp; i > 0; --i) times.push_back(starts.front() - double(i) / 60.0);
    const double prepare = AttractMotion{}.prepareSeconds;
    double previous = starts.front();
    for (double start : starts) {
        if (start != starts.front()) {
            for (double lead : {ui::AttractScreen::kPrefetchLeadSeconds - 0.1, 1.0})
                if (start - lead > previous + transition) times.push_back(start - lead);
            times.push_back(start - prepare * 0.5);
        }
        previous = start;
        for (size_t i = 0; i < perTransition; ++i)
            times.push_back(start + transition * double(i) / double(perTransition));
    }
    return times;
}

// Whether the loop at `t` is in a push from one slide to the next.
bool inPush(const AttractPlaylist& playlist, double t) {
    return playlist.positionAt(t).transition < 1.0;
}

// Whether the loop at `t` is laying its slide aside before a transition.
bool preparingToLeave(const AttractPlaylist& playlist, double t) {
    return playlist.positionAt(t).transition >= 1.0 &&
           playlist.secondsUntilNextSlide(t) <= AttractMotion{}.prepareSeconds;
}

// The camera flights of the attract loop's first pass (the tour's and the
// spotlight's moves), in loop time.
std::vector<SlideMove> attractFlights(const Pack& pack) {
    const AttractPlaylist playlist(pack);
    std::vector<SlideMove> flights;
    double start = 0.0;
    for (const AttractSlide& slide : playlist.slidesForPass(0)) {
        for (const SlideMove& m : slide.moves) flights.push_back({start + m.from, start + m.to});
        start += slide.seconds;
    }
    return flights;
}

// Seconds before each flight drawn as the loop draws a slide standing still
// (12 frames a second): a map about to fly draws its first raster then.
constexpr double kBeforeFlightSeconds = 0.75;

bool beforeFlight(const std::vector<SlideMove>& flights, double t) {
    return std::none_of(flights.begin(), flights.end(),
                        [t](const SlideMove& f) { return t >= f.from && t < f.to; });
}

// Kiosk-clock times of every frame at 60 a second through each flight, as
// the loop draws them (a moving map is drawn from a picture of it kept from
// frame to frame, which frames far apart in time could not share), each
// after the still frames before it; `warmUp` frames before the first.
std::vector<double> attractFlightTimes(const std::vector<SlideMove>& flights, size_t warmUp) {
    std::vector<double> times;
    if (flights.empty()) return times;
    const double first = flights.front().from - kBeforeFlightSeconds;
    for (size_t i = warmUp; i > 0; --i) times.push_back(first - double(i) / 60.0);
    for (const SlideMove& f : flights) {
        for (double t = f.from - kBeforeFlightSeconds; t < f.from; t += 1.0 / 12.0)
            times.push_back(t);
        for (double t = f.from; t < f.to; t += 1.0 / 60.0) times.push_back(t);
    }
    return times;
}

// Kiosk-clock times of frames spread evenly over the event slides of the
// attract loop's first pass whose picture pans and zooms under the text's
// shade, from when it has faded in until the slide is laid aside to leave;
// about `frames` in all, after `warmUp` frames of the first such slide.
std::vector<double> attractPictureTimes(const Pack& pack, size_t frames, size_t warmUp) {
    const AttractPlaylist playlist(pack);
    const double settled = AttractSettings{}.transitionSeconds + 0.5;  // faded in
    std::vector<SlideMove> shown;                                      // in loop time
    double start = 0.0;
    for (const AttractSlide& slide : playlist.slidesForPass(0)) {
        const Event* event = slide.type == "event" ? pack.findEvent(slide.eventId) : nullptr;
        const double end = start + slide.seconds - AttractMotion{}.prepareSeconds - 0.05;
        if (event && !event->image.empty() && end > start + settled)
            shown.push_back({start + settled, end});
        start += slide.seconds;
    }
    if (shown.empty()) return {};
    const size_t perSlide = std::clamp<size_t>(frames / shown.size(), 4, 120);
    std::vector<double> times;
    for (size_t i = 0; i < warmUp; ++i) times.push_back(shown.front().from + double(i) / 60.0);
    for (const SlideMove& s : shown)
        for (size_t i = 0; i < perSlide; ++i)
            times.push_back(s.from + (s.to - s.from) * double(i) / double(perSlide));
    return times;
}

// A visitor on the map, over and over: a drag across it for 40 frames, then a
// double tap that zooms in (the camera's animation plays in the frames after).
FrameInput mapGestures(KioskApp& app, const AppOptions& options) {
    const float w = float(options.headless.width), h = float(options.headless.height);
    const Point centre = w > h ? Point{w * 0.35f, h * 0.5f} : Point{w * 0.5f, h * 0.3f};
    return [&app, centre, w](size_t frame, double t) {
        using Type = PointerEvent::Type;
        const size_t step = frame % 90;
        const float direction = (frame / 90) % 2 ? -1.0f : 1.0f;
        const float reach = w * 0.004f * direction;  // a few pixels a frame
        if (step == 0) app.onPointer({Type::Down, centre, t});
        if (step >= 1 && step <= 40)
            app.onPointer({Type::Move, {centre.x + reach * float(step), centre.y}, t});
        if (step == 41) app.onPointer({Type::Up, {centre.x + reach * 40.0f, centre.y}, t});
        if (step == 50 || step == 54) app.onPointer({Type::Down, centre, t});
        if (step == 51 || step == 55) app.onPointer({Type::Up, centre, t});
    };
}

}  // namespace

int runScreenBenchmark(platform::Display& display, KioskApp& app, const Pack& pack,
                       const AppOptions& options) {
    auto target = createShotTarget(options);
    if (!target) return 1;
    printGlInfo();
    constexpr size_t kWarmUp = 10;
    std::vector<std::string> screens;
    if (options.headless.screen == "all") {
        for (ScreenId id : ui::drawableScreens())
            if (id != ScreenId::Title) screens.push_back(screenName(id));
    } else {
        screens.push_back(options.headless.screen);
    }
    for (const std::string& name : screens) {
        const ScreenRef screen = resolveScreenArgument(name, pack);
        app.showScreen(screen, options.language, 0.0);
        std::vector<double> times;
        for (size_t frame = 0; frame < size_t(options.headless.benchFrames) + kWarmUp; ++frame)
            times.push_back(double(frame) / 60.0);
        printResult(name, options,
                    cpuMsPerFrame(display, app, pack, options, *target, times, kWarmUp));
        if (screen.id == ScreenId::Map) {
            app.showScreen(screen, options.language, 0.0);
            std::vector<double> moving;
            for (size_t frame = 0; frame < size_t(options.headless.benchFrames) + kWarmUp; ++frame)
                moving.push_back(1.0 + double(frame) / 60.0);
            printResult("map-moving", options,
                        cpuMsPerFrame(display, app, pack, options, *target, moving, kWarmUp,
                                      mapGestures(app, options)));
        }
        if (screen.id != ScreenId::Attract) continue;
        app.showScreen(screen, options.language, 0.0);
        const AttractPlaylist playlist(pack);
        const auto [transitions, slowPhase] = splitFrames(
            cpuMsPerFrame(
                display, app, pack, options, *target,
                attractTransitionTimes(pack, size_t(options.headless.benchFrames), kWarmUp),
                kWarmUp),
            [&](double t) { return inPush(playlist, t); });
        const FrameFigures preparing =
            splitFrames(slowPhase, [&](double t) { return preparingToLeave(playlist, t); }).first;
        printResult("attract-transition", options, transitions);
        // Frames of a slide that stands still but for its slow drift.
        printResult("attract-before-transition", options, preparing);
        const std::vector<double> pictures =
            attractPictureTimes(pack, size_t(options.headless.benchFrames), kWarmUp);
        if (!pictures.empty()) {
            app.showScreen(screen, options.language, 0.0);
            printResult("attract-pictures", options,
                        cpuMsPerFrame(display, app, pack, options, *target, pictures, kWarmUp));
        }
        const std::vector<SlideMove> flights = attractFlights(pack);
        if (flights.empty()) continue;
        app.showScreen(screen, options.language, 0.0);
        // The frames before each flight are not counted: those of a slide
        // standing still are attract-before-transition's kind.
        const auto [still, flying] =
            splitFrames(cpuMsPerFrame(display, app, pack, options, *target,
                                      attractFlightTimes(flights, kWarmUp), kWarmUp),
                        [&](double t) { return beforeFlight(flights, t); });
        printResult("attract-flights", options, flying);
    }
    display.bindWindowFramebuffer();
    return 0;
}

}  // namespace kiosk
