#include "side_by_side.hpp"

namespace kiosk::bench {

namespace {

// The figures both programs have, from one running measurement.
nlohmann::json runningFigures(const nlohmann::json& m) {
    nlohmann::json out;
    for (const char* key : {"seconds", "cpu_seconds", "cpu_percent_of_one_core", "pss_peak_mib",
                            "pss_steady_mib", "x_server_cpu_seconds"})
        if (m.contains(key)) out[key] = m[key];
    return out;
}

// First content of `page`, launches alternating so that whatever else the
// machine does weighs on both alike.
void measureFirstContent(const KioskRunSettings& kiosk, const ChromiumSettings& chromium,
                         const std::string& page, int runs, nlohmann::json& result) {
    std::vector<double> kioskMs, chromiumMs;
    for (int i = 0; i < runs; ++i) {
        kioskMs.push_back(measureStartup(kiosk, 1, page)["first_frame_ms"]["median"]);
        chromiumMs.push_back(chromiumFirstContentMs(chromium, page));
    }
    result["kiosk"]["first_content_ms"] = median(kioskMs);
    result["kiosk"]["first_content_runs_ms"] = kioskMs;
    result["chromium"]["first_content_ms"] = median(chromiumMs);
    result["chromium"]["first_content_runs_ms"] = chromiumMs;
}

}  // namespace

nlohmann::json measureSideBySide(const KioskRunSettings& kiosk, const ChromiumSettings& chromium,
                                 const SideBySideSettings& settings) {
    nlohmann::json result = {
        {"chromium_version", chromiumVersion(chromium.chromium, chromium.workDir)},
        {"seconds", settings.seconds},
        {"first_content_runs", settings.firstContentRuns},
        {"frame_seconds", settings.frameSeconds},
        {"pages", nlohmann::json::object()}};
    // Chromium's first start makes its profile: done once, as on a kiosk PC.
    warmUpChromium(chromium);
    for (const std::string page : {"title", "home"}) {
        nlohmann::json& p = result["pages"][page];
        measureFirstContent(kiosk, chromium, page, settings.firstContentRuns, p);
        p["kiosk"].update(runningFigures(measureRunning(kiosk, page, settings.seconds)));
        p["chromium"].update(runningFigures(
            measureChromiumRunning(chromium, page, kSettleSeconds, settings.seconds)));
    }
    // The frames of the title slide: the page that moves.
    KioskRunSettings fullHd = kiosk;
    fullHd.size = "1920x1080";  // the pages are laid out for it
    const nlohmann::json kioskFrames =
        measureFrames(fullHd, settings.kioskFrames, "title")["screens"].at(0);
    nlohmann::json& title = result["pages"]["title"];
    title["kiosk"]["frames"] = {{"cpu_ms_per_frame", kioskFrames["cpu_ms_median"]},
                                {"cpu_ms_p99", kioskFrames["cpu_ms_p99"]}};
    title["chromium"]["frames"] =
        measureChromiumFrames(chromium, "title", kSettleSeconds, settings.frameSeconds);
    return result;
}

}  // namespace kiosk::bench
