// kiosk-make-sounds: synthesises the kiosk's default sounds (assets/sounds/) so
// that they are the project's own work, free of any licence but the project's.
// Deterministic: the same program writes the same bytes, so the committed files
// can be checked by regenerating them.
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "sound/wav_file.hpp"

namespace {

using kiosk::PcmAudio;

constexpr int kRate = 22050;  // enough for soft tones; keeps the files small
constexpr double kPi = 3.14159265358979323846;

double midiToHz(double note) {
    return 440.0 * std::pow(2.0, (note - 69.0) / 12.0);
}

// A struck tone: a sine with a little of its octave and twelfth, a 3 ms attack
// (no click) and an exponential decay.
double bell(double t, double hz, double decaySeconds) {
    if (t < 0.0) return 0.0;
    const double attack = std::min(1.0, t / 0.003);
    const double envelope = attack * std::exp(-t / decaySeconds);
    return envelope *
           (std::sin(2 * kPi * hz * t) + 0.25 * std::sin(2 * kPi * 2 * hz * t) +
            0.08 * std::sin(2 * kPi * 3 * hz * t)) /
           1.33;
}

// Renders `seconds` of a mono signal, normalised to `peak` of full scale, with
// a short fade at the end so that the last sample is silence.
PcmAudio render(double seconds, double peak, const std::function<double(double)>& signal) {
    const size_t frames = size_t(seconds * kRate);
    std::vector<double> buffer(frames);
    double largest = 1e-9;
    for (size_t i = 0; i < frames; ++i) {
        buffer[i] = signal(double(i) / kRate);
        largest = std::max(largest, std::abs(buffer[i]));
    }
    const size_t tail = std::min(frames, size_t(0.01 * kRate));
    for (size_t i = 0; i < tail; ++i) buffer[frames - 1 - i] *= double(i) / double(tail);
    PcmAudio audio;
    audio.sampleRate = kRate;
    audio.channels = 1;
    for (double v : buffer)
        audio.samples.push_back(int16_t(std::lround(v / largest * peak * 32767)));
    return audio;
}

// Touch feedback: a short, soft wooden tick.
PcmAudio tapSound() {
    return render(0.09, 0.7, [](double t) { return bell(t, 1568.0, 0.018); });
}

// Another screen: two quick rising notes (E6, A6).
PcmAudio pageSound() {
    return render(0.32, 0.6, [](double t) {
        return bell(t, midiToHz(88), 0.06) + 0.8 * bell(t - 0.07, midiToHz(93), 0.09);
    });
}

// Waking from the attract loop: a gentle rising arpeggio (C5, E5, G5, C6).
PcmAudio wakeSound() {
    return render(0.9, 0.6, [](double t) {
        const double notes[] = {72, 76, 79, 84};
        double v = 0.0;
        for (int i = 0; i < 4; ++i) v += bell(t - 0.08 * i, midiToHz(notes[i]), 0.25);
        return v;
    });
}

// The attract loop's music: four soft chords (Cmaj7, Am7, Fmaj7, G6) of two
// seconds each, with a slow bell melody, rendered into a circular buffer so
// that the end flows into the start without a seam.
PcmAudio musicLoop() {
    constexpr double kSeconds = 8.0;
    const size_t frames = size_t(kSeconds * kRate);
    std::vector<double> loop(frames, 0.0);
    const double chords[4][4] = {
        {48, 55, 64, 71}, {45, 52, 60, 67}, {41, 48, 57, 64}, {43, 50, 59, 64}};
    const double melody[8] = {76, 79, 72, 76, 69, 72, 74, 71};
    const auto add = [&](double start, double length, const std::function<double(double)>& voice) {
        const size_t first = size_t(start * kRate);
        const size_t count = size_t(length * kRate);
        for (size_t i = 0; i < count; ++i) loop[(first + i) % frames] += voice(double(i) / kRate);
    };
    for (int c = 0; c < 4; ++c) {
        // Pads swell in and out over 3 s, overlapping the next chord by one second.
        for (double note : chords[c]) {
            const double hz = midiToHz(note);
            add(2.0 * c, 3.0, [hz](double t) {
                const double swell = std::sin(kPi * t / 3.0);
                const double vibrato = 1.0 + 0.002 * std::sin(2 * kPi * 4.5 * t);
                return 0.16 * swell * swell *
                       (std::sin(2 * kPi * hz * vibrato * t) +
                        0.2 * std::sin(2 * kPi * 2 * hz * t));
            });
        }
    }
    for (int n = 0; n < 8; ++n) {
        const double hz = midiToHz(melody[n]);
        add(1.0 * n, 2.0, [hz](double t) { return 0.35 * bell(t, hz, 0.45); });
    }
    double largest = 1e-9;
    for (double v : loop) largest = std::max(largest, std::abs(v));
    PcmAudio audio;
    audio.sampleRate = kRate;
    audio.channels = 1;
    for (double v : loop) audio.samples.push_back(int16_t(std::lround(v / largest * 0.5 * 32767)));
    return audio;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr,
                     "usage: kiosk-make-sounds FOLDER   (writes tap, page, wake and music .wav)\n");
        return 2;
    }
    const std::string dir = argv[1];
    const std::pair<const char*, PcmAudio> sounds[] = {{"tap.wav", tapSound()},
                                                       {"page.wav", pageSound()},
                                                       {"wake.wav", wakeSound()},
                                                       {"music.wav", musicLoop()}};
    for (const auto& [name, audio] : sounds) {
        std::string error;
        if (!kiosk::writeWav(dir + "/" + name, audio, error)) {
            std::fprintf(stderr, "kiosk-make-sounds: %s\n", error.c_str());
            return 1;
        }
        std::printf("%s/%s: %.2f s\n", dir.c_str(), name, audio.seconds());
    }
    return 0;
}
