#include "sound/pcm_audio.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace kiosk {

namespace {

// Sample indices [begin, end) covering whole frames between two times.
std::pair<size_t, size_t> sampleRange(const PcmAudio& audio, double from, double to) {
    const auto frameAt = [&](double t) {
        const double f = std::floor(std::max(0.0, t) * audio.sampleRate);
        return std::min(audio.frames(), size_t(f));
    };
    const size_t channels = size_t(std::max(1, audio.channels));
    return {frameAt(from) * channels, frameAt(to) * channels};
}

}  // namespace

double rmsLevel(const PcmAudio& audio, double fromSeconds, double toSeconds) {
    const auto [begin, end] = sampleRange(audio, fromSeconds, toSeconds);
    if (end <= begin) return 0.0;
    double sum = 0.0;
    for (size_t i = begin; i < end; ++i) {
        const double s = audio.samples[i] / 32768.0;
        sum += s * s;
    }
    return std::sqrt(sum / double(end - begin));
}

double peakLevel(const PcmAudio& audio, double fromSeconds, double toSeconds) {
    const auto [begin, end] = sampleRange(audio, fromSeconds, toSeconds);
    int peak = 0;
    for (size_t i = begin; i < end; ++i) peak = std::max(peak, std::abs(int(audio.samples[i])));
    return peak / 32768.0;
}

}  // namespace kiosk
