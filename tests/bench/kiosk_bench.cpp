// The kiosk's performance in one run: start-up, frame cost per screen and in
// the attract loop's transitions and flights at two screen sizes, memory, CPU
// on a still screen and in the attract loop (and by the loop's phases and
// slides over a whole pass), memory as the lobby runs
// (attract loop, then a visitor's tap onto Home), pack load, picture decoding
// and installing, and the same pages in Chromium's kiosk mode beside the
// kiosk's. Prints a table and JSON (BENCHMARKS.md quotes both). Needs an X
// display (Xvfb will do) and xdotool:
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/bench/kiosk_bench
//       --kiosk build/kiosk/app/kiosk --json bench.json
//
// --quick runs a short version without Chromium (the CTest test: output only,
// no figures asserted).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "attract_phases.hpp"
#include "bench_report.hpp"
#include "kiosk_runs.hpp"
#include "pack_measures.hpp"
#include "side_by_side.hpp"
#include "woken_home.hpp"

#ifndef KIOSK_SOURCE_DIR
#define KIOSK_SOURCE_DIR "."
#endif

using namespace kiosk::bench;

namespace {

// What the command line asks for.
struct BenchOptions {
    KioskRunSettings run;
    std::vector<std::string> sizes = {"1920x1080", "1080x1920"};
    double runSeconds = 30.0;
    double attractSeconds = 0.0;  // 0: one pass of the pack's attract loop
    bool quick = false;
    bool chromium = true;
    std::string pagesDir = std::string(KIOSK_SOURCE_DIR) + "/tests/bench/side_by_side";
    SideBySideSettings sideBySide;
    std::set<std::string> only;  // empty: every part
    bool wants(const std::string& part) const { return only.empty() || only.count(part) > 0; }
};

// The Chromium half, or the one line saying why it is left out.
nlohmann::json sideBySide(const BenchOptions& o) {
    if (o.quick) return {{"skipped", "--quick leaves Chromium out"}};
    if (!o.chromium) return {{"skipped", "--no-chromium"}};
    std::string why;
    ChromiumSettings chromium{findOrInstallChromium(o.run.workDir, why),
                              std::filesystem::absolute(o.pagesDir).string(), o.run.workDir};
    if (chromium.chromium.empty()) return {{"skipped", why}};
    return measureSideBySide(o.run, chromium, o.sideBySide);
}

nlohmann::json measureFrameSizes(const BenchOptions& o, nlohmann::json& report) {
    nlohmann::json sizes = nlohmann::json::array();
    for (const std::string& size : o.sizes) {
        KioskRunSettings run = o.run;
        run.size = size;
        nlohmann::json sized = measureFrames(run, o.quick ? 3 : 120);
        for (const char* key : {"gl_context", "gl_api", "gl_version", "gl_renderer"})
            if (sized.contains(key)) report["gl"][std::string(key).substr(3)] = sized[key];
        sizes.push_back(sized);
    }
    return sizes;
}

void measureAll(const BenchOptions& o, nlohmann::json& report) {
    const KioskRunSettings& run = o.run;
    const double seconds = o.runSeconds;
    if (o.wants("startup")) report["startup"] = measureStartup(run, o.quick ? 1 : 5);
    if (o.wants("frames")) report["frames"] = measureFrameSizes(o, report);
    if (o.wants("running")) {
        report["still_screen"] = measureRunning(run, "home", seconds);
        report["attract_loop"] = measureRunning(run, "", seconds);
        // The title slide alone (Chromium's side-by-side page), and the loop
        // with every frame drawn whole: what partial redraw saves.
        report["title_slide"] = measureRunning(run, "title", seconds);
        report["attract_loop_full_redraw"] =
            measureRunning(run, "", seconds, "attract whole", {"--full-redraw"});
        // A whole pass of the loop from its start, its CPU shared out by phase.
        report["attract_by_phase"] =
            measureAttractPhases(run, o.quick ? 3.0 : attractPassSeconds(run.packDir));
    }
    if (o.wants("woken")) {
        const double attract = o.attractSeconds > 0 ? o.attractSeconds
                               : o.quick            ? 2.0
                                                    : attractPassSeconds(run.packDir);
        report["woken_home"] =
            measureWokenHome(run, attract, o.quick ? 1.0 : 5.0, o.quick ? 2.0 : 10.0);
    }
    if (o.wants("pack")) {
        report["pack_load"] = measurePackLoad(run.packDir, o.quick ? 1 : 10);
        report["image_decode"] = measureImageDecode(run.packDir, o.quick ? 0.05 : 2.0);
        report["pack_install"] = measureInstall(run.packDir, run.workDir, o.quick ? 1 : 5);
    }
    if (o.wants("chromium")) report["side_by_side"] = sideBySide(o);
}

void addOptions(CLI::App& app, BenchOptions& o, std::string& jsonPath, std::string& validatePath) {
    app.add_option("--kiosk", o.run.kiosk, "The kiosk executable");
    app.add_option("--pack", o.run.packDir, "Pack to measure with (default: the default pack)");
    app.add_option("--size", o.sizes, "Offscreen frame sizes for the per-screen frames")
        ->delimiter(',');
    app.add_option("--seconds", o.runSeconds, "Seconds of each CPU run (default 30)");
    app.add_option("--attract-seconds", o.attractSeconds,
                   "Seconds of attract loop before the tap onto Home (default: one pass)");
    app.add_option("--runs", o.sideBySide.firstContentRuns,
                   "Launches of each program for Chromium's side by side (default 3)");
    app.add_option("--pages", o.pagesDir, "The side-by-side web pages");
    app.add_flag("!--no-chromium", o.chromium, "Leave out the side by side with Chromium");
    app.add_option("--only", o.only,
                   "Only these parts: startup, frames, running, woken, pack, chromium")
        ->delimiter(',')
        ->check(CLI::IsMember({"startup", "frames", "running", "woken", "pack", "chromium"}));
    app.add_option("--json", jsonPath, "Write the JSON here (default: after the table)");
    app.add_flag("--quick", o.quick, "Short runs that only prove the benchmark works");
    app.add_option("--validate", validatePath,
                   "Check that a JSON file written by --json has every figure, then exit");
}

}  // namespace

