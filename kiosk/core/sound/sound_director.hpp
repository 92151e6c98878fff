#pragma once
#include <map>
#include <vector>

#include "sound/music_level.hpp"
#include "sound/sound_cue.hpp"
#include "sound/sound_settings.hpp"

namespace kiosk {

// A cue to play now at this gain (0..1, everything applied).
struct CuePlay {
    SoundCue cue = SoundCue::Tap;
    double gain = 0.0;
};

// What the audio output should do after one frame.
struct SoundCommands {
    std::vector<CuePlay> cues;
    double musicGain = 0.0;  // 0..1, everything applied
};

// Decides, frame by frame on the caller's clock, which sounds play and how loud
// the music is: master volume and quiet hours, the music's fade in when the
// attract loop starts, ducking while a visitor is there, and dropping repeats
// of a cue that come too close together. The platform's audio only executes
// what it says, so all of this is tested without a sound card.
class SoundDirector {
  public:
    explicit SoundDirector(const SoundSettings& settings = {});

    // Volume changes (staff panel, schedule) take effect from the next update.
    void setSettings(const SoundSettings& settings);
    const SoundSettings& settings() const { return settings_; }
    // Quiet hours on or off (from the schedule).
    void setQuiet(bool quiet) { settings_.quiet = quiet; }

    // The attract loop starts at `now`: the music fades in from silence.
    void startMusic(double now);
    // One frame: the cues that happened in it and where the music should head
    // (lower still while speech plays).
    SoundCommands update(double now, MusicScene scene, const std::vector<SoundCue>& cues,
                         bool speaking = false);

  private:
    SoundSettings settings_;
    MusicLevel music_;
    std::map<SoundCue, double> lastPlayed_;
};

}  // namespace kiosk
