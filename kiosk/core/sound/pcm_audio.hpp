#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiosk {

// 16-bit sound in memory: interleaved samples at sampleRate, `channels` per frame.
struct PcmAudio {
    int sampleRate = 44100;
    int channels = 2;
    std::vector<int16_t> samples;

    size_t frames() const { return channels > 0 ? samples.size() / size_t(channels) : 0; }
    double seconds() const { return sampleRate > 0 ? double(frames()) / sampleRate : 0.0; }
};

// Root mean square of the samples between two times, 0 (silence) .. 1 (full scale).
double rmsLevel(const PcmAudio& audio, double fromSeconds, double toSeconds);
// Largest absolute sample between two times, 0..1.
double peakLevel(const PcmAudio& audio, double fromSeconds, double toSeconds);

}  // namespace kiosk
