#include "woken_home.hpp"

#include <unistd.h>

#include <algorithm>

#include "content/pack_loader.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk::bench {

namespace {

// A visitor's tap: a mouse click reaches the kiosk as a touch. Any point
// wakes it; the first touch only wakes, it presses nothing.
void tap(const std::string& workDir) {
    ChildProcess xdotool({"/usr/bin/env", "xdotool", "mousemove", "200", "200", "click", "1"},
                         workDir + "/xdotool.out", workDir + "/xdotool.err");
    if (xdotool.waitExit(10.0) != 0)
        throw std::runtime_error("xdotool could not tap: " +
                                 readTextFile(workDir + "/xdotool.err"));
}

// PSS samples twice a second for `seconds`, appended to `samples`.
void samplePss(ChildProcess& kiosk, double seconds, std::vector<double>& samples,
               const std::string& errPath) {
    const double start = monotonicSeconds();
    while (monotonicSeconds() - start < seconds) {
        samples.push_back(double(kiosk.pssKiB()) / 1024.0);
        if (kiosk.waitExit(0.5) >= 0)
            throw std::runtime_error("kiosk exited: " + readTextFile(errPath));
    }
}

}  // namespace

double attractPassSeconds(const std::string& packDir) {
    const PackLoadResult loaded = loadPack(packDir);
    if (!loaded.pack) throw std::runtime_error("the pack does not load: " + packDir);
    return AttractPlaylist(*loaded.pack).passSeconds(0);
}

nlohmann::json measureWokenHome(const KioskRunSettings& run, double attractSeconds,
                                double settleSeconds, double seconds) {
    if (findOnPath("xdotool").empty())
        return {{"skipped", "xdotool is not installed: nobody to tap"}};
    const std::string err = run.workDir + "/woken.err";
    // Home must not time out back to the attract loop while it is measured.
    const auto kiosk = startKiosk(run, {"--idle-seconds", "3600"}, err);
    std::vector<double> attractPss, homePss;
    samplePss(*kiosk, attractSeconds, attractPss, err);
    const double pssAtTap = double(kiosk->pssKiB()) / 1024.0;
    tap(run.workDir);
    std::vector<double> settlingPss;
    samplePss(*kiosk, settleSeconds, settlingPss, err);
    const double cpuBefore = kiosk->cpuSeconds(), start = monotonicSeconds();
    samplePss(*kiosk, seconds, homePss, err);
    const double elapsed = monotonicSeconds() - start;
    const double cpu = kiosk->cpuSeconds() - cpuBefore;
    const double peakRss = double(kiosk->peakRssKiB()) / 1024.0;
    kiosk->stop();
    double peak = pssAtTap;
    for (const auto* samples : {&attractPss, &settlingPss, &homePss})
        for (double s : *samples) peak = std::max(peak, s);
    return {{"screen", "attract then home"},
            {"attract_seconds", attractSeconds},
            {"settle_seconds", settleSeconds},
            {"seconds", elapsed},
            {"cpu_seconds", cpu},
            {"cpu_percent_of_one_core", 100.0 * cpu / elapsed},
            {"pss_at_tap_mib", pssAtTap},
            {"pss_peak_mib", peak},
            {"pss_steady_mib", median(homePss)},
            {"peak_rss_mib", peakRss}};
}

}  // namespace kiosk::bench
