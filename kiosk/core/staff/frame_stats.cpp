#include "staff/frame_stats.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

FrameStats::FrameStats(size_t capacity) : ring_(std::max<size_t>(capacity, 1)) {}

void FrameStats::add(double seconds, double now) {
    ring_[next_] = {seconds, now};
    next_ = (next_ + 1) % ring_.size();
    count_ = std::min(count_ + 1, ring_.size());
}

double FrameStats::framesPerSecond(double now, double window) const {
    int frames = 0;
    for (size_t i = 0; i < count_; ++i)
        if (now - ring_[i].at <= window) ++frames;
    return window > 0 ? frames / window : 0.0;
}

double FrameStats::millisecondsAt(double q) const {
    if (count_ == 0) return 0.0;
    std::vector<double> v;
    for (size_t i = 0; i < count_; ++i) v.push_back(ring_[i].seconds);
    const size_t k = std::min(count_ - 1, static_cast<size_t>(std::floor(q * (count_ - 1) + 0.5)));
    std::nth_element(v.begin(), v.begin() + k, v.end());
    return v[k] * 1000.0;
}

std::vector<float> FrameStats::recentMilliseconds() const {
    std::vector<float> out;
    const size_t start = count_ < ring_.size() ? 0 : next_;
    for (size_t i = 0; i < count_; ++i)
        out.push_back(static_cast<float>(ring_[(start + i) % ring_.size()].seconds * 1000.0));
    return out;
}

}  // namespace kiosk
