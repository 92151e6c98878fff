#pragma once
#include <string>
#include <utility>
#include <vector>

#include "content/localized_text.hpp"
#include "content/narration.hpp"

namespace kiosk {

// What the kiosk says at once: the pack's clips, played one after another.
struct Utterance {
    Language language = Language::Japanese;
    std::vector<NarrationClip> clips;
    // Louder than the venue's level by this many steps (the visitor's choice);
    // the offer of spoken guidance always plays at the venue's level.
    int louderSteps = 0;

    double seconds() const;
    bool empty() const { return clips.empty(); }
};

// The clips of `texts` in the pack, in order. A text without a clip of its
// own is said in parts when every word of it, or run of words, has one (a
// label joined from two texts); otherwise it is left out and named in
// `missing` (the caller logs it once): the rest still plays.
struct ClipLookup {
    Utterance utterance;
    std::vector<std::string> missing;
};
ClipLookup lookUpClips(const NarrationIndex& narration, Language language,
                       const std::vector<std::string>& texts);

// A phrase the kiosk composes from a template ("{n} of {total}",
// "{total}件中{n}件目") as the pieces the pack has clips for: each value as
// its own text and the literal parts between them, trimmed of spaces
// ("3", "of", "13"; "13", "件中", "3", "件目").
std::vector<std::string> templatePieces(
    const std::string& text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace kiosk

namespace kiosk {

// The gain speech plays at: the venue's volume raised by `louderSteps` steps
// of kSpeechStepDb. Above 1 where the visitor asked for more than full scale
// (the output amplifies the samples and clips them).
double speechGain(double venueVolume, int louderSteps);

}  // namespace kiosk
