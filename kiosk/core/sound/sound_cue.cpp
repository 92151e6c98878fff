#include "sound/sound_cue.hpp"

namespace kiosk {

const char* soundCueName(SoundCue cue) {
    switch (cue) {
        case SoundCue::Tap:
            return "tap";
        case SoundCue::Page:
            return "page";
        case SoundCue::Wake:
            return "wake";
    }
    return "tap";
}

std::optional<SoundCue> soundCueFromName(const std::string& name) {
    for (SoundCue cue : kAllSoundCues)
        if (name == soundCueName(cue)) return cue;
    return std::nullopt;
}

std::vector<SoundCue> cuesFor(const SoundMoment& moment) {
    if (moment.woke) return {SoundCue::Wake};
    if (moment.screenChanged) return {SoundCue::Page};
    if (moment.tapped) return {SoundCue::Tap};
    return {};
}

}  // namespace kiosk
