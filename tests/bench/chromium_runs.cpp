#include "chromium_runs.hpp"

#include <unistd.h>

#include <algorithm>
#include <memory>
#include <regex>
#include <sstream>

#include "kiosk_runs.hpp"
#include "process_probe.hpp"

namespace kiosk::bench {

namespace {

// Software rendering, nothing that reaches out or asks anything, one window
// exactly over the 1920x1080 screen, the console logged to stderr (where the
// pages report their first content and frames).
std::vector<std::string> chromiumArgs(const ChromiumSettings& s, const std::string& url) {
    return {s.chromium,
            "--kiosk",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--noerrdialogs",
            "--window-position=0,0",
            "--window-size=1920,1080",
            "--user-data-dir=" + s.workDir + "/chromium-profile",
            "--disable-component-update",
            "--disable-background-networking",
            "--disable-sync",
            "--password-store=basic",
            "--enable-logging=stderr",
            "--v=0",
            url};
}

std::string pageUrl(const ChromiumSettings& s, const std::string& page) {
    return "file://" + s.pagesDir + "/" + page + ".html";
}

bool aptInstall(const std::string& workDir, const std::vector<std::string>& command) {
    std::vector<std::string> argv = {"/usr/bin/env", "DEBIAN_FRONTEND=noninteractive"};
    argv.insert(argv.end(), command.begin(), command.end());
    ChildProcess apt(argv, workDir + "/apt.out", workDir + "/apt.err");
    return apt.waitExit(900.0) == 0;
}

// Started Chromium, once its first content is on screen (its epoch ms in
// `firstContentEpochMs`); throws when it shows none within 60 s.
std::unique_ptr<ChildProcess> startUntilFirstContent(const ChromiumSettings& s,
                                                     const std::string& url, const std::string& log,
                                                     double& firstContentEpochMs) {
    const std::regex line(R"(FIRST_CONTENT_EPOCH_MS ([0-9.]+))");
    auto chromium = std::make_unique<ChildProcess>(chromiumArgs(s, url), log + ".out", log);
    const double deadline = monotonicSeconds() + 60.0;
    for (;;) {
        std::smatch m;
        const std::string text = readTextFile(log);
        if (std::regex_search(text, m, line)) {
            firstContentEpochMs = std::stod(m[1]);
            return chromium;
        }
        if (chromium->waitExit(0.05) >= 0 || monotonicSeconds() > deadline) {
            chromium->stop();
            throw std::runtime_error("chromium showed no first content of " + url + ": " +
                                     text.substr(text.size() > 2000 ? text.size() - 2000 : 0));
        }
    }
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// The intervals of the page's FRAME_INTERVALS_MS lines stamped in [from, to].
std::vector<double> frameIntervals(const std::string& log, double fromEpochMs, double toEpochMs) {
    const std::regex line(R"(FRAME_INTERVALS_MS ([0-9.]+) ([0-9.,]*))");
    std::vector<double> intervals;
    const std::string text = readTextFile(log);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), line);
         it != std::sregex_iterator(); ++it) {
        const double stamp = std::stod((*it)[1]);
        if (stamp < fromEpochMs || stamp > toEpochMs) continue;
        std::istringstream values((*it)[2].str());
        for (std::string v; std::getline(values, v, ',');)
            if (!v.empty()) intervals.push_back(std::stod(v));
    }
    return intervals;
}

}  // namespace

std::string findOrInstallChromium(const std::string& workDir, std::string& why) {
    if (std::string path = findOnPath("chromium"); !path.empty()) return path;
    if (geteuid() != 0) {
        why = "Chromium is not installed and installing it needs root (apt-get install chromium)";
        return {};
    }
    // As the kiosk's dependencies are installed: the package lists may be old.
    const bool installed = aptInstall(workDir, {"apt-get", "install", "-y", "-qq", "chromium"}) ||
                           (aptInstall(workDir, {"apt-get", "update", "-qq"}) &&
                            aptInstall(workDir, {"apt-get", "install", "-y", "-qq", "chromium"}));
    if (std::string path = findOnPath("chromium"); installed && !path.empty()) return path;
    std::string err = readTextFile(workDir + "/apt.err");
    while (!err.empty() && err.back() == '\n') err.pop_back();
    why = "Chromium is not installed and apt-get could not install it (" +
          err.substr(err.rfind('\n') == std::string::npos ? 0 : err.rfind('\n') + 1) + ")";
    return {};
}

