#pragma once
#include <cstddef>
#include <vector>

namespace kiosk {

// The last few hundred frame times, for the staff panel's health page. Fixed
// memory however long the kiosk runs.
class FrameStats {
  public:
    explicit FrameStats(size_t capacity = 300);

    // One presented frame that took `seconds` of work, at time `now`.
    void add(double seconds, double now);
    // Frames per second over the last `window` seconds of drawn frames
    // (render on demand draws few frames on a still screen, which is right).
    double framesPerSecond(double now, double window = 2.0) const;
    // Work per frame in milliseconds at quantile q (0.5 median, 0.99 p99).
    double millisecondsAt(double q) const;
    // Oldest first, in milliseconds, for a graph.
    std::vector<float> recentMilliseconds() const;

  private:
    struct Sample {
        double seconds, at;
    };
    std::vector<Sample> ring_;
    size_t next_ = 0;
    size_t count_ = 0;
};

}  // namespace kiosk
