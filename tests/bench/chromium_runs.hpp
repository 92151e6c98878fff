#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::bench {

// Chromium in kiosk mode with software rendering, showing the side-by-side
// pages (side_by_side/*.html: the kiosk's screens as web pages), on $DISPLAY.
struct ChromiumSettings {
    std::string chromium;  // the executable
    std::string pagesDir;  // where title.html and home.html are
    std::string workDir;   // its profile and logs
};

// Chromium's path: found on PATH, or installed from Debian's package
// (apt-get, as root) when missing. Empty when neither worked; `why` says so in
// one line.
std::string findOrInstallChromium(const std::string& workDir, std::string& why);

// `chromium --version`'s line (its output kept in `workDir`).
std::string chromiumVersion(const std::string& chromium, const std::string& workDir);

// Starts Chromium once on Home and stops it: its profile is made, as on a
// kiosk PC that has run before.
void warmUpChromium(const ChromiumSettings& settings);

// Milliseconds from launch (just before exec) to the page's first contentful
// paint, as Chromium stamps it (a presentation time).
double chromiumFirstContentMs(const ChromiumSettings& settings, const std::string& page);

// Chromium showing `page` for `seconds` after `settleSeconds` past its first
// content: CPU seconds of all its processes, their PSS added up (peak, and the
// median of the second half: steady), and the X server's CPU when found.
nlohmann::json measureChromiumRunning(const ChromiumSettings& settings, const std::string& page,
                                      double settleSeconds, double seconds);

// Chromium showing an animated `page` for `seconds` after `settleSeconds`,
// the page timing its frames (requestAnimationFrame): intervals between
// frames (median, p99, max, count) and CPU milliseconds per frame drawn.
nlohmann::json measureChromiumFrames(const ChromiumSettings& settings, const std::string& page,
                                     double settleSeconds, double seconds);

}  // namespace kiosk::bench
