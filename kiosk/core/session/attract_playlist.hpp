#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "session/attract_spotlight.hpp"
#include "session/attract_tour.hpp"

namespace kiosk {

// One slide of the attract loop as it is shown: the pack's playlist with
// "highlights" expanded into one slide per highlighted event, and the tour's
// stops and the spotlight's association chosen for the pass.
struct AttractSlide {
    std::string type;           // title, event, numbers, partners, map, qr, tour, spotlight
    std::string eventId;        // for event slides
    std::string url;            // for qr
    std::string associationId;  // for spotlight: the partner region it flies to
    std::vector<std::string> tourStops;  // for tour: the events it stops on, timeline order
    LocalizedText caption;
    double seconds = 8.0;
    // When its camera flies (tour, spotlight), which the loop draws faster.
    std::vector<SlideMove> moves;
};

// The timings of the slides whose camera flies, for a slide of that length.
TourTiming tourTimingOf(const AttractSlide& slide);
SpotlightTiming spotlightTimingOf(const AttractSlide& slide);

// Where the loop is at a moment.
struct AttractPosition {
    size_t index = 0;        // into slides()
    double secondsIn = 0.0;  // since this slide started
    double progress = 0.0;   // 0..1 through the slide (drives slow pan and zoom)
    // During a transition the previous slide is still drawn: 0..1 from
    // previous to current; 1 when no transition is running.
    double transition = 1.0;
    size_t previousIndex = 0;
};

struct AttractSettings {
    double transitionSeconds = 1.0;
    // At most this many highlighted events per pass through the loop; the next
    // pass continues with the next ones so that over time every highlight shows.
    // A "highlights" slide's own "count" overrides it.
    size_t highlightsPerPass = 6;
    // Events a "tour" slide stops on, unless its "count" says.
    size_t tourStops = 3;
    // The local date: slides whose from/until leave it out are not played.
    // Unset plays every slide (no wall clock known).
    std::optional<CalendarDate> showOn;
};

// The attract loop's schedule: which slide shows at a given time since the loop
// started. Highlights, the tour's stops and the spotlight's association rotate
// between passes, so that over time every one of them shows. Plain logic; time
// comes in as an argument.
class AttractPlaylist {
  public:
    AttractPlaylist(const Pack& pack, AttractSettings settings = {});

    // The slides of pass number `pass` (0, 1, ...): highlights rotate between passes.
    std::vector<AttractSlide> slidesForPass(size_t pass) const;
    // Position at `secondsSinceStart` of the loop (passes follow each other forever).
    AttractPosition positionAt(double secondsSinceStart) const;
    // The slide at a position (resolved against the right pass).
    AttractSlide slideAt(double secondsSinceStart, size_t index) const;
    // Length in seconds of one pass.
    double passSeconds(size_t pass) const;
    // Seconds until the next slide change after `secondsSinceStart`.
    double secondsUntilNextSlide(double secondsSinceStart) const;

  private:
    // A moment of the loop resolved to a pass and a slide.
    struct Place {
        size_t pass = 0;        // within one period (see period_)
        bool firstPass = true;  // the loop's very first pass, not a repeat of pass 0
        size_t index = 0;
        double secondsIn = 0.0;
    };
    Place locate(double secondsSinceStart) const;
    AttractSlide slideOf(size_t pass, size_t index) const;
    size_t firstHighlightOf(size_t pass) const;
    size_t expansionOf(const Slide& slide) const;
    double slideSeconds(size_t index) const { return starts_[index + 1] - starts_[index]; }

    std::vector<Slide> playlist_;
    std::vector<std::string> highlights_;    // ids of highlighted events, timeline order
    std::vector<std::string> associations_;  // ids of associations with members, file order
    std::vector<TourRotation> tours_;        // one per distinct stop count, see tourIndex_
    AttractSettings settings_;
    size_t perPass_ = 0;  // highlights shown per pass, all "highlights" slides together
    size_t spotlightsPerPass_ = 0;
    size_t toursPerPass_ = 0;
    // Passes after which the rotation of highlights starts over.
    size_t period_ = 1;
    // Every pass has the same slide count and durations (only which events
    // show rotates), so one table serves all: the expanded slide at position i
    // comes from playlist_[source_[i]], as highlight number ordinal_[i] of its pass.
    // For tour and spotlight slides, ordinal_ counts them within the pass;
    // tourIndex_[i] is the TourRotation of a tour slide.
    std::vector<size_t> source_;
    std::vector<size_t> ordinal_;
    std::vector<size_t> tourIndex_;
    std::vector<double> starts_;  // start of each expanded slide in a pass; back() is its length
};

}  // namespace kiosk
