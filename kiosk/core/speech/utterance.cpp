#include "speech/utterance.hpp"

#include <algorithm>
#include <cmath>

#include "session/access_choices.hpp"

namespace kiosk {

namespace {

std::string trimmed(const std::string& s) {
    const size_t first = s.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\n") - first + 1);
}

// The words of a label, a name's colon before its state ("Spoken guidance:
// Off") dropped: the name has a clip without it.
std::vector<std::string> words(std::string text) {
    for (size_t colon = text.find(": "); colon != std::string::npos; colon = text.find(": "))
        text.erase(colon, 1);
    std::vector<std::string> out;
    size_t from = 0;
    while (from < text.size()) {
        const size_t space = text.find(' ', from);
        const size_t end = space == std::string::npos ? text.size() : space;
        if (end > from) out.push_back(text.substr(from, end - from));
        from = end + 1;
    }
    return out;
}

// A text with no clip of its own may be a label joined from texts that have
// one ("Spoken guidance On", "北海道 札幌市"): the longest runs of words with
// a clip, left to right. False, with nothing added, when a word stays unsaid.
bool clipsOfParts(const NarrationIndex& narration, Language language, const std::string& text,
                  std::vector<NarrationClip>& out) {
    const std::vector<std::string> w = words(text);
    std::vector<NarrationClip> found;
    for (size_t i = 0; i < w.size();) {
        size_t taken = 0;
        for (size_t n = w.size() - i; n > 0 && !taken; --n) {
            std::string run = w[i];
            for (size_t k = 1; k < n; ++k) run += " " + w[i + k];
            if (const NarrationClip* clip = narration.find(language, run)) {
                found.push_back(*clip);
                taken = n;
            }
        }
        if (!taken) return false;
        i += taken;
    }
    if (w.size() < 2) return false;
    out.insert(out.end(), found.begin(), found.end());
    return true;
}

}  // namespace

double Utterance::seconds() const {
    double total = 0.0;
    for (const NarrationClip& c : clips) total += c.seconds;
    return total;
}

ClipLookup lookUpClips(const NarrationIndex& narration, Language language,
                       const std::vector<std::string>& texts) {
    ClipLookup out;
    out.utterance.language = language;
    for (const std::string& text : texts) {
        if (text.empty()) continue;
        if (const NarrationClip* clip = narration.find(language, text))
            out.utterance.clips.push_back(*clip);
        else if (!clipsOfParts(narration, language, text, out.utterance.clips))
            out.missing.push_back(text);
    }
    return out;
}

std::vector<std::string> templatePieces(
    const std::string& text, const std::vector<std::pair<std::string, std::string>>& values) {
    std::vector<std::string> pieces;
    const auto literal = [&](const std::string& s) {
        if (std::string t = trimmed(s); !t.empty()) pieces.push_back(std::move(t));
    };
    size_t from = 0;
    while (from < text.size()) {
        const size_t open = text.find('{', from);
        const size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        literal(text.substr(from, open - from));
        const std::string name = text.substr(open + 1, close - open - 1);
        bool known = false;
        for (const auto& [key, value] : values)
            if (key == name) {
                pieces.push_back(value);
                known = true;
            }
        if (!known) literal(text.substr(open, close - open + 1));
        from = close + 1;
    }
    literal(text.substr(std::min(from, text.size())));
    return pieces;
}

}  // namespace kiosk

namespace kiosk {

double speechGain(double venueVolume, int louderSteps) {
    const int steps = std::clamp(louderSteps, 0, kSpeechLoudestStep);
    return std::clamp(venueVolume, 0.0, 1.0) * std::pow(10.0, steps * kSpeechStepDb / 20.0);
}

}  // namespace kiosk
