// The offline mix of a scripted session: cues at their times, music gain held per frame.
#include <catch2/catch.hpp>

#include <cstdio>

#include "sound/mix_recorder.hpp"
#include "sound/wav_file.hpp"

using namespace kiosk;

namespace {
// A bank at 1000 Hz, mono, so that times map to sample indices by eye.
SoundBank smallBank() {
    SoundBank bank;
    bank.sampleRate = 1000;
    bank.channels = 1;
    bank.cues[SoundCue::Tap] = std::vector<int16_t>(100, 20000);  // 0.1 s at 20000
    bank.music = {1000, -1000};                                   // a square wave
    return bank;
}
}  // namespace

TEST_CASE("A recorded cue lands at its time with its gain") {
    MixRecorder recorder;
    recorder.record(0.5, {{{SoundCue::Tap, 0.5}}, 0.0});
    const PcmAudio mix = recorder.render(smallBank(), 1.0);
    CHECK(mix.frames() == 1000);
    CHECK(peakLevel(mix, 0.0, 0.5) == 0.0);
    CHECK(mix.samples[500] == 10000);
    CHECK(mix.samples[599] == 10000);
    CHECK(mix.samples[600] == 0);
}

TEST_CASE("Music starts at its first audible frame and holds each gain until the next") {
    MixRecorder recorder;
    recorder.record(0.0, {{}, 0.0});
    recorder.record(0.2, {{}, 0.5});
    recorder.record(0.6, {{}, 1.0});
    const PcmAudio mix = recorder.render(smallBank(), 1.0);
    CHECK(peakLevel(mix, 0.0, 0.2) == 0.0);
    CHECK(mix.samples[200] == 500);  // the loop starts from its beginning
    CHECK(mix.samples[201] == -500);
    CHECK(rmsLevel(mix, 0.2, 0.6) == Approx(500 / 32768.0));
    CHECK(rmsLevel(mix, 0.6, 1.0) == Approx(1000 / 32768.0));
    CHECK(recorder.musicGains().size() == 3);
}

TEST_CASE("Loud overlaps clip instead of wrapping around") {
    MixRecorder recorder;
    recorder.record(0.0, {{{SoundCue::Tap, 1.0}}, 0.0});
    recorder.record(0.05, {{{SoundCue::Tap, 1.0}}, 0.0});
    const PcmAudio mix = recorder.render(smallBank(), 0.2);
    CHECK(mix.samples[60] == 32767);
}

TEST_CASE("A WAV file written is read back sample for sample") {
    PcmAudio audio;
    audio.sampleRate = 22050;
    audio.channels = 2;
    audio.samples = {0, 1, -1, 32767, -32768, 1234};
    const std::string path = "mix_recorder_test.wav";
    std::string error;
    REQUIRE(writeWav(path, audio, error));
    PcmAudio back;
    REQUIRE(readWav(path, back, error));
    CHECK(back.sampleRate == 22050);
    CHECK(back.channels == 2);
    CHECK(back.samples == audio.samples);
    std::remove(path.c_str());
}

TEST_CASE("A file that is not a WAV is refused with a reason") {
    const std::string path = "not_a_wav_test.wav";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("OggS not really", f);
    std::fclose(f);
    PcmAudio audio;
    std::string error;
    CHECK_FALSE(readWav(path, audio, error));
    CHECK(error == path + ": not a WAV file (no RIFF/WAVE header)");
    std::remove(path.c_str());
}

TEST_CASE("Speech plays its clips back to back from its time, at its gain") {
    SoundBank bank = smallBank();
    bank.clips["a.ogg"] = std::vector<int16_t>(100, 1000);
    bank.clips["b.ogg"] = std::vector<int16_t>(50, 2000);
    MixRecorder recorder;
    recorder.recordSpeech(0.2, {{"a.ogg", "missing.ogg", "b.ogg"}, 2.0});
    const PcmAudio mix = recorder.render(bank, 1.0);
    CHECK(mix.samples[199] == 0);
    CHECK(mix.samples[200] == 2000);
    CHECK(mix.samples[299] == 2000);
    CHECK(mix.samples[300] == 4000);  // the missing clip is skipped, as live
    CHECK(mix.samples[349] == 4000);
    CHECK(mix.samples[350] == 0);
    CHECK(recorder.speechFiles() == std::vector<std::string>{"a.ogg", "b.ogg", "missing.ogg"});
}

TEST_CASE("A stop cuts speech at its time, and new speech replaces the old") {
    SoundBank bank = smallBank();
    bank.clips["a.ogg"] = std::vector<int16_t>(500, 1000);
    MixRecorder recorder;
    recorder.recordSpeech(0.0, {{"a.ogg"}, 1.0});
    recorder.recordSpeechStop(0.1);
    recorder.recordSpeech(0.5, {{"a.ogg"}, 1.0});
    recorder.recordSpeech(0.6, {{"a.ogg"}, 0.5});
    const PcmAudio mix = recorder.render(bank, 1.0);
    CHECK(mix.samples[99] == 1000);
    CHECK(peakLevel(mix, 0.1, 0.5) == 0.0);
    CHECK(mix.samples[599] == 1000);
    CHECK(mix.samples[600] == 500);
    CHECK(mix.samples[999] == 500);
}
