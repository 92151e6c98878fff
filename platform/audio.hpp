#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "sound/mix_recorder.hpp"
#include "sound/sound_cue.hpp"
#include "sound/sound_director.hpp"
#include "sound/test_tone.hpp"

namespace kiosk::platform {

// The sound files to play: a path per cue and the attract music (WAV or OGG).
// An empty path, a missing file or a broken one is silent (and logged once).
struct SoundFiles {
    std::map<SoundCue, std::string> cues;
    std::string music;
};

enum class AudioState {
    Starting,  // opening the device and loading the files, on the audio thread
    Playing,   // the device is open; files that loaded play
    Silent,    // no audio device: everything is ignored
};

// The kiosk's sound output. Calls return at once: they only queue a command for
// the audio thread, so sound never holds up a frame. Gains are 0..1, with
// volume, quiet hours and fades already applied (SoundDirector decides them).
class Audio {
  public:
    virtual ~Audio() = default;
    // Starts a cue now. Cues asked for while the output is still starting, and
    // so more than a moment late by the time it could play them, are dropped.
    virtual void play(SoundCue cue, double gain) = 0;
    // The music loops from the first call with a gain above zero.
    virtual void setMusicGain(double gain) = 0;
    // Plays these files from now on (another pack went live). They load on
    // the audio thread; until then the previous sounds play.
    virtual void useFiles(const SoundFiles& files) = 0;
    // Speaks these files (paths of a pack's narration clips) one after another
    // at `gain` (the venue's volume and the visitor's steps; above 1 amplifies),
    // in place of anything still being said. They decode on the audio thread,
    // each starting as soon as it has, unless stopped first.
    virtual void speak(const std::vector<std::string>& files, double gain) = 0;
    // Silences speech from the output's next buffer (within about 25 ms).
    virtual void stopSpeech() = 0;
    // The staff's test tone (makeTestTone) on one loudspeaker or both, at
    // `gain`, through the same output as everything else.
    virtual void playTestTone(ToneSide side, double gain) = 0;
    virtual AudioState state() const = 0;
    // Waits for start-up to finish (tests and tools; never the render thread).
    // False if it has not finished after `seconds`.
    virtual bool waitUntilStarted(double seconds) = 0;
};

// Carries out one frame of the sound director's decisions.
inline void perform(Audio& audio, const SoundCommands& commands) {
    for (const CuePlay& c : commands.cues) audio.play(c.cue, c.gain);
    audio.setMusicGain(commands.musicGain);
}

// Output that plays nothing (headless renders, benchmarks, --volume 0).
std::unique_ptr<Audio> openSilentAudio();

// SDL2_mixer output: opens the default device and loads the files on its own
// thread. With no device it turns Silent; either way it logs each failure once
// (spdlog) and the kiosk carries on. SDL's audio is process-wide: one at a time.
std::unique_ptr<Audio> openSdlAudio(const SoundFiles& files);

// Decodes the files with SDL2_mixer's decoders (WAV, OGG) into 44.1 kHz 16-bit
// stereo, without a sound card, for offline mixing of scripted sessions. A file
// that cannot be decoded is left out, with its message in `problems`.
// `speech` names narration clips to decode as well (into bank.clips).
SoundBank decodeSoundBank(const SoundFiles& files, std::vector<std::string>& problems,
                          const std::vector<std::string>& speech = {});

}  // namespace kiosk::platform
