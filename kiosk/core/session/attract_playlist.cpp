#include "session/attract_playlist.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kiosk {

namespace {

constexpr double kDefaultSlideSeconds = 8.0;

// The loader keeps seconds in 1..600; a pack built in code might not, and a
// zero-length slide would make the loop's length zero.
double usableSeconds(double seconds) {
    return std::isfinite(seconds) && seconds > 0.0 ? seconds : kDefaultSlideSeconds;
}

AttractSlide fromSlide(const Slide& slide) {
    AttractSlide out;
    out.type = slide.type;
    out.eventId = slide.event;
    out.url = slide.url;
    out.caption = slide.caption;
    out.seconds = slide.seconds;
    return out;
}

size_t rotationPeriod(size_t items, size_t perPass) {
    return items == 0 ? 1 : items / std::gcd(items, perPass % items);
}

}  // namespace

TourTiming tourTimingOf(const AttractSlide& slide) {
    TourTiming timing;
    timing.seconds = slide.seconds;
    timing.stops = slide.tourStops.size();
    return timing;
}

SpotlightTiming spotlightTimingOf(const AttractSlide& slide) {
    SpotlightTiming timing;
    timing.seconds = slide.seconds;
    return timing;
}

size_t AttractPlaylist::expansionOf(const Slide& slide) const {
    // More per pass than there are highlights would show some twice in a pass;
    // all of them each pass, in timeline order, is what the author meant.
    const size_t wanted = slide.count ? slide.count : settings_.highlightsPerPass;
    return slide.type == "highlights" ? std::min(wanted, highlights_.size()) : 1;
}

AttractPlaylist::AttractPlaylist(const Pack& pack, AttractSettings settings) : settings_(settings) {
    if (!(settings_.transitionSeconds > 0.0) || !std::isfinite(settings_.transitionSeconds))
        settings_.transitionSeconds = 0.0;
    for (const Event& event : pack.events)
        if (event.highlight) highlights_.push_back(event.id);
    for (const Association& a : pack.associations)
        if (!a.members.empty()) associations_.push_back(a.id);
    std::vector<size_t> tourCounts;  // the stop count of each TourRotation in tours_

    for (Slide slide : pack.playlist) {
        if (slide.type == "event" && !pack.findEvent(slide.event)) continue;
        if (slide.type == "highlights" && expansionOf(slide) == 0) continue;
        if (slide.type == "spotlight" && associations_.empty()) continue;
        if (settings_.showOn && !slide.shownOn(*settings_.showOn)) continue;
        if (slide.type == "tour") {
            const size_t stops = slide.count ? slide.count : settings_.tourStops;
            auto it = std::find(tourCounts.begin(), tourCounts.end(), stops);
            if (it == tourCounts.end()) {
                TourRotation rotation(pack.events, stops);
                if (rotation.empty()) continue;
                tours_.push_back(std::move(rotation));
                tourCounts.push_back(stops);
                it = tourCounts.end() - 1;
            }
            slide.count = size_t(it - tourCounts.begin());  // from here on: its rotation
        }
        slide.seconds = usableSeconds(slide.seconds);
        playlist_.push_back(std::move(slide));
    }
    if (playlist_.empty()) {
        Slide title;
        title.type = "title";
        title.seconds = kDefaultSlideSeconds;
        playlist_.push_back(title);
    }

    starts_.push_back(0.0);
    for (size_t s = 0; s < playlist_.size(); ++s) {
        const Slide& slide = playlist_[s];
        for (size_t k = 0; k < expansionOf(slide); ++k) {
            source_.push_back(s);
            size_t ordinal = 0;
            if (slide.type == "highlights") ordinal = perPass_++;
            if (slide.type == "spotlight") ordinal = spotlightsPerPass_++;
            if (slide.type == "tour") ordinal = toursPerPass_++;
            ordinal_.push_back(ordinal);
            tourIndex_.push_back(slide.type == "tour" ? slide.count : 0);
            starts_.push_back(starts_.back() + slide.seconds);
        }
    }
    // Pass p starts at highlight p * perPass_ (mod count): the starts repeat
    // after count / gcd(count, perPass_) passes; likewise the spotlights and
    // each tour's stops. The whole loop repeats once all of them have.
    period_ = rotationPeriod(highlights_.size(), perPass_);
    period_ = std::lcm(period_, rotationPeriod(associations_.size(), spotlightsPerPass_));
    for (const TourRotation& tour : tours_)
        period_ = std::lcm(period_, rotationPeriod(tour.rotations(), toursPerPass_));
}

