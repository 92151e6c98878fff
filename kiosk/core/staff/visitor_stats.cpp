#include "staff/visitor_stats.hpp"

#include <algorithm>
#include <cstdio>

namespace kiosk {

void VisitorStats::sessionStarted(double now) {
    if (inSession_) sessionEnded(now);
    inSession_ = true;
    ++sessions_;
    sessionStart_ = now;
}

void VisitorStats::sessionEnded(double now) {
    if (!inSession_) return;
    closeScreen(now);
    currentScreen_.clear();
    inSession_ = false;
    lengths_.push_back(std::max(0.0, now - sessionStart_));
    // Bounded: a year of visits at a busy lobby still fits, the median barely moves.
    if (lengths_.size() > 100000) lengths_.erase(lengths_.begin(), lengths_.begin() + 50000);
}

void VisitorStats::closeScreen(double now) {
    if (currentScreen_.empty()) return;
    screens_[currentScreen_].dwellSeconds += std::max(0.0, now - screenSince_);
}

void VisitorStats::screenShown(const std::string& screen, double now) {
    if (!inSession_ || screen == currentScreen_) return;
    closeScreen(now);
    currentScreen_ = screen;
    screenSince_ = now;
    ++screens_[screen].views;
}

void VisitorStats::tapped(const std::string& screen) {
    if (inSession_) ++screens_[screen].taps;
}

double VisitorStats::medianSessionSeconds() const {
    if (lengths_.empty()) return 0.0;
    std::vector<double> sorted = lengths_;
    const size_t mid = sorted.size() / 2;
    std::nth_element(sorted.begin(), sorted.begin() + mid, sorted.end());
    if (sorted.size() % 2) return sorted[mid];
    const double upper = sorted[mid];
    return (*std::max_element(sorted.begin(), sorted.begin() + mid) + upper) / 2.0;
}

std::string VisitorStats::toCsv() const {
    std::string out = "screen,views,taps,dwell_seconds\n";
    char line[256];
    for (const auto& [name, use] : screens_) {
        std::snprintf(line, sizeof line, "%s,%ld,%ld,%.1f\n", name.c_str(), use.views, use.taps,
                      use.dwellSeconds);
        out += line;
    }
    std::snprintf(line, sizeof line, "# sessions,%d\n# median_session_seconds,%.1f\n", sessions_,
                  medianSessionSeconds());
    out += line;
    return out;
}

}  // namespace kiosk
