#pragma once
#include <string>
#include <vector>

#include "kiosk_shell.hpp"
#include "session/visitor_flow.hpp"
#include "speech/speech_guide.hpp"
#include "speech/touch_explorer.hpp"

namespace kiosk {

// Spoken guidance for the visitor's side: tells the SpeechGuide what the
// flow and the shell show, frame by frame. A screen is spoken on the frame
// after it opens, once it has been drawn (its scroll and page are known); a
// tap that changes what a screen says (a year, a map's place, a choice on
// the access screen) is answered with what changed, once the screen has
// settled; with speech on, touches
// are explored (TouchExplorer) before the screens see them.
class VisitorSpeech {
  public:
    VisitorSpeech(const Pack& pack, const VisitorFlow& flow, ui::KioskShell& shell)
        : pack_(pack), flow_(flow), shell_(shell), guide_(pack.narration) {}

    // The venue's setting: whether waking offers spoken guidance.
    void setOffer(bool offer) { offer_ = offer; }
    // The kiosk woke: the offer, in the visit's language.
    void woke(double now);
    // A finger went down, or the visit ended: silence.
    void touched(double now) { guide_.touched(now); }

    // What the visitor's side looks like before a frame.
    struct Before {
        ScreenId screen = ScreenId::Attract;
        Language language = Language::Japanese;
        AccessChoices access;
    };
    Before before() const { return {flow_.onScreen(), flow_.language(), flow_.access()}; }
    // The touch the screens get: explored while speech is on, else as it came.
    TouchFrame explore(const TouchFrame& touch, double now);
    // After the shell drew a frame (and the flow applied its intent).
    void afterFrame(const Before& before, bool tapped, const Rect& screen, double now);
    // Speech waits for the next frame: keep drawing.
    bool waitingForFrame() const { return screenToSpeak_ || changeToCheck_; }

    std::vector<SpeechRequest> takeRequests() { return guide_.takeRequests(); }
    bool speaking(double now) const { return guide_.speaking(now); }

  private:
    bool visiting() const;
    void sayChanges(const std::vector<std::string>& now, double time);
    void logMissing();

    const Pack& pack_;
    const VisitorFlow& flow_;
    ui::KioskShell& shell_;
    SpeechGuide guide_;
    TouchExplorer explorer_;
    bool offer_ = true;
    bool screenToSpeak_ = false;        // a new screen, spoken once drawn
    bool changeToCheck_ = false;        // a tap may have changed what it says
    bool asked_ = false;                // "still there?" is up (and was said)
    std::vector<std::string> content_;  // what the screen said when last asked
};

}  // namespace kiosk
