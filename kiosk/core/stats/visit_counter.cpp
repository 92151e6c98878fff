#include "stats/visit_counter.hpp"

namespace kiosk {

void VisitCounter::observe(const VisitMoment& moment, HourlyTally& out) {
    if (moment.phase == SessionPhase::Attract) {
        // The visit is over: the next one starts afresh.
        inVisit_ = false;
        screen_.reset();
        languagesCounted_ = 0;
        access_ = {};
        return;
    }
    if (!moment.wall) return;  // no hour to count it in
    const LocalHour hour = localHourAt(*moment.wall, utcOffsetSeconds_);
    if (!inVisit_) {
        inVisit_ = true;
        out.add(hour, FigureKind::Session, "");
    }
    if (!screen_ || *screen_ != moment.screen) {
        if (!screen_ || screen_->id != moment.screen.id)
            out.add(hour, FigureKind::Screen, screenName(moment.screen.id));
        if (!moment.screen.param.empty())
            out.add(hour, FigureKind::Item,
                    screenName(moment.screen.id) + ":" + moment.screen.param);
        screen_ = moment.screen;
    }
    const unsigned bit = 1u << languageIndex(moment.language);
    if (!(languagesCounted_ & bit)) {
        languagesCounted_ |= bit;
        out.add(hour, FigureKind::Language, languageCode(moment.language));
    }
    countAccess(moment.access, hour, out);
    access_ = moment.access;
}

// Each setting counts when it is turned on, not for every frame it stays on.
void VisitCounter::countAccess(const AccessChoices& now, const LocalHour& hour,
                               HourlyTally& out) const {
    const auto turnedOn = [&](bool before, bool after, const char* name) {
        if (after && !before) out.add(hour, FigureKind::Access, name);
    };
    turnedOn(access_.textSize == TextSize::Larger, now.textSize == TextSize::Larger, "larger_text");
    turnedOn(access_.textSize == TextSize::Largest, now.textSize == TextSize::Largest,
             "largest_text");
    turnedOn(access_.highContrast, now.highContrast, "contrast");
    turnedOn(access_.speech, now.speech, "speech");
    turnedOn(access_.speechLouder > 0, now.speechLouder > 0, "louder_speech");
    turnedOn(access_.moreTime, now.moreTime, "more_time");
    turnedOn(access_.reduceMotion, now.reduceMotion, "less_motion");
    turnedOn(access_.reach, now.reach, "reach");
}

}  // namespace kiosk
