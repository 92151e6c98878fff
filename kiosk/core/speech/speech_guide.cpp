#include "speech/speech_guide.hpp"

namespace kiosk {

void SpeechGuide::woke(const std::string& offer, Language language, double now) {
    start({offer}, language, 0, now);
}

void SpeechGuide::screenShown(const std::vector<std::string>& texts, Language language,
                              const AccessChoices& choices, bool alwaysSpoken, double now) {
    if (choices.speech || alwaysSpoken) say(texts, language, choices, now);
}

void SpeechGuide::say(const std::vector<std::string>& texts, Language language,
                      const AccessChoices& choices, double now) {
    // Louder only for a visitor who chose speech: the access screen spoken
    // before then is at the venue's level.
    start(texts, language, choices.speech ? choices.speechLouder : 0, now);
}

void SpeechGuide::touched(double now) {
    if (!speaking(now)) return;
    requests_.push_back({SpeechRequest::Type::Stop, {}});
    speakingUntil_ = now;
}

void SpeechGuide::start(const std::vector<std::string>& texts, Language language, int louderSteps,
                        double now) {
    ClipLookup found = lookUpClips(narration_, language, texts);
    for (std::string& text : found.missing)
        if (missing_.insert({language, text}).second)
            newlyMissing_.push_back(std::string(languageCode(language)) + ": " + text);
    if (found.utterance.empty()) {
        touched(now);  // nothing to say: at least nothing stale goes on
        return;
    }
    found.utterance.louderSteps = louderSteps;
    speakingUntil_ = now + found.utterance.seconds();
    requests_.push_back({SpeechRequest::Type::Say, std::move(found.utterance)});
}

}  // namespace kiosk
