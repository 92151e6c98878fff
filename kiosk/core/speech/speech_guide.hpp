#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "session/access_choices.hpp"
#include "speech/utterance.hpp"

namespace kiosk {

// What the sound output is asked to do with speech.
struct SpeechRequest {
    enum class Type { Say, Stop };
    Type type = Type::Say;
    Utterance utterance;  // Say: replaces whatever is playing
};

// Decides, on the caller's clock, what the kiosk says and when it falls
// silent (Section 508 402, EN 301 549 5.1.3): with spoken guidance on, each
// screen as it opens, what a finger explores, and the screen again on
// request; the access screen even with it off (it is where a visitor turns
// it on); the offer of spoken guidance when a visitor wakes the kiosk; and
// silence at any touch. It only looks clips up in the pack's narration and
// queues requests; the sound output plays them.
class SpeechGuide {
  public:
    explicit SpeechGuide(const NarrationIndex& narration) : narration_(narration) {}

    // The kiosk woke: the offer (the ui string speech_offer, in the visit's
    // language) once, at the venue's level.
    void woke(const std::string& offer, Language language, double now);
    // A screen came up (or its language changed) with these texts, title
    // first: spoken when the visitor chose speech or the screen is always
    // spoken (the access screen).
    void screenShown(const std::vector<std::string>& texts, Language language,
                     const AccessChoices& choices, bool alwaysSpoken, double now);
    // Speaks these texts now whatever the choices say (exploring, repeat).
    void say(const std::vector<std::string>& texts, Language language, const AccessChoices& choices,
             double now);
    // A finger went down: whatever plays stops at once.
    void touched(double now);

    // True while something is being said (by the clips' lengths).
    bool speaking(double now) const { return now < speakingUntil_; }
    // The requests since the last call, oldest first.
    std::vector<SpeechRequest> takeRequests() { return std::exchange(requests_, {}); }
    // Texts with no clip in the pack, each named once ("en: Timeline").
    std::vector<std::string> takeMissing() { return std::exchange(newlyMissing_, {}); }

  private:
    void start(const std::vector<std::string>& texts, Language language, int louderSteps,
               double now);

    const NarrationIndex& narration_;
    std::vector<SpeechRequest> requests_;
    double speakingUntil_ = -1e9;
    std::set<std::pair<Language, std::string>> missing_;
    std::vector<std::string> newlyMissing_;
};

}  // namespace kiosk
