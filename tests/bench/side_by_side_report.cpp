// The side-by-side table: the kiosk, Chromium and their ratio, per page.
#include "bench_report.hpp"

namespace kiosk::bench {

namespace {

std::string ratio(double kiosk, double chromium) {
    return chromium > 0 ? format("%.2f", kiosk / chromium) : "-";
}

std::string row(const std::string& page, const char* label, double kiosk, double chromium,
                const char* pattern) {
    return format("%-6s %-28s %10s %10s %7s\n", page.c_str(), label, format(pattern, kiosk).c_str(),
                  format(pattern, chromium).c_str(), ratio(kiosk, chromium).c_str());
}

std::string pageRows(const std::string& page, const nlohmann::json& p, double seconds) {
    const auto& k = p["kiosk"];
    const auto& c = p["chromium"];
    std::string out;
    out += row(page, "first content ms", num(k, "first_content_ms"), num(c, "first_content_ms"),
               "%.0f");
    out += row(page, "PSS peak MiB", num(k, "pss_peak_mib"), num(c, "pss_peak_mib"), "%.1f");
    out += row(page, "PSS steady MiB", num(k, "pss_steady_mib"), num(c, "pss_steady_mib"), "%.1f");
    out += row(page, format("CPU s over %.0f s", seconds).c_str(), num(k, "cpu_seconds"),
               num(c, "cpu_seconds"), "%.2f");
    if (k.contains("x_server_cpu_seconds") && c.contains("x_server_cpu_seconds"))
        out += row(page, "X server CPU s", num(k, "x_server_cpu_seconds"),
                   num(c, "x_server_cpu_seconds"), "%.2f");
    if (!k.contains("frames") || !c.contains("frames")) return out;
    out += row(page, "CPU ms per frame", num(k["frames"], "cpu_ms_per_frame"),
               num(c["frames"], "cpu_ms_per_frame"), "%.1f");
    out += format("%-6s %-28s %10s %10.1f\n", page.c_str(), "frame interval ms, median", "-",
                  num(c["frames"], "interval_ms_median"));
    out += format("%-6s %-28s %10s %10.1f\n", page.c_str(), "frame interval ms, p99", "-",
                  num(c["frames"], "interval_ms_p99"));
    return out;
}

}  // namespace

std::string formatSideBySide(const nlohmann::json& s) {
    if (s.contains("skipped"))
        return "\nagainst Chromium: skipped, " + s["skipped"].get<std::string>() + "\n";
    const double seconds = num(s, "seconds");
    std::string out = format(
        "\nagainst Chromium's kiosk mode (%s, --disable-gpu), the same pages one after the other\n",
        s.value("chromium_version", "?").c_str());
    out += format("%-6s %-28s %10s %10s %7s\n", "page", "figure", "kiosk", "chromium", "ratio");
    for (const char* page : {"title", "home"})
        if (s["pages"].contains(page)) out += pageRows(page, s["pages"][page], seconds);
    out += format(
        "first content: median of %d launches alternating between the two. CPU and PSS: every\n"
        "process of the program. CPU ms per frame: the kiosk's whole frame (--bench, 1920x1080);\n"
        "Chromium's CPU over %.0f s divided by the frames it drew (requestAnimationFrame).\n",
        int(num(s, "first_content_runs")), num(s, "frame_seconds"));
    return out;
}

}  // namespace kiosk::bench