int main(int argc, char** argv) {
    BenchOptions o;
    o.run.packDir = std::string(KIOSK_SOURCE_DIR) + "/content/default";
    std::string jsonPath, validatePath;
    CLI::App app{
        "Measures the kiosk: start-up, frames, memory, CPU, pack load, decode, install, "
        "and the same pages in Chromium"};
    addOptions(app, o, jsonPath, validatePath);
    CLI11_PARSE(app, argc, argv);
    if (!validatePath.empty()) {
        const std::string problem = validateReport(validatePath);
        if (!problem.empty())
            std::fprintf(stderr, "kiosk_bench: %s: %s\n", validatePath.c_str(), problem.c_str());
        return problem.empty() ? 0 : 1;
    }
    if (o.run.kiosk.empty()) {
        std::fprintf(stderr, "kiosk_bench: --kiosk is required\n");
        return 2;
    }
    if (o.quick) {
        o.runSeconds = 2.0;
        // A quarter of the pixels (llvmpipe's fill rate sets the pace), both ways up.
        if (app.count("--size") == 0) o.sizes = {"960x540", "540x960"};
    }
    o.sideBySide.seconds = o.runSeconds;
    o.sideBySide.frameSeconds = std::min(o.sideBySide.frameSeconds, o.runSeconds);
    const auto work =
        std::filesystem::temp_directory_path() / ("kiosk-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    o.run.workDir = work.string();
    o.run.fontCacheDir = (work / "font-cache").string();
    nlohmann::json report;
    try {
        measureAll(o, report);
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
