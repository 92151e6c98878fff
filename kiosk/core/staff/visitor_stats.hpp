#pragma once
#include <map>
#include <string>
#include <vector>

namespace kiosk {

// What staff may know about visits: how many, how long, which screens were
// used and for how long. Nothing about who: no positions, no timestamps of
// single taps, no per-visitor records.
class VisitorStats {
  public:
    // A visitor woke the kiosk.
    void sessionStarted(double now);
    // The kiosk went back to its attract loop.
    void sessionEnded(double now);
    // The visitor's screen changed to `screen` (by its registered name).
    void screenShown(const std::string& screen, double now);
    // A tap was handled on `screen`.
    void tapped(const std::string& screen);

    int sessions() const { return sessions_; }
    // Median visit length in seconds (0 without finished visits).
    double medianSessionSeconds() const;
    struct ScreenUse {
        long taps = 0;
        long views = 0;
        double dwellSeconds = 0.0;
    };
    const std::map<std::string, ScreenUse>& screens() const { return screens_; }

    // "screen,views,taps,dwell_seconds" rows plus a sessions summary, for the
    // export to the staff's stick.
    std::string toCsv() const;

  private:
    void closeScreen(double now);

    int sessions_ = 0;
    bool inSession_ = false;
    double sessionStart_ = 0.0;
    std::vector<double> lengths_;
    std::map<std::string, ScreenUse> screens_;
    std::string currentScreen_;
    double screenSince_ = 0.0;
};

}  // namespace kiosk
