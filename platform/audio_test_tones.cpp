#include "audio_test_tones.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace kiosk::platform {

void SdlTestTones::play(ToneSide side, double gain) {
    Tone& tone = tones_[side];
    if (!tone.chunk) {
        tone.pcm = makeTestTone(side, 44100);
        tone.chunk = Mix_QuickLoad_RAW(reinterpret_cast<Uint8*>(tone.pcm.samples.data()),
                                       Uint32(tone.pcm.samples.size() * sizeof(int16_t)));
        if (!tone.chunk) {
            spdlog::warn("audio: the test tone cannot be played ({})", Mix_GetError());
            return;
        }
    }
    Mix_HaltChannel(channel_);
    Mix_Volume(channel_, int(std::lround(std::clamp(gain, 0.0, 1.0) * MIX_MAX_VOLUME)));
    Mix_PlayChannel(channel_, tone.chunk, 0);
}

void SdlTestTones::free() {
    if (tones_.empty()) return;
    Mix_HaltChannel(channel_);
    for (auto& [side, tone] : tones_)
        if (tone.chunk) Mix_FreeChunk(tone.chunk);
    tones_.clear();
}

}  // namespace kiosk::platform
