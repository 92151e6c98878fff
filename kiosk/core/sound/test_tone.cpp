#include "sound/test_tone.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
constexpr double kSeconds = 0.8;
constexpr double kFadeSeconds = 0.02;
constexpr double kAmplitude = 0.5 * 32767;
}  // namespace

double testToneHz(ToneSide side) {
    switch (side) {
        case ToneSide::Left:
            return 440.0;
        case ToneSide::Right:
            return 660.0;
        case ToneSide::Both:
            return 550.0;
    }
    return 550.0;
}

PcmAudio makeTestTone(ToneSide side, int sampleRate) {
    PcmAudio tone;
    tone.sampleRate = sampleRate;
    tone.channels = 2;
    const int frames = int(kSeconds * sampleRate);
    const double hz = testToneHz(side);
    const bool left = side != ToneSide::Right, right = side != ToneSide::Left;
    tone.samples.reserve(size_t(frames) * 2);
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / sampleRate;
        const double fade = std::min({1.0, t / kFadeSeconds, (kSeconds - t) / kFadeSeconds});
        const auto s = int16_t(std::lround(kAmplitude * fade * std::sin(2 * M_PI * hz * t)));
        tone.samples.push_back(left ? s : 0);
        tone.samples.push_back(right ? s : 0);
    }
    return tone;
}

}  // namespace kiosk