size_t AttractPlaylist::firstHighlightOf(size_t pass) const {
    if (highlights_.empty()) return 0;
    const size_t count = highlights_.size();
    return (pass % period_) * (perPass_ % count) % count;
}

AttractSlide AttractPlaylist::slideOf(size_t pass, size_t index) const {
    const Slide& slide = playlist_[source_[index]];
    AttractSlide out = fromSlide(slide);
    if (slide.type == "highlights") {
        const size_t count = highlights_.size();
        out.type = "event";
        out.eventId = highlights_[(firstHighlightOf(pass) + ordinal_[index]) % count];
        out.url.clear();
    }
    if (slide.type == "spotlight") {
        const size_t count = associations_.size();
        out.associationId =
            associations_[(pass % period_ * spotlightsPerPass_ + ordinal_[index]) % count];
        out.moves = spotlightMoves(spotlightTimingOf(out));
    }
    if (slide.type == "tour") {
        out.tourStops =
            tours_[tourIndex_[index]].stopsOf(pass % period_ * toursPerPass_ + ordinal_[index]);
        out.moves = tourMoves(tourTimingOf(out));
    }
    return out;
}

std::vector<AttractSlide> AttractPlaylist::slidesForPass(size_t pass) const {
    std::vector<AttractSlide> out;
    out.reserve(source_.size());
    for (size_t i = 0; i < source_.size(); ++i) out.push_back(slideOf(pass, i));
    return out;
}

double AttractPlaylist::passSeconds(size_t) const {
    return starts_.back();
}

AttractPlaylist::Place AttractPlaylist::locate(double secondsSinceStart) const {
    const double t =
        std::isfinite(secondsSinceStart) && secondsSinceStart > 0.0 ? secondsSinceStart : 0.0;
    const double passLength = starts_.back();
    Place place;
    place.firstPass = t < passLength;
    // Reducing by whole periods first keeps this O(log slides) for any t and
    // exact: fmod has no rounding error, unlike dividing a large t.
    const double inPeriod = std::fmod(t, passLength * static_cast<double>(period_));
    place.pass = std::min(period_ - 1, static_cast<size_t>(inPeriod / passLength));
    const double inPass = std::max(0.0, inPeriod - static_cast<double>(place.pass) * passLength);
    const auto after = std::upper_bound(starts_.begin() + 1, starts_.end() - 1, inPass);
    place.index = static_cast<size_t>(after - (starts_.begin() + 1));
    place.secondsIn = std::clamp(inPass - starts_[place.index], 0.0, slideSeconds(place.index));
    return place;
}

AttractPosition AttractPlaylist::positionAt(double secondsSinceStart) const {
    const Place place = locate(secondsSinceStart);
    const double seconds = slideSeconds(place.index);
    AttractPosition pos;
    pos.index = place.index;
    pos.secondsIn = place.secondsIn;
    pos.progress = place.secondsIn / seconds;
    pos.previousIndex = place.index > 0 ? place.index - 1 : source_.size() - 1;
    // The loop's very first slide has nothing before it to fade from: it simply
    // shows (the screen base fades between screens, e.g. from the session).
    const bool veryFirst = place.firstPass && place.index == 0;
    if (veryFirst) pos.previousIndex = 0;
    // A transition longer than the slide would still be running when the next
    // one starts; it is cut to the slide's length.
    const double transition = std::min(settings_.transitionSeconds, seconds);
    if (!veryFirst && transition > 0.0 && place.secondsIn < transition)
        pos.transition = place.secondsIn / transition;
    return pos;
}

AttractSlide AttractPlaylist::slideAt(double secondsSinceStart, size_t index) const {
    const Place place = locate(secondsSinceStart);
    const size_t size = source_.size();
    size_t pass = place.pass;
    // While the first slide of a pass fades in, the slide fading out is the
    // previous pass's last one.
    if (place.index == 0 && index == size - 1 && index != 0 && !place.firstPass &&
        positionAt(secondsSinceStart).transition < 1.0) {
        pass += period_ - 1;
    }
    // Past the end means the following passes (e.g. to preload the next slide).
    pass = (pass % period_ + (index / size) % period_) % period_;
    return slideOf(pass, index % size);
}

double AttractPlaylist::secondsUntilNextSlide(double secondsSinceStart) const {
    const Place place = locate(secondsSinceStart);
    return std::max(0.0, slideSeconds(place.index) - place.secondsIn);
}

}  // namespace kiosk
