#include "session/attract_tour.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kiosk {

namespace {

double easeInOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

// Each stop owns an equal share of the time after the lead-in: its flight in,
// then the rest of the share resting on it.
double shareSeconds(const TourTiming& timing) {
    if (timing.stops == 0) return 0.0;
    return std::max(0.0, timing.seconds - timing.leadInSeconds) / double(timing.stops);
}

double flightSeconds(const TourTiming& timing) {
    return std::min(timing.flySeconds, shareSeconds(timing) * 0.5);
}

}  // namespace

TourMoment tourMomentAt(const TourTiming& timing, double secondsIn) {
    TourMoment moment;
    const double share = shareSeconds(timing), fly = flightSeconds(timing);
    if (!(share > 0.0) || !(fly > 0.0) || !(secondsIn >= timing.leadInSeconds)) return moment;
    const double after = secondsIn - timing.leadInSeconds;
    const size_t k = std::min(timing.stops - 1, size_t(after / share));
    const double into = after - double(k) * share;
    if (into < fly) {
        moment.stop = int(k) - 1;
        moment.flight = std::max(into / fly, 1e-9);
    } else {
        moment.stop = int(k);
    }
    return moment;
}

std::vector<SlideMove> tourMoves(const TourTiming& timing) {
    std::vector<SlideMove> moves;
    const double share = shareSeconds(timing), fly = flightSeconds(timing);
    if (!(fly > 0.0)) return moves;
    for (size_t k = 0; k < timing.stops; ++k) {
        const double from = timing.leadInSeconds + double(k) * share;
        moves.push_back({from, from + fly});
    }
    return moves;
}

double tourCameraAt(const TourTiming& timing, double startX, const std::vector<double>& stopX,
                    double secondsIn) {
    const TourMoment m = tourMomentAt(timing, secondsIn);
    auto at = [&](int stop) {
        if (stop < 0 || stopX.empty()) return startX;
        return stopX[std::min(size_t(stop), stopX.size() - 1)];
    };
    if (!m.flying()) return at(m.stop);
    const double from = at(m.stop), to = at(m.stop + 1);
    return from + (to - from) * easeInOutCubic(m.flight);
}

TourRotation::TourRotation(const std::vector<Event>& events, size_t stopsPerTour) {
    for (const Event& e : events)
        if (e.date.known()) candidates_.push_back(e.id);
    if (candidates_.empty() || stopsPerTour == 0) {
        candidates_.clear();
        return;
    }
    rotations_ = (candidates_.size() + stopsPerTour - 1) / stopsPerTour;
    // A step of about 0.38 of the groups (the golden section) sends each tour
    // far from the last one; coprime with their number, it visits all groups.
    stride_ = std::max<size_t>(1, size_t(std::lround(double(rotations_) * 0.382)));
    while (std::gcd(stride_, rotations_) != 1) ++stride_;
}

std::vector<std::string> TourRotation::stopsOf(size_t n) const {
    std::vector<std::string> stops;
    if (candidates_.empty()) return stops;
    // Tour 0 starts one step in: group 0 holds the very first event, where the
    // camera already stands when the slide begins.
    const size_t group = (n % rotations_ + 1) * (stride_ % rotations_) % rotations_;
    for (size_t i = group; i < candidates_.size(); i += rotations_) stops.push_back(candidates_[i]);
    return stops;
}

}  // namespace kiosk
