#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// Mono speech as espeak-ng writes it (a WAV on its standard output, whose
// header gives no true length: the data runs to the end).
struct SpeechAudio {
    int rate = 0;
    std::vector<int16_t> samples;
    double seconds() const { return rate ? double(samples.size()) / rate : 0.0; }
};

// The samples of a 16-bit mono PCM WAV; nothing when it is anything else.
std::optional<SpeechAudio> readSpeechWav(const std::string& bytes);

// Cuts the silence before and after the speech, keeping `marginSeconds` of it,
// so that clips played in a row ("3", "of", "13") follow each other closely.
void trimSilence(SpeechAudio& audio, double marginSeconds);

// The audio at `rate` (a windowed-sinc filter, one table of taps for each of
// the ratio's phases): espeak-ng speaks at 22050 Hz, and 16000 Hz keeps all of
// speech's clarity (wideband, as phones and assistants use) at a smaller size.
SpeechAudio resampled(const SpeechAudio& audio, int rate);

// OGG Vorbis (libvorbisenc, variable bit rate at `quality`, -0.1 to 1) of the
// audio, byte for byte the same for the same audio: the stream serial number
// is fixed, and nothing else in the file depends on the time or a random value.
std::string encodeOggVorbis(const SpeechAudio& audio, float quality);

// How long an OGG Vorbis file plays, in seconds; -1 when it cannot be read.
double oggVorbisSeconds(const std::string& path);

}  // namespace kiosk
