#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// Part of a slide, in seconds since it started, during which its camera flies
// and the loop draws at its entrance rate (see AttractMotion).
struct SlideMove {
    double from = 0.0;
    double to = 0.0;
};

// The attract loop's tour of the timeline: the camera starts at the strip's
// first year, flies to one event, stays there while its date and title show,
// flies on to the next, and so on.
struct TourTiming {
    double seconds = 20.0;       // the slide's length
    size_t stops = 3;            // events it stops on
    double leadInSeconds = 2.0;  // before the first flight: the push transition and the start
    double flySeconds = 1.4;     // each flight between stops
};

// Where the tour is at a moment.
struct TourMoment {
    // The stop the camera last reached; -1 before the first.
    int stop = -1;
    // While flying from `stop` to stop + 1: 0..1 of the flight (not eased);
    // 0 while resting.
    double flight = 0.0;
    bool flying() const { return flight > 0.0; }
};

TourMoment tourMomentAt(const TourTiming& timing, double secondsIn);
// The flights, for the loop's pacing.
std::vector<SlideMove> tourMoves(const TourTiming& timing);
// The camera's position along the strip at `secondsIn`: from `startX` to each
// of `stopX` in turn, easing in and out of every flight. A pure function of
// time, so a frame skipped or a slide swiped back to shows the same.
double tourCameraAt(const TourTiming& timing, double startX, const std::vector<double>& stopX,
                    double secondsIn);

// Which events the tours stop on, rotating between passes. The candidates are
// the events with a known date, in timeline order; they are dealt into
// `rotations` groups by their place modulo that number, so each tour's stops
// spread over the whole timeline, and consecutive tours take groups far apart.
// Over `rotations` tours every dated event has been a stop once.
class TourRotation {
  public:
    TourRotation(const std::vector<Event>& events, size_t stopsPerTour);
    // The stops of tour number `n` (0, 1, ... counted over all passes), in timeline order.
    std::vector<std::string> stopsOf(size_t n) const;
    // Tours after which the stops repeat; 1 when there is nothing to tour.
    size_t rotations() const { return rotations_; }
    bool empty() const { return candidates_.empty(); }

  private:
    std::vector<std::string> candidates_;
    size_t rotations_ = 1;
    size_t stride_ = 1;  // coprime with rotations_: tour n takes group n * stride_
};

}  // namespace kiosk
