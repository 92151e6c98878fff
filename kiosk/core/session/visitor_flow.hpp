#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "content/localized_text.hpp"
#include "session/navigation.hpp"
#include "session/screen_id.hpp"
#include "session/visitor_session.hpp"

namespace kiosk {

// A screen became current: the UI enters it (and, for a new visitor, first
// clears every screen of what the last one left).
struct EnteredScreen {
    ScreenRef screen;
    double at = 0.0;
    bool clearAll = false;  // the next visitor starts here
};

// The slide between two screens: forward pushes the new one in from the
// right, back from the left.
struct ScreenTransition {
    static constexpr double kSeconds = 0.35;
    ScreenRef leaving;
    double start = -1e9;
    int direction = 1;
};

// What the visitor side makes of one pointer event.
enum class VisitorTouch {
    Deliver,          // to the screen under it
    Wake,             // it woke the kiosk: nothing under it is pressed, to its release
    AnswerStillThere  // it answered "still there?": likewise swallowed
};

// The visitor's side of the kiosk as plain state on the caller's clock: the
// attract/visit/still-there phases, which screen is on show, the path back,
// the language, and the slide between screens. The shell draws what it says;
// screens' intents come back to it. No drawing here.
class VisitorFlow {
  public:
    explicit VisitorFlow(SessionSettings settings = {});

    // Loop mode (event booths): the attract loop forever, taking the touches.
    void setLoopMode(bool loop) { loopMode_ = loop; }
    bool loopMode() const { return loopMode_; }

    // The pack's first language: each visitor starts in it, unless the touch
    // that wakes the kiosk lands on another language's call to action.
    void setFirstLanguage(Language language) { firstLanguage_ = language; }
    Language firstLanguage() const { return firstLanguage_; }
    // Attract loop, the first language, empty path: ready for the next visitor.
    void startOver(double now);
    // Puts a screen up directly, as if a visitor had opened it (headless).
    void show(const ScreenRef& screen, Language language, double now,
              const AccessChoices& access = {});
    // A touch down that wakes the kiosk starts the visit in `chosen` (the
    // language of the call to action under it), else in the first language.
    VisitorTouch onPointer(bool down, double time, std::optional<Language> chosen = std::nullopt);
    // Someone is at the kiosk (staff at work): no "still there?" meanwhile.
    void keepAlive(double now) { session_.onActivity(now); }
    // Advances the clock; a visitor who left is replaced by the attract loop.
    SessionChange update(double now);
    // What a screen or the bottom bar asked for; only an active visitor's counts.
    void apply(const Intent& intent, double now);

    SessionPhase phase() const { return session_.phase(); }
    // No visitor screen is up: the attract loop (or its title) is drawn.
    bool attractShowing() const;
    ScreenId attractScreen() const { return attractScreen_; }
    // The screen on show: the attract loop's form, or the visitor's screen.
    ScreenId onScreen() const;
    // The visitor's current screen and the path back to Home.
    const ScreenRef& current() const { return navigator_.current(); }
    bool canGoBack() const { return navigator_.canGoBack(); }
    const std::vector<ScreenRef>& path() const { return navigator_.path(); }
    Language language() const { return language_; }
    // What this visitor chose on the access screen; none for the next one.
    const AccessChoices& access() const { return access_; }

    const ScreenTransition& transition() const { return transition_; }
    // Of the transition, 0 when it begins, 1 (or more) once it is over.
    double transitionFraction(double now) const {
        return (now - transition_.start) / ScreenTransition::kSeconds;
    }
    bool inTransition(double now) const {
        return now - transition_.start < ScreenTransition::kSeconds;
    }
    double countdownRemaining(double now) const { return session_.countdownRemaining(now); }
    double countdownFraction(double now) const { return session_.countdownFraction(now); }
    double secondsUntilNextChange(double now) const { return session_.secondsUntilNextChange(now); }

    // The screens entered since the last call, oldest first.
    std::vector<EnteredScreen> takeEntered() { return std::exchange(entered_, {}); }

  private:
    void wake(double now, Language language);
    void enter(const ScreenRef& screen, double now, bool clearAll = false);
    void setAccess(const AccessChoices& choices);

    VisitorSession session_;
    Navigator navigator_;
    Language language_ = Language::Japanese;
    Language firstLanguage_ = Language::Japanese;
    AccessChoices access_;
    bool loopMode_ = false;
    bool attractFlag_ = true;
    ScreenId attractScreen_ = ScreenId::Attract;
    ScreenTransition transition_;
    std::vector<EnteredScreen> entered_;
};

}  // namespace kiosk
