#include "kiosk_runs.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

namespace kiosk::bench {

namespace {

std::vector<std::string> kioskArgs(const KioskRunSettings& run) {
    std::vector<std::string> args{run.kiosk, "--pack", run.packDir};
    if (!run.fontCacheDir.empty()) {
        args.push_back("--font-cache");
        args.push_back(run.fontCacheDir);
    }
    return args;
}

// One `kiosk --quit-after-first-frame`: its first frame in ms and peak RSS in MiB.
std::pair<double, double> startOnce(const KioskRunSettings& run, const std::string& startScreen) {
    const std::regex line(
        R"(first frame presented (\d+) ms after process start, peak memory (\d+) KiB)");
    auto args = kioskArgs(run);
    if (!startScreen.empty()) {
        args.push_back("--start-screen");
        args.push_back(startScreen);
    }
    args.push_back("--quit-after-first-frame");
    const std::string err = run.workDir + "/startup.err";
    ChildProcess kiosk(args, run.workDir + "/startup.out", err);
    if (kiosk.waitExit(60.0) != 0)
        throw std::runtime_error("kiosk start-up run failed: " + readTextFile(err));
    std::smatch m;
    const std::string text = readTextFile(err);
    if (!std::regex_search(text, m, line))
        throw std::runtime_error("kiosk did not report its first frame: " + text);
    return {std::stod(m[1]), std::stod(m[2]) / 1024.0};
}

}  // namespace

nlohmann::json spread(const std::vector<double>& v) {
    return {{"median", median(v)},
            {"min", v.empty() ? 0.0 : *std::min_element(v.begin(), v.end())},
            {"max", v.empty() ? 0.0 : *std::max_element(v.begin(), v.end())},
            {"runs", v.size()}};
}

nlohmann::json measureStartup(const KioskRunSettings& run, int runs,
                              const std::string& startScreen) {
    std::vector<double> warmMs, warmMiB, coldMs, coldMiB;
    for (int i = 0; i < runs; ++i) {
        std::error_code ignored;
        if (!run.fontCacheDir.empty()) std::filesystem::remove_all(run.fontCacheDir, ignored);
        const auto [cold, coldPeak] = startOnce(run, startScreen);
        coldMs.push_back(cold);
        coldMiB.push_back(coldPeak);
        const auto [warm, warmPeak] = startOnce(run, startScreen);
        warmMs.push_back(warm);
        warmMiB.push_back(warmPeak);
    }
    return {{"first_frame_ms", spread(warmMs)},
            {"peak_rss_mib", spread(warmMiB)},
            {"first_frame_cold_ms", spread(coldMs)},
            {"peak_rss_cold_mib", spread(coldMiB)}};
}

nlohmann::json measureFrames(const KioskRunSettings& run, int frames, const std::string& screen) {
    auto args = kioskArgs(run);
    for (const std::string& a : {std::string("--screen"), screen, std::string("--size"), run.size,
                                 std::string("--bench"), std::to_string(frames)})
        args.push_back(a);
    const std::string out = run.workDir + "/frames.out", err = run.workDir + "/frames.err";
    ChildProcess kiosk(args, out, err);
    if (kiosk.waitExit(600.0) != 0)
        throw std::runtime_error("kiosk --bench failed: " + readTextFile(err));
    nlohmann::json result = {{"size", run.size}, {"screens", nlohmann::json::array()}};
    std::istringstream lines(readTextFile(out));
    std::string text;
    while (std::getline(lines, text)) {
        if (text.empty() || text[0] != '{') continue;
        const nlohmann::json line = nlohmann::json::parse(text);
        if (line.contains("screen")) result["screens"].push_back(line);
        for (const char* key : {"gl_context", "gl_api", "gl_version", "gl_renderer"})
            if (line.contains(key)) result[key] = line[key];
    }
    if (result["screens"].empty()) throw std::runtime_error("kiosk --bench printed no screens");
    return result;
}

std::unique_ptr<ChildProcess> startKiosk(const KioskRunSettings& run,
                                         const std::vector<std::string>& args,
                                         const std::string& errPath) {
    auto argv = kioskArgs(run);
    argv.insert(argv.end(), args.begin(), args.end());
    auto kiosk = std::make_unique<ChildProcess>(argv, errPath + ".out", errPath);
    const double deadline = monotonicSeconds() + 60.0;
    while (readTextFile(errPath).find("first frame presented") == std::string::npos) {
        if (kiosk->waitExit(0.05) >= 0 || monotonicSeconds() > deadline)
            throw std::runtime_error("kiosk did not start: " + readTextFile(errPath));
    }
    return kiosk;
}

nlohmann::json measureRunning(const KioskRunSettings& run, const std::string& startScreen,
                              double seconds, const std::string& label,
                              const std::vector<std::string>& extraArgs) {
    auto args = extraArgs;
    if (!startScreen.empty()) {
        args.push_back("--start-screen");
        args.push_back(startScreen);
    }
    // Nobody touches it: the visitor's session must not time out meanwhile.
    args.push_back("--idle-seconds");
    args.push_back("3600");
    const std::string err = run.workDir + "/running.err";
    const auto kiosk = startKiosk(run, args, err);
    usleep(useconds_t(kSettleSeconds * 1e6));
    const pid_t xServer = xServerPid();
    const double xBefore = cpuSecondsOf({xServer});
    const double cpuBefore = kiosk->cpuSeconds(), start = monotonicSeconds();
    std::vector<double> pssMiB;
    while (monotonicSeconds() - start < seconds) {
        pssMiB.push_back(double(kiosk->pssKiB()) / 1024.0);
        if (kiosk->waitExit(0.5) >= 0)
            throw std::runtime_error("kiosk exited: " + readTextFile(err));
    }
    const double elapsed = monotonicSeconds() - start;
    const double cpu = kiosk->cpuSeconds() - cpuBefore;
    const double xCpu = cpuSecondsOf({xServer}) - xBefore;
    const double peakRss = double(kiosk->peakRssKiB()) / 1024.0;
    kiosk->stop();
    const std::vector<double> secondHalf(pssMiB.begin() + long(pssMiB.size() / 2), pssMiB.end());
    nlohmann::json result = {{"screen", !label.empty()        ? label
                                        : startScreen.empty() ? "attract"
                                                              : startScreen},
                             {"seconds", elapsed},
                             {"cpu_seconds", cpu},
                             {"cpu_percent_of_one_core", 100.0 * cpu / elapsed},
                             {"pss_peak_mib", *std::max_element(pssMiB.begin(), pssMiB.end())},
                             {"pss_steady_mib", median(secondHalf)},
                             {"peak_rss_mib", peakRss}};
    if (xServer > 0) result["x_server_cpu_seconds"] = xCpu;
    return result;
}

}  // namespace kiosk::bench
