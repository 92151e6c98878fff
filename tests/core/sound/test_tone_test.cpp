#include <catch2/catch.hpp>

#include "sound/test_tone.hpp"

using namespace kiosk;

namespace {

// The largest sample on one channel (0 left, 1 right).
int peakOf(const PcmAudio& audio, int channel) {
    int peak = 0;
    for (size_t i = size_t(channel); i < audio.samples.size(); i += 2)
        peak = std::max(peak, std::abs(int(audio.samples[i])));
    return peak;
}

}  // namespace

TEST_CASE("the left tone is on the left channel only, the right on the right, both on both") {
    const PcmAudio left = makeTestTone(ToneSide::Left);
    CHECK(left.channels == 2);
    CHECK(left.seconds() == Approx(0.8).margin(0.001));
    CHECK(peakOf(left, 0) > 16000);
    CHECK(peakOf(left, 1) == 0);
    const PcmAudio right = makeTestTone(ToneSide::Right);
    CHECK(peakOf(right, 0) == 0);
    CHECK(peakOf(right, 1) > 16000);
    const PcmAudio both = makeTestTone(ToneSide::Both);
    CHECK(peakOf(both, 0) > 16000);
    CHECK(peakOf(both, 1) > 16000);
}

TEST_CASE("the tone fades in and out, so that it does not click") {
    const PcmAudio tone = makeTestTone(ToneSide::Both);
    CHECK(std::abs(tone.samples.front()) < 200);
    CHECK(std::abs(tone.samples[tone.samples.size() - 2]) < 200);
    CHECK(peakLevel(tone, 0.0, 0.005) < 0.2);
    CHECK(peakLevel(tone, 0.3, 0.5) > 0.45);
}

TEST_CASE("each side has its own pitch") {
    CHECK(testToneHz(ToneSide::Left) != testToneHz(ToneSide::Right));
    CHECK(testToneHz(ToneSide::Both) != testToneHz(ToneSide::Left));
}
