// What sound costs the render thread: how long openSdlAudio() holds the caller
// and how long the audio thread takes to be ready with the default sounds, and
// the time of the calls a frame makes (play + setMusicGain), which only queue.
//   audio_call_bench [CALLS]   (SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null
//                               measures without a sound card)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "audio.hpp"

using namespace kiosk;
using namespace kiosk::platform;
using Clock = std::chrono::steady_clock;

namespace {
double millisSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}
}  // namespace

int main(int argc, char** argv) {
    const int calls = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const std::string dir = std::string(KIOSK_SOURCE_DIR) + "/assets/sounds/";
    const SoundFiles files{{{SoundCue::Tap, dir + "tap.wav"},
                            {SoundCue::Page, dir + "page.wav"},
                            {SoundCue::Wake, dir + "wake.wav"}},
                           dir + "music.wav"};
    const auto start = Clock::now();
    auto audio = openSdlAudio(files);
    const double returned = millisSince(start);
    audio->waitUntilStarted(10.0);
    const double ready = millisSince(start);
    std::vector<double> micros;
    for (int i = 0; i < calls; ++i) {
        const auto t = Clock::now();
        audio->play(SoundCue::Tap, 0.5);
        audio->setMusicGain((i % 100) / 100.0);
        micros.push_back(millisSince(t) * 1000.0);
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    std::sort(micros.begin(), micros.end());
    double sum = 0.0;
    for (double m : micros) sum += m;
    std::printf(
        "{\"open_returns_ms\": %.3f, \"ready_ms\": %.1f, \"state\": \"%s\", \"calls\": %d, "
        "\"call_mean_us\": %.2f, \"call_p99_us\": %.1f, \"call_max_us\": %.1f}\n",
        returned, ready, audio->state() == AudioState::Playing ? "playing" : "silent", calls,
        sum / calls, micros[size_t(calls * 0.99)], micros.back());
    return 0;
}
