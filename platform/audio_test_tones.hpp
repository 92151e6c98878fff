#pragma once
#include <SDL_mixer.h>

#include <map>
#include <vector>

#include "sound/test_tone.hpp"

namespace kiosk::platform {

// The staff's test tones as SDL2_mixer chunks in the device's format (44.1 kHz,
// 16-bit stereo: the output is opened allowing no changes), made the first
// time each is asked for, played on a channel of their own so that no cue or
// speech cuts them short. Only the audio thread touches it.
class SdlTestTones {
  public:
    explicit SdlTestTones(int channel) : channel_(channel) {}
    ~SdlTestTones() { free(); }
    SdlTestTones(const SdlTestTones&) = delete;
    SdlTestTones& operator=(const SdlTestTones&) = delete;

    // Plays the tone for `side` at `gain` (0..1), cutting a tone still playing.
    void play(ToneSide side, double gain);
    // Frees the chunks (before the mixer closes).
    void free();

  private:
    struct Tone {
        PcmAudio pcm;  // the chunk points into these samples
        Mix_Chunk* chunk = nullptr;
    };
    int channel_;
    std::map<ToneSide, Tone> tones_;
};

}  // namespace kiosk::platform
