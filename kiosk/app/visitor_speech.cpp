#include "visitor_speech.hpp"

#include <spdlog/spdlog.h>

#include "text/printable.hpp"

namespace kiosk {

namespace {

// The texts of `now` that differ from `before` at their place, each after the
// text before it when that one stayed (a choice's name before its new state),
// and those beyond its end (the place tapped on the map).
std::vector<std::string> changedTexts(const std::vector<std::string>& before,
                                      const std::vector<std::string>& now) {
    std::vector<std::string> out;
    bool previousSaid = false;
    for (size_t i = 0; i < now.size(); ++i) {
        const bool changed = i >= before.size() || before[i] != now[i];
        if (changed && i < before.size() && i > 0 && !previousSaid) out.push_back(now[i - 1]);
        if (changed) out.push_back(now[i]);
        previousSaid = changed;
    }
    return out;
}

}  // namespace

bool VisitorSpeech::visiting() const {
    return flow_.phase() == SessionPhase::Active && !flow_.attractShowing();
}

void VisitorSpeech::woke(double now) {
    // Someone who cannot see the screen learns where spoken guidance is.
    if (offer_) guide_.woke(pack_.text("speech_offer", flow_.language()), flow_.language(), now);
    logMissing();
}

TouchFrame VisitorSpeech::explore(const TouchFrame& touch, double now) {
    if (!visiting() || !flow_.access().speech) return touch;
    ExploredTouch explored = explorer_.explore(touch, shell_.inventory());
    if (explored.speak) guide_.say({*explored.speak}, flow_.language(), flow_.access(), now);
    logMissing();
    return explored.frame;
}

void VisitorSpeech::afterFrame(const Before& before, bool tapped, const Rect& screen, double now) {
    // "Still there?" is asked aloud too: a visitor who cannot see it would
    // otherwise lose the visit without warning (WCAG 2.2.1).
    const bool asking = flow_.phase() == SessionPhase::StillThere;
    if (asking && !asked_ && flow_.access().speech)
        guide_.say({pack_.text("still_there", flow_.language()),
                    pack_.text("touch_to_continue", flow_.language())},
                   flow_.language(), flow_.access(), now);
    asked_ = asking;
    if (!visiting()) {
        screenToSpeak_ = changeToCheck_ = false;
        return;
    }
    const bool accessScreen = flow_.current().id == ScreenId::Access;
    const bool spoken = flow_.access().speech || accessScreen;
    if (screenToSpeak_) {
        content_ = shell_.spokenScreen(screen);
        guide_.screenShown(content_, flow_.language(), flow_.access(), accessScreen, now);
    } else if (shell_.takeRepeat()) {
        content_ = shell_.spokenScreen(screen);
        guide_.say(content_, flow_.language(), flow_.access(), now);
    } else if (changeToCheck_ && !shell_.animating(now)) {
        // Once the screen has settled (a year scrolled to, the map flown to a place).
        std::vector<std::string> shown = shell_.spokenScreen(screen);
        if (spoken) sayChanges(changedTexts(content_, shown), now);
        content_ = std::move(shown);
        changeToCheck_ = false;
    }
    screenToSpeak_ = false;
    if (flow_.onScreen() != before.screen || flow_.language() != before.language) {
        screenToSpeak_ = true;
        changeToCheck_ = false;
        explorer_.forget();
    } else if ((tapped || flow_.access() != before.access) &&
               (flow_.access().speech || flow_.current().id == ScreenId::Access)) {
        changeToCheck_ = true;  // only where something would be said of it
    }
    logMissing();
}

void VisitorSpeech::sayChanges(const std::vector<std::string>& changed, double now) {
    if (!changed.empty()) guide_.say(changed, flow_.language(), flow_.access(), now);
}

void VisitorSpeech::logMissing() {
    for (const std::string& text : guide_.takeMissing())
        spdlog::info("speech: the pack has no clip for \"{}\"; it is left unsaid", printable(text));
}

}  // namespace kiosk
