#pragma once
#include <optional>

#include "content/localized_text.hpp"
#include "session/access_choices.hpp"
#include "session/screen_id.hpp"
#include "session/visitor_session.hpp"
#include "stats/visit_figures.hpp"

namespace kiosk {

// What the visitors' side shows in one frame, as far as the figures care.
struct VisitMoment {
    SessionPhase phase = SessionPhase::Attract;
    ScreenRef screen;
    Language language = Language::Japanese;
    AccessChoices access;
    // The wall clock now; none while the kiosk does not know the date (then
    // nothing is counted: a figure needs its hour).
    std::optional<UnixSeconds> wall;
};

// Turns frames of the visitors' side into hourly counts: a visit beginning,
// each screen and item opened, each language a visit used (once per visit),
// each access setting turned on. It keeps only what the current frame must be
// compared with, and forgets it when the visit ends.
class VisitCounter {
  public:
    explicit VisitCounter(int utcOffsetSeconds) : utcOffsetSeconds_(utcOffsetSeconds) {}

    void observe(const VisitMoment& moment, HourlyTally& out);

  private:
    void countAccess(const AccessChoices& now, const LocalHour& hour, HourlyTally& out) const;

    int utcOffsetSeconds_;
    bool inVisit_ = false;
    std::optional<ScreenRef> screen_;
    unsigned languagesCounted_ = 0;  // a bit per languageIndex()
    AccessChoices access_;
};

}  // namespace kiosk
