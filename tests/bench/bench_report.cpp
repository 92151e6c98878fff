#include "bench_report.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <fstream>

namespace kiosk::bench {

namespace {

// The figures every report has, as JSON pointers.
const char* const kRequired[] = {
    "/startup/first_frame_ms/median",
    "/startup/peak_rss_mib/max",
    "/startup/first_frame_cold_ms/median",
    "/still_screen/cpu_seconds",
    "/still_screen/cpu_percent_of_one_core",
    "/still_screen/pss_peak_mib",
    "/still_screen/pss_steady_mib",
    "/attract_loop/cpu_seconds",
    "/attract_loop/pss_peak_mib",
    "/attract_loop/pss_steady_mib",
    "/title_slide/cpu_seconds",
    "/attract_loop_full_redraw/cpu_seconds",
    "/attract_by_phase/cpu_percent_of_one_core",
    "/attract_by_phase/cpu_seconds",
    "/pack_load/median_ms",
    "/pack_install/megabytes_per_second",
    "/pack_install/median_ms",
};

// The figures of the attract-then-home run, unless it was skipped.
const char* const kRequiredWoken[] = {"/woken_home/pss_peak_mib", "/woken_home/pss_steady_mib",
                                      "/woken_home/pss_at_tap_mib", "/woken_home/cpu_seconds"};

// A figure the kiosk may not print (an older kiosk): "-" when absent.
std::string optional(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_number() ? format("%.2f", j[key].get<double>()) : "-";
}

std::string framesTable(const nlohmann::json& sized) {
    std::string out = format("\nCPU ms per frame at %s (offscreen, glFinish per frame)\n",
                             sized["size"].get<std::string>().c_str());
    out += format("%-20s %8s %8s %8s %6s %9s %9s %9s\n", "screen", "median", "p99", "max", "draws",
                  "vertices", "blend Mpx", "opaq Mpx");
    for (const auto& s : sized["screens"])
        out += format("%-20s %8.1f %8.1f %8.1f %6d %9d %9s %9s\n",
                      s["screen"].get<std::string>().c_str(), num(s, "cpu_ms_median"),
                      num(s, "cpu_ms_p99"), num(s, "cpu_ms_max"), int(num(s, "draw_calls")),
                      int(num(s, "vertices")), optional(s, "blended_mpx").c_str(),
                      optional(s, "unblended_mpx").c_str());
    out += "(last frame's draws and vertices; Mpx: megapixels shaded blended and opaque)\n";
    return out;
}

std::string glLine(const nlohmann::json& r) {
    if (!r.contains("gl"))
        return "OpenGL: not reported by the kiosk (kiosk --bench prints no gl_version)\n";
    const nlohmann::json& gl = r["gl"];
    const std::string context = gl.contains("context") ? gl.value("context", "?") + " through " +
                                                             gl.value("api", "?") + "; "
                                                       : "";
    return format("OpenGL: %s%s; renderer %s\n", context.c_str(), gl.value("version", "?").c_str(),
                  gl.value("renderer", "?").c_str());
}

// "name 12.3, name 4.5" of each share's percent of one core, largest first.
std::string shareList(const nlohmann::json& shares) {
    std::vector<std::pair<double, std::string>> order;
    for (const auto& [name, share] : shares.items())
        order.emplace_back(num(share, "percent_of_one_core"), name);
    std::sort(order.rbegin(), order.rend());
    std::string out;
    for (const auto& [percent, name] : order)
        out += format("%s%s %.1f", out.empty() ? "" : ", ", name.c_str(), percent);
    return out;
}

// Where the attract loop's CPU went, by phase and by slide type.
std::string phasesLines(const nlohmann::json& r) {
    if (!r.contains("attract_by_phase")) return {};
    const auto& p = r["attract_by_phase"];
    return format("attract loop by phase, %.0f s from its first frame, %.1f %% of one core: %s\n",
                  num(p, "seconds"), num(p, "cpu_percent_of_one_core"),
                  shareList(p["phases"]).c_str()) +
           format("  by slide: %s\n", shareList(p["slides"]).c_str());
}

std::string runningTable(const nlohmann::json& r) {
    if (!r.contains("still_screen") && !r.contains("woken_home")) return {};
    std::string out = "\nrunning full screen, nobody touching (but for attract then home)\n";
    out += format("%-18s %7s %8s %7s %9s %10s %9s %6s\n", "what", "seconds", "CPU s", "% core",
                  "PSS peak", "PSS steady", "peak RSS", "X s");
    for (const char* key : {"still_screen", "attract_loop", "title_slide",
                            "attract_loop_full_redraw", "woken_home"}) {
        if (!r.contains(key) || !r[key].contains("screen")) continue;
        const auto& m = r[key];
        const std::string x = m.contains("x_server_cpu_seconds")
                                  ? format("%.2f", num(m, "x_server_cpu_seconds"))
                                  : "-";
        out +=
            format("%-18s %7.1f %8.2f %7.1f %8.1fM %9.1fM %8.1fM %6s\n",
                   m["screen"].get<std::string>().c_str(), num(m, "seconds"), num(m, "cpu_seconds"),
                   num(m, "cpu_percent_of_one_core"), num(m, "pss_peak_mib"),
                   num(m, "pss_steady_mib"), num(m, "peak_rss_mib"), x.c_str());
    }
    out += phasesLines(r);
    if (!r.contains("woken_home")) return out;
    const auto& w = r["woken_home"];
    if (w.contains("skipped"))
        return out + "attract then home: skipped, " + w["skipped"].get<std::string>() + "\n";
    out += format(
        "attract then home: %.0f s of the attract loop, then a tap (PSS %.1f MiB "
        "at it); Home measured from %.0f s after it; PSS peak over the whole run\n",
        num(w, "attract_seconds"), num(w, "pss_at_tap_mib"), num(w, "settle_seconds"));
    // Home is a still screen: it draws nothing. CPU there means the tap
    // missed and the attract loop went on.
    if (num(w, "cpu_percent_of_one_core") > 5.0)
        out += "attract then home: the kiosk still used CPU after the tap; did it wake?\n";
    return out;
}

std::string packLines(const nlohmann::json& r) {
    const auto& load = r["pack_load"];
    std::string out =
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

std::string validateFrames(const nlohmann::json& r) {
    if (!r.contains("frames") || !r["frames"].is_array() || r["frames"].empty())
        return "/frames: no sizes";
    for (const auto& sized : r["frames"]) {
        if (!sized.contains("size") || !sized.contains("screens") || sized["screens"].empty())
            return "/frames: a size without screens";
        bool transition = false;
        for (const auto& s : sized["screens"]) {
            if (!s.contains("cpu_ms_p99") || !s["cpu_ms_p99"].is_number())
                return "/frames: a screen without cpu_ms_p99";
            if (s["screen"] == "attract-transition") transition = true;
        }
        if (!transition) return "/frames: no attract-transition entry";
    }
    return {};
}

std::string validateNumbers(const nlohmann::json& r, const std::vector<std::string>& pointers) {
    for (const std::string& pointer : pointers) {
        const nlohmann::json::json_pointer p(pointer);
        if (!r.contains(p) || !r[p].is_number() || r[p].get<double>() < 0)
            return pointer + ": missing or not a number >= 0";
    }
    return {};
}

// Both programs' figures on both pages, or the reason the part was skipped.
std::string validateSideBySide(const nlohmann::json& r) {
    if (!r.contains("side_by_side")) return "/side_by_side: missing";
    const auto& s = r["side_by_side"];
    if (s.contains("skipped")) return s["skipped"].is_string() ? "" : "/side_by_side/skipped";
    std::vector<std::string> pointers;
    for (const char* page : {"title", "home"})
        for (const char* program : {"kiosk", "chromium"})
            for (const char* figure :
                 {"first_content_ms", "pss_peak_mib", "pss_steady_mib", "cpu_seconds"})
                pointers.push_back(std::string("/side_by_side/pages/") + page + "/" + program +
                                   "/" + figure);
    pointers.push_back("/side_by_side/pages/title/kiosk/frames/cpu_ms_per_frame");
    pointers.push_back("/side_by_side/pages/title/chromium/frames/cpu_ms_per_frame");
    pointers.push_back("/side_by_side/pages/title/chromium/frames/interval_ms_p99");
    return validateNumbers(r, pointers);
}

}  // namespace

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

// Each part only when the run measured it (--only).
std::string formatTable(const nlohmann::json& r) {
    std::string out;
    if (r.contains("startup")) {
        const auto& first = r["startup"]["first_frame_ms"];
        out +=
            format("start-up: first frame %.0f ms (median of %d; %.0f..%.0f), peak RSS %.1f MiB\n",
                   num(first, "median"), int(num(first, "runs")), num(first, "min"),
                   num(first, "max"), num(r["startup"]["peak_rss_mib"], "max"));
        if (r["startup"].contains("first_frame_cold_ms")) {
            const auto& cold = r["startup"]["first_frame_cold_ms"];
            out += format(
                "  the glyph atlas built, not read from the cache: %.0f ms (%.0f..%.0f), peak RSS "
                "%.1f MiB\n",
                num(cold, "median"), num(cold, "min"), num(cold, "max"),
                num(r["startup"]["peak_rss_cold_mib"], "max"));
        }
    }
    if (r.contains("frames")) {
        out += glLine(r);
        for (const auto& sized : r["frames"]) out += framesTable(sized);
    }
    out += runningTable(r);
    if (r.contains("pack_load")) out += packLines(r);
    if (r.contains("side_by_side")) out += formatSideBySide(r["side_by_side"]);
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
    if (auto problem = validateNumbers(r, {std::begin(kRequired), std::end(kRequired)});
        !problem.empty())
        return problem;
    if (auto problem = validateFrames(r); !problem.empty()) return problem;
    if (!r.contains("woken_home")) return "/woken_home: missing";
    if (!r["woken_home"].contains("skipped"))
        if (auto problem =
                validateNumbers(r, {std::begin(kRequiredWoken), std::end(kRequiredWoken)});
            !problem.empty())
            return problem;
    for (const char* shares : {"phases", "slides"})
        if (!r["attract_by_phase"].contains(shares) || !r["attract_by_phase"][shares].is_object() ||
            r["attract_by_phase"][shares].empty())
            return std::string("/attract_by_phase/") + shares + ": none";
    if (auto problem = validateSideBySide(r); !problem.empty()) return problem;
    if (!r.contains("/image_decode/formats"_json_pointer) || r["image_decode"]["formats"].empty())
        return "/image_decode/formats: no format decoded";
    return {};
}

}  // namespace kiosk::bench
