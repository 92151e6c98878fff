#pragma once
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// The short sounds the kiosk makes, named as a pack names them (theme.json "sounds").
enum class SoundCue {
    Tap,   // a visitor's tap reached the screen (touch feedback)
    Page,  // the visitor moved to another screen
    Wake,  // the first touch woke the kiosk out of the attract loop
};

inline constexpr SoundCue kAllSoundCues[] = {SoundCue::Tap, SoundCue::Page, SoundCue::Wake};

// "tap", "page", "wake".
const char* soundCueName(SoundCue cue);
std::optional<SoundCue> soundCueFromName(const std::string& name);

// What happened in one frame of the visitor's session, as far as sound cares.
struct SoundMoment {
    bool woke = false;           // a touch woke the kiosk
    bool tapped = false;         // a tap reached the screen (not a swallowed one)
    bool screenChanged = false;  // another screen became current
};

// The cues for one frame. One sound per moment: waking is its own sound, and a
// tap that changes the screen sounds as a page turn rather than a click and a
// page turn on top of each other.
std::vector<SoundCue> cuesFor(const SoundMoment& moment);

}  // namespace kiosk
