#include "session/attract_spotlight.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

double smoothstep(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// A short slide gets shorter flights: both together take at most half of it.
double flightScale(const SpotlightTiming& timing) {
    const double flights = timing.flyInSeconds + timing.flyOutSeconds;
    const double room = std::max(0.0, timing.seconds - timing.flyInAt) * 0.5;
    return flights > room && flights > 0.0 ? room / flights : 1.0;
}

}  // namespace

std::vector<const Event*> eventsOfAssociation(const Pack& pack, const Association& association) {
    std::vector<const Event*> out;
    for (const Event& e : pack.events) {
        const bool named = std::find(e.associations.begin(), e.associations.end(),
                                     association.id) != e.associations.end();
        const bool inRegion = std::any_of(e.places.begin(), e.places.end(), [&](const auto& code) {
            return std::find(association.members.begin(), association.members.end(), code) !=
                   association.members.end();
        });
        if (named || inRegion) out.push_back(&e);
    }
    return out;
}

std::vector<SlideMove> spotlightMoves(const SpotlightTiming& timing) {
    const double scale = flightScale(timing);
    const double in = timing.flyInSeconds * scale, out = timing.flyOutSeconds * scale;
    std::vector<SlideMove> moves;
    if (in > 0.0) moves.push_back({timing.flyInAt, timing.flyInAt + in});
    if (out > 0.0) moves.push_back({timing.seconds - out, timing.seconds});
    return moves;
}

double spotlightZoomAt(const SpotlightTiming& timing, double secondsIn) {
    const double scale = flightScale(timing);
    const double in = timing.flyInSeconds * scale, out = timing.flyOutSeconds * scale;
    if (secondsIn < timing.flyInAt) return 0.0;
    const double arriving = in > 0.0 ? (secondsIn - timing.flyInAt) / in : 1.0;
    const double leaving = out > 0.0 ? (secondsIn - (timing.seconds - out)) / out : 0.0;
    return smoothstep(arriving) * (1.0 - smoothstep(leaving));
}

double spotlightMemberReveal(const SpotlightTiming& timing, double secondsIn, size_t index,
                             size_t count) {
    if (count == 0) return 1.0;
    const double landed = timing.flyInAt + timing.flyInSeconds * flightScale(timing);
    const double shown = (secondsIn - landed) / std::max(timing.revealSeconds, 1e-3);
    return std::clamp(shown * double(count) - double(index), 0.0, 1.0);
}

}  // namespace kiosk
