#include "bench_report.hpp"

#include <cstdarg>
#include <cstdio>
#include <fstream>

namespace kiosk::bench {

namespace {

std::string format(const char* pattern, ...) {
    char buffer[512];
    va_list args;
    va_start(args, pattern);
    std::vsnprintf(buffer, sizeof buffer, pattern, args);
    va_end(args);
    return buffer;
}

double num(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_number() ? j[key].get<double>() : 0.0;
}

// The figures every report has, as JSON pointers.
const char* const kRequired[] = {
    "/startup/first_frame_ms/median",
    "/startup/peak_rss_mib/max",
    "/still_screen/cpu_seconds",
    "/still_screen/cpu_percent_of_one_core",
    "/still_screen/pss_peak_mib",
    "/still_screen/pss_steady_mib",
    "/attract_loop/cpu_seconds",
    "/attract_loop/pss_peak_mib",
    "/attract_loop/pss_steady_mib",
    "/title_slide/cpu_seconds",
    "/attract_loop_full_redraw/cpu_seconds",
    "/pack_load/median_ms",
    "/pack_install/megabytes_per_second",
    "/pack_install/median_ms",
};

}  // namespace

std::string formatTable(const nlohmann::json& r) {
    std::string out;
    const auto& startup = r["startup"];
    out +=
        format("start-up: first frame %.0f ms (median of %d; %.0f..%.0f), peak RSS %.1f MiB\n",
               num(startup["first_frame_ms"], "median"),
               int(num(startup["first_frame_ms"], "runs")), num(startup["first_frame_ms"], "min"),
               num(startup["first_frame_ms"], "max"), num(startup["peak_rss_mib"], "max"));
    out += format("\nCPU ms per frame at %s (offscreen, glFinish per frame)\n",
                  r["size"].get<std::string>().c_str());
    out += format("%-20s %8s %8s %8s %6s %9s\n", "screen", "median", "p99", "max", "draws",
                  "vertices");
    for (const auto& s : r["frames"])
        out += format("%-20s %8.1f %8.1f %8.1f %6d %9d\n", s["screen"].get<std::string>().c_str(),
                      num(s, "cpu_ms_median"), num(s, "cpu_ms_p99"), num(s, "cpu_ms_max"),
                      int(num(s, "draw_calls")), int(num(s, "vertices")));
    out += "\nrunning full screen, nobody touching\n";
    out += format("%-14s %8s %10s %8s %10s %10s %9s\n", "what", "seconds", "CPU s", "% core",
                  "PSS peak", "PSS steady", "peak RSS");
    for (const char* key :
         {"still_screen", "attract_loop", "title_slide", "attract_loop_full_redraw"}) {
        if (!r.contains(key)) continue;
        const auto& m = r[key];
        out += format("%-14s %8.1f %10.2f %8.1f %9.1fM %9.1fM %8.1fM\n",
                      m["screen"].get<std::string>().c_str(), num(m, "seconds"),
                      num(m, "cpu_seconds"), num(m, "cpu_percent_of_one_core"),
                      num(m, "pss_peak_mib"), num(m, "pss_steady_mib"), num(m, "peak_rss_mib"));
    }
    const auto& load = r["pack_load"];
    out +=
        format("\npack load: %.1f ms median (%.1f..%.1f), %.2f MB pack\n", num(load, "median_ms"),
               num(load, "min_ms"), num(load, "max_ms"), num(load, "pack_bytes") / 1e6);
    const auto& decode = r["image_decode"];
    for (const auto& [name, f] : decode["formats"].items())
        out += format("decode %-4s: %.1f Mpixel/s, %.1f MB/s, %.1f ms each (%s)\n", name.c_str(),
                      num(f, "megapixels_per_second"), num(f, "megabytes_per_second"),
                      num(f, "ms_per_decode"), decode["source"].get<std::string>().c_str());
    const auto& install = r["pack_install"];
    out += format("install: %.1f ms for %.2f MB, %.1f MB/s\n", num(install, "median_ms"),
                  num(install, "pack_bytes") / 1e6, num(install, "megabytes_per_second"));
    return out;
}

std::string validateReport(const std::string& path) {
    std::ifstream in(path);
    if (!in) return "cannot be read";
    nlohmann::json r;
    try {
        in >> r;
    } catch (const std::exception& e) {
        return std::string("not JSON: ") + e.what();
    }
    for (const char* pointer : kRequired) {
        const nlohmann::json::json_pointer p(pointer);
        if (!r.contains(p) || !r[p].is_number() || r[p].get<double>() < 0)
            return std::string(pointer) + ": missing or not a number >= 0";
    }
    if (!r.contains("frames") || !r["frames"].is_array() || r["frames"].empty())
        return "/frames: no screens";
    bool transition = false;
    for (const auto& s : r["frames"]) {
        if (!s.contains("cpu_ms_p99") || !s["cpu_ms_p99"].is_number())
            return "/frames: a screen without cpu_ms_p99";
        if (s["screen"] == "attract-transition") transition = true;
    }
    if (!transition) return "/frames: no attract-transition entry";
    if (!r.contains("/image_decode/formats"_json_pointer) || r["image_decode"]["formats"].empty())
        return "/image_decode/formats: no format decoded";
    return {};
}

}  // namespace kiosk::bench
