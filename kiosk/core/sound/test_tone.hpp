#pragma once
#include "sound/pcm_audio.hpp"

namespace kiosk {

// Which loudspeaker the staff's test tone plays on.
enum class ToneSide { Left, Right, Both };

// The staff's test tone: 0.8 s of a sine at half scale, faded in and out over
// 20 ms (no click), on the `side` channel of a stereo sound only, the other
// channel silent. Each side has its own pitch (left 440 Hz, right 660 Hz,
// both 550 Hz), so that a swapped pair of cables is heard, not only seen.
PcmAudio makeTestTone(ToneSide side, int sampleRate = 44100);

// The tone's pitch on `side`, in Hz.
double testToneHz(ToneSide side);

}  // namespace kiosk
