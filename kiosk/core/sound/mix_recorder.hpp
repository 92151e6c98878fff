#pragma once
#include <map>
#include <string>
#include <vector>

#include "sound/pcm_audio.hpp"
#include "sound/sound_director.hpp"

namespace kiosk {

// The decoded sounds of a pack, all at one rate and channel count.
struct SoundBank {
    int sampleRate = 44100;
    int channels = 2;
    std::map<SoundCue, std::vector<int16_t>> cues;  // interleaved; a missing cue is silent
    std::vector<int16_t> music;                     // interleaved; loops; empty = no music
    std::map<std::string, std::vector<int16_t>> clips;  // speech, by file; missing = silent
};

// Speech to start: clips (files) one after another at a gain (may exceed 1).
struct SpeechPlay {
    std::vector<std::string> files;
    double gain = 0.0;
};

// Keeps what the director told the audio output to do, with the time of each
// frame, and mixes it offline. A scripted session runs on a simulated clock, so
// it cannot play through a sound card in step with its frames; this renders
// exactly what the sound card would have played at those simulated times:
// cues start at their frame's time, the music loops from its first audible
// frame and holds each frame's gain until the next (as the live output does);
// speech plays its clips back to back from its frame's time until it ends, the
// next speech replaces it, or a stop cuts it.
class MixRecorder {
  public:
    struct CueAt {
        double time = 0.0;
        CuePlay play;
    };
    struct MusicGainAt {
        double time = 0.0;
        double gain = 0.0;
    };

    void record(double now, const SoundCommands& commands);
    void recordSpeech(double now, SpeechPlay speech);
    void recordSpeechStop(double now);

    const std::vector<CueAt>& cues() const { return cues_; }
    const std::vector<MusicGainAt>& musicGains() const { return music_; }
    // Every clip file speech played, each once (for decoding).
    std::vector<std::string> speechFiles() const;

    // The mix of [0, seconds) in the bank's format, clipped to 16 bits.
    PcmAudio render(const SoundBank& bank, double seconds) const;

    struct SpeechAt {
        double time = 0.0;
        SpeechPlay play;  // no files: a stop
    };
    const std::vector<SpeechAt>& speech() const { return speech_; }

  private:
    void mixSpeech(const SoundBank& bank, std::vector<float>& mix) const;

    std::vector<SpeechAt> speech_;
    std::vector<CueAt> cues_;
    std::vector<MusicGainAt> music_;
};

}  // namespace kiosk
