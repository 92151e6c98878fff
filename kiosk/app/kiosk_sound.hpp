#pragma once
#include <memory>
#include <string>

#include "audio.hpp"
#include "content/pack.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"
#include "sound/mix_recorder.hpp"
#include "sound/sound_director.hpp"

namespace kiosk {

// The sound settings the options ask for (--volume, --quiet-volume, --quiet).
SoundSettings soundSettingsFrom(const AppOptions& options);

// The files a pack plays: those its theme.json names, the kiosk's defaults
// (assets/sounds) for the rest.
platform::SoundFiles soundFilesFor(const Pack& pack);

// Where the music heads while the app is in its present state: full in the
// attract loop, ducked during a visit, off while the screen is dark.
MusicScene musicSceneFor(const KioskApp& app, double now);

// The live kiosk's sound: each frame it takes the app's cues and phase and the
// schedule's quiet hours, lets the director decide, and hands the result to
// the audio output (which never blocks the frame).
class KioskSound {
  public:
    KioskSound(std::unique_ptr<platform::Audio> audio, const SoundSettings& settings);

    // The attract loop starts: the music fades in from silence.
    void start(double now);
    // Master volume in percent (the staff panel's setting).
    void setVolumePercent(int percent);
    // The staff's test tone on one loudspeaker or both, at `gain`.
    void playTestTone(ToneSide side, double gain) { audio_->playTestTone(side, gain); }
    // One frame of `app`, showing `pack` (its sounds are loaded again when
    // another pack has gone live).
    void frame(KioskApp& app, const Pack& pack, double now);

  private:
    std::unique_ptr<platform::Audio> audio_;
    SoundDirector director_;
    bool quietByOption_ = false;
    const Pack* pack_ = nullptr;
};

// A scripted session's sound. The script plays on a simulated clock, faster
// than real time, so nothing can go through a sound card in step with it;
// instead every frame's decisions are recorded at their simulated time and
// mixed offline into a WAV file: exactly what the output would have played.
class SessionSoundRecorder {
  public:
    SessionSoundRecorder(const SoundSettings& settings, platform::SoundFiles files);

    void start(double now);
    // One frame of `app`, showing `pack` (where its speech clips are).
    void frame(KioskApp& app, const Pack& pack, double now);
    // Mixes [0, seconds) and writes it; false with the reason in `error`.
    bool write(const std::string& path, double seconds, std::string& error) const;
    const MixRecorder& recorder() const { return recorder_; }

  private:
    SoundDirector director_;
    platform::SoundFiles files_;
    MixRecorder recorder_;
    bool quietByOption_ = false;
};

}  // namespace kiosk
