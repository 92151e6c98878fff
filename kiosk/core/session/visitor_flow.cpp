#include "session/visitor_flow.hpp"

namespace kiosk {

VisitorFlow::VisitorFlow(SessionSettings settings) : session_(settings) {}

void VisitorFlow::enter(const ScreenRef& screen, double now, bool clearAll) {
    entered_.push_back({screen, now, clearAll});
}

void VisitorFlow::setAccess(const AccessChoices& choices) {
    access_ = choices;
    session_.setIdleFactor(choices.moreTime ? kMoreTimeFactor : 1.0);
}

void VisitorFlow::startOver(double now) {
    session_.resetToAttract();
    setAccess({});
    language_ = firstLanguage_;
    navigator_.reset({ScreenId::Home, {}});
    attractFlag_ = true;
    attractScreen_ = ScreenId::Attract;
    transition_.start = -1e9;
    enter({ScreenId::Attract, {}}, now, true);
}

void VisitorFlow::show(const ScreenRef& screen, Language language, double now,
                       const AccessChoices& access) {
    session_.resetToAttract();
    // The attract loop is never shown with a visitor's choices.
    setAccess(isAttractLoop(screen.id) ? AccessChoices{} : access);
    const bool attract = isAttractLoop(screen.id);
    if (!attract) session_.onTouchDown(now);  // as if a visitor had woken it
    language_ = language;
    attractFlag_ = attract;
    transition_.start = -1e9;
    navigator_.reset({ScreenId::Home, {}});
    if (!attract) navigator_.open(screen);
    enter(screen, now);
    attractScreen_ = screen.id == ScreenId::Title ? ScreenId::Title : ScreenId::Attract;
}

void VisitorFlow::wake(double now, Language language) {
    attractFlag_ = false;
    language_ = language;
    navigator_.reset({ScreenId::Home, {}});
    enter({ScreenId::Home, {}}, now);
    // The loop slides away whichever form of it was up.
    transition_ = {{ScreenId::Attract, {}}, now, 1};
}

VisitorTouch VisitorFlow::onPointer(bool down, double time, std::optional<Language> chosen) {
    // Loop mode has no session: the attract loop takes every touch.
    if (loopMode_) return VisitorTouch::Deliver;
    if (!down) {
        session_.onActivity(time);
        return VisitorTouch::Deliver;
    }
    const SessionPhase before = session_.phase();
    if (session_.onTouchDown(time) == TouchRoute::ToScreen) return VisitorTouch::Deliver;
    if (before != SessionPhase::Attract) return VisitorTouch::AnswerStillThere;
    wake(time, chosen.value_or(firstLanguage_));
    return VisitorTouch::Wake;
}

SessionChange VisitorFlow::update(double now) {
    const SessionChange change = session_.update(now);
    // The visitor left: the next one starts from the attract loop, in the
    // first language, with nothing of this visit left on screen.
    if (change == SessionChange::TimedOut) startOver(now);
    return change;
}

void VisitorFlow::apply(const Intent& intent, double now) {
    if (session_.phase() != SessionPhase::Active || attractShowing()) return;
    const ScreenRef before = navigator_.current();
    const size_t depthBefore = navigator_.depth();
    switch (intent.type) {
        case Intent::Type::None:
            return;
        case Intent::Type::SetLanguage:
            language_ = intent.language;
            // The language list has done its job once a language is chosen.
            if (navigator_.current().id != ScreenId::Language) return;
            navigator_.back();
            break;
        case Intent::Type::SetAccess:
            setAccess(intent.access);
            return;
        case Intent::Type::Open:
            navigator_.open(intent.target);
            break;
        case Intent::Type::Back:
            navigator_.back();
            break;
        case Intent::Type::Home:
            navigator_.home();
            break;
    }
    if (navigator_.current() == before) return;
    // Less motion: the new screen replaces the old one in a cut.
    if (!access_.reduceMotion)
        transition_ = {before, now, navigator_.depth() > depthBefore ? 1 : -1};
    enter(navigator_.current(), now);
}

bool VisitorFlow::attractShowing() const {
    return session_.phase() == SessionPhase::Attract || attractFlag_;
}

ScreenId VisitorFlow::onScreen() const {
    return attractShowing() ? attractScreen_ : navigator_.current().id;
}

}  // namespace kiosk
