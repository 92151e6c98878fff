#pragma once
#include <vector>

#include "content/pack.hpp"
#include "session/attract_tour.hpp"

namespace kiosk {

// The events that belong to a partner association's region: those that name
// the association, or that took place in one of its member municipalities,
// in timeline order.
std::vector<const Event*> eventsOfAssociation(const Pack& pack, const Association& association);

// The attract loop's spotlight on one partner region: the map shows the whole
// country while the slide pushes in, flies down to the region, lights its
// members one by one, and flies back out before the next slide comes.
struct SpotlightTiming {
    double seconds = 14.0;       // the slide's length
    double flyInAt = 1.2;        // after the push transition has (nearly) ended
    double flyInSeconds = 2.2;   //
    double revealSeconds = 3.0;  // members light up one by one over this, after landing
    double flyOutSeconds = 1.6;  // back to the whole country, ending with the slide
};

// How far the camera is from the country (0) to the region (1) at `secondsIn`, eased.
double spotlightZoomAt(const SpotlightTiming& timing, double secondsIn);
// 0..1: how far member number `index` of `count` has lit up.
double spotlightMemberReveal(const SpotlightTiming& timing, double secondsIn, size_t index,
                             size_t count);
// The two flights, for the loop's pacing.
std::vector<SlideMove> spotlightMoves(const SpotlightTiming& timing);

}  // namespace kiosk