std::string chromiumVersion(const std::string& chromium, const std::string& workDir) {
    const std::string out = workDir + "/chromium-version.out";
    ChildProcess version({chromium, "--version"}, out, "/dev/null");
    version.waitExit(30.0);
    std::string text = readTextFile(out);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

void warmUpChromium(const ChromiumSettings& settings) {
    double firstContent = 0.0;
    startUntilFirstContent(settings, pageUrl(settings, "home"),
                           settings.workDir + "/chromium-warmup.log", firstContent)
        ->stop();
}

double chromiumFirstContentMs(const ChromiumSettings& settings, const std::string& page) {
    double firstContent = 0.0;
    const double launched = epochMilliseconds();
    startUntilFirstContent(settings, pageUrl(settings, page),
                           settings.workDir + "/chromium-first.log", firstContent)
        ->stop();
    return firstContent - launched;
}

nlohmann::json measureChromiumRunning(const ChromiumSettings& settings, const std::string& page,
                                      double settleSeconds, double seconds) {
    double firstContent = 0.0;
    const std::string log = settings.workDir + "/chromium-" + page + ".log";
    const auto chromium =
        startUntilFirstContent(settings, pageUrl(settings, page), log, firstContent);
    usleep(useconds_t(settleSeconds * 1e6));
    const pid_t xServer = xServerPid();
    const double xBefore = cpuSecondsOf({xServer});
    const double cpuBefore = chromium->treeCpuSeconds(), start = monotonicSeconds();
    std::vector<double> pssMiB;
    while (monotonicSeconds() - start < seconds) {
        pssMiB.push_back(double(chromium->treePssKiB()) / 1024.0);
        if (chromium->waitExit(0.5) >= 0) throw std::runtime_error("chromium exited: " + log);
    }
    const double elapsed = monotonicSeconds() - start;
    const double cpu = chromium->treeCpuSeconds() - cpuBefore;
    const double xCpu = cpuSecondsOf({xServer}) - xBefore;
    chromium->stop();
    const std::vector<double> secondHalf(pssMiB.begin() + long(pssMiB.size() / 2), pssMiB.end());
    nlohmann::json result = {{"seconds", elapsed},
                             {"cpu_seconds", cpu},
                             {"cpu_percent_of_one_core", 100.0 * cpu / elapsed},
                             {"pss_peak_mib", *std::max_element(pssMiB.begin(), pssMiB.end())},
                             {"pss_steady_mib", median(secondHalf)}};
    if (xServer > 0) result["x_server_cpu_seconds"] = xCpu;
    return result;
}

nlohmann::json measureChromiumFrames(const ChromiumSettings& settings, const std::string& page,
                                     double settleSeconds, double seconds) {
    double firstContent = 0.0;
    const std::string log = settings.workDir + "/chromium-" + page + "-frames.log";
    const auto chromium =
        startUntilFirstContent(settings, pageUrl(settings, page) + "#frames", log, firstContent);
    usleep(useconds_t(settleSeconds * 1e6));
    const double from = epochMilliseconds(), cpuBefore = chromium->treeCpuSeconds();
    const double start = monotonicSeconds();
    usleep(useconds_t(seconds * 1e6));
    const double cpuPerSecond =
        (chromium->treeCpuSeconds() - cpuBefore) / (monotonicSeconds() - start);
    usleep(1100000);  // the page's report of the window's last second
    chromium->stop();
    // A report holds the second before its stamp: those stamped from a
    // second into the window to its end hold frames inside it.
    const std::vector<double> intervals =
        frameIntervals(log, from + 1000.0, from + seconds * 1000.0);
    if (intervals.empty()) throw std::runtime_error("the page timed no frames: " + log);
    double drawing = 0.0;  // milliseconds those frames span
    for (double i : intervals) drawing += i;
    return {{"frames", intervals.size()},
            {"frames_per_second", 1000.0 * double(intervals.size()) / drawing},
            {"interval_ms_median", percentile(intervals, 0.5)},
            {"interval_ms_p99", percentile(intervals, 0.99)},
            {"interval_ms_max", percentile(intervals, 1.0)},
            {"cpu_ms_per_frame", cpuPerSecond * drawing / double(intervals.size())}};
}

}  // namespace kiosk::bench
