// The kiosk's performance in one run: start-up, frame cost per screen and in
// the attract loop's transitions, memory, CPU on a still screen and in the
// attract loop, pack load, picture decoding and installing. Prints a table and
// JSON (BENCHMARKS.md quotes both). Needs an X display (Xvfb will do):
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/bench/kiosk_bench
//       --kiosk build/kiosk/app/kiosk --json bench.json
//
// --quick runs a short version (the CTest test: output only, no figures).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench_report.hpp"
#include "kiosk_runs.hpp"
#include "pack_measures.hpp"

#ifndef KIOSK_SOURCE_DIR
#define KIOSK_SOURCE_DIR "."
#endif

using namespace kiosk::bench;

int main(int argc, char** argv) {
    KioskRunSettings run;
    run.packDir = std::string(KIOSK_SOURCE_DIR) + "/content/default";
    std::string jsonPath, validatePath;
    bool quick = false;
    double runSeconds = 30.0;
    CLI::App app{"Measures the kiosk: start-up, frames, memory, CPU, pack load, decode, install"};
    app.add_option("--kiosk", run.kiosk, "The kiosk executable");
    app.add_option("--pack", run.packDir, "Pack to measure with (default: the default pack)");
    app.add_option("--size", run.size, "Offscreen frame size for the per-screen frames");
    app.add_option("--seconds", runSeconds, "Seconds of each CPU run (default 30)");
    app.add_option("--json", jsonPath, "Write the JSON here (default: after the table)");
    app.add_flag("--quick", quick, "Short runs that only prove the benchmark works");
    app.add_option("--validate", validatePath,
                   "Check that a JSON file written by --json has every figure, then exit");
    CLI11_PARSE(app, argc, argv);
    if (!validatePath.empty()) {
        const std::string problem = validateReport(validatePath);
        if (!problem.empty())
            std::fprintf(stderr, "kiosk_bench: %s: %s\n", validatePath.c_str(), problem.c_str());
        return problem.empty() ? 0 : 1;
    }
    if (run.kiosk.empty()) {
        std::fprintf(stderr, "kiosk_bench: --kiosk is required\n");
        return 2;
    }
    if (quick) {
        runSeconds = 2.0;
        run.size = "960x540";  // a quarter of the pixels: llvmpipe's fill rate sets the pace
    }
    const auto work =
        std::filesystem::temp_directory_path() / ("kiosk-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    run.workDir = work.string();
    nlohmann::json report;
    try {
        report["size"] = run.size;
        report["startup"] = measureStartup(run, quick ? 1 : 5);
        report["frames"] = measureFrames(run, quick ? 3 : 120);
        report["still_screen"] = measureRunning(run, "home", runSeconds);
        report["attract_loop"] = measureRunning(run, "", runSeconds);
        // The title slide alone (Chromium's side-by-side page), and the loop
        // with every frame drawn whole: what partial redraw saves.
        report["title_slide"] = measureRunning(run, "title", runSeconds);
        report["attract_loop_full_redraw"] =
            measureRunning(run, "", runSeconds, "attract whole", {"--full-redraw"});
        report["pack_load"] = measurePackLoad(run.packDir, quick ? 1 : 10);
        report["image_decode"] = measureImageDecode(run.packDir, quick ? 0.05 : 2.0);
        report["pack_install"] = measureInstall(run.packDir, run.workDir, quick ? 1 : 5);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk_bench: %s\n", e.what());
        std::filesystem::remove_all(work);
        return 1;
    }
    std::filesystem::remove_all(work);
    std::fputs(formatTable(report).c_str(), stdout);
    if (jsonPath.empty()) {
        std::printf("%s\n", report.dump(2).c_str());
    } else {
        std::ofstream(jsonPath) << report.dump(2) << "\n";
    }
    return 0;
}
