#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

struct Mix_Chunk;

namespace kiosk::platform {

// Speech on one SDL_mixer channel of its own, run by the audio thread: the
// clips of an utterance decode one at a time, each as the one before plays,
// so the first word starts as soon as its clip has decoded however long the
// rest is. Stopping has two halves: the caller's thread bumps `stops` (an
// atomic), which an effect on the channel reads in SDL's callback and mutes
// the very next buffer (about 23 ms at 1024 frames), even while the audio
// thread is still decoding; the audio thread then halts the channel.
class SdlSpeechChannel {
  public:
    SdlSpeechChannel(int channel, const std::atomic<uint64_t>& stops)
        : channel_(channel), stops_(stops) {}
    ~SdlSpeechChannel() { halt(); }
    SdlSpeechChannel(const SdlSpeechChannel&) = delete;
    SdlSpeechChannel& operator=(const SdlSpeechChannel&) = delete;

    // Replaces what plays with these files at `gain` (above 1 amplifies and
    // clips), unless a stop came after `stopsWhenAsked`.
    void start(const std::vector<std::string>& files, double gain, uint64_t stopsWhenAsked);
    void halt();
    // Decodes the next clip, or starts it once the one before has ended.
    // True while clips are left: the audio thread calls again shortly.
    bool step();

  private:
    static void muteWhenStopped(int channel, void* stream, int bytes, void* self);
    void playNext();

    const int channel_;
    const std::atomic<uint64_t>& stops_;
    uint64_t stopsAtStart_ = 0;  // the stops before this utterance
    std::deque<std::string> files_;
    double gain_ = 1.0;
    Mix_Chunk* playing_ = nullptr;
    Mix_Chunk* next_ = nullptr;
};

}  // namespace kiosk::platform
