#include "screen_benchmark.hpp"

#include <GL/gl.h>
#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "offscreen_target.hpp"
#include "screens/screen_registry.hpp"

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

}  // namespace

int runScreenBenchmark(platform::Display& display, KioskApp& app, const Pack& pack,
                       const AppOptions& options) {
    auto target = createShotTarget(options);
    if (!target) return 1;
    std::vector<std::string> screens;
    if (options.screen == "all") {
        for (const auto& name : ui::screenNames())
            if (name != "title") screens.push_back(name);
    } else {
        screens.push_back(options.screen);
    }
    for (const std::string& name : screens) {
        const ScreenRef screen = resolveScreenArgument(name, pack);
        app.showScreen(screen, options.language, 0.0);
        std::vector<double> cpuMs;
        double t = 0.0;
        for (int frame = 0; frame < options.benchFrames + 10; ++frame, t += 1.0 / 60.0) {
            const double before = processCpuSeconds();
            renderFrame(display, app, t, options.shotWidth, options.shotHeight,
                        pack.theme.background, target.get());
            glFinish();  // count the driver's work for this frame, not the next one's
            if (frame >= 10)
                cpuMs.push_back((processCpuSeconds() - before) * 1000.0);  // after warm-up
        }
        int drawCalls = 0, vertices = 0;
        if (const ImDrawData* data = ImGui::GetDrawData()) {
            for (int i = 0; i < data->CmdListsCount; ++i)
                drawCalls += data->CmdLists[i]->CmdBuffer.Size;
            vertices = data->TotalVtxCount;
        }
        std::printf(
            "{\"screen\": \"%s\", \"size\": \"%dx%d\", \"frames\": %zu, \"cpu_ms_median\": %.2f, "
            "\"cpu_ms_p99\": %.2f, "
            "\"cpu_ms_max\": %.2f, \"draw_calls\": %d, \"vertices\": %d}\n",
            name.c_str(), options.shotWidth, options.shotHeight, cpuMs.size(),
            percentile(cpuMs, 0.5), percentile(cpuMs, 0.99), percentile(cpuMs, 1.0), drawCalls,
            vertices);
        std::fflush(stdout);
    }
    display.bindWindowFramebuffer();
    return 0;
}

}  // namespace kiosk
