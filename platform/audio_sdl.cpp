// SDL2_mixer behind the Audio interface. Everything SDL does (opening the
// device, which may wait on a sound server; decoding files; locking the mixer)
// happens on one audio thread; the render thread only queues commands.
#include <SDL.h>
#include <SDL_mixer.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "audio.hpp"
#include "audio_speech_channel.hpp"
#include "audio_test_tones.hpp"

namespace kiosk::platform {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRate = 44100;
constexpr int kChannels = 2;
constexpr int kMixChannels = 8;  // cues that can sound at once
constexpr int kCueGroup = 1;
constexpr int kSpeechChannel = kMixChannels;    // one more, for speech alone
constexpr int kToneChannel = kMixChannels + 1;  // and one for the staff's test tone
// How often the audio thread looks in while speech has clips to come.
constexpr auto kSpeechPoll = std::chrono::milliseconds(5);
// A cue that waited longer than this (the device was still opening) is
// dropped: a late click would answer nothing the visitor did.
constexpr auto kStaleCue = std::chrono::milliseconds(150);
constexpr size_t kMaxQueuedCues = 32;

int mixerVolume(double gain) {
    return int(std::lround(std::clamp(gain, 0.0, 1.0) * MIX_MAX_VOLUME));
}

class SdlAudio final : public Audio {
  public:
    explicit SdlAudio(SoundFiles files) : files_(std::move(files)) {
        worker_ = std::thread([this] { run(); });
    }

    ~SdlAudio() override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        worker_.join();
    }

    void play(SoundCue cue, double gain) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (cues_.size() >= kMaxQueuedCues) return;
            cues_.push_back({cue, gain, Clock::now()});
        }
        wake_.notify_one();
    }

    void setMusicGain(double gain) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (musicGain_ == gain) return;
            musicGain_ = gain;
            musicChanged_ = true;
        }
        wake_.notify_one();
    }

    void useFiles(const SoundFiles& files) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            newFiles_ = files;
        }
        wake_.notify_one();
    }

    void speak(const std::vector<std::string>& files, double gain) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            speech_ = SpeechOrder{files, gain, speechStops_.load()};
        }
        wake_.notify_one();
    }

    void stopSpeech() override {
        // The callback mutes from its next buffer; the audio thread then halts.
        ++speechStops_;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            speech_.reset();
            speechStopped_ = true;
        }
        wake_.notify_one();
    }

    void playTestTone(ToneSide side, double gain) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            tone_ = QueuedTone{side, gain};
        }
        wake_.notify_one();
    }

    AudioState state() const override { return state_.load(); }

    bool waitUntilStarted(double seconds) override {
        std::unique_lock<std::mutex> lock(mutex_);
        return started_.wait_for(lock, std::chrono::duration<double>(seconds),
                                 [this] { return state_.load() != AudioState::Starting; });
    }

  private:
    struct SpeechOrder {
        std::vector<std::string> files;
        double gain = 1.0;
        uint64_t stops = 0;  // the stops asked for before it
    };
    struct QueuedTone {
        ToneSide side;
        double gain;
    };
    struct QueuedCue {
        SoundCue cue;
        double gain;
        Clock::time_point at;
    };

    void run() {
        const bool open = openDevice();
        if (open) loadFiles(files_);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            state_ = open ? AudioState::Playing : AudioState::Silent;
        }
        started_.notify_all();
        serveCommands(open);
        if (open) closeDevice();
    }

    bool openDevice() {
        // SDL would turn SIGINT and SIGTERM into a quit event nobody reads, and
        // the kiosk would no longer stop when systemd (or anyone) asks it to.
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            spdlog::warn("audio: no sound device ({}); the kiosk runs silently", SDL_GetError());
            return false;
        }
        Mix_Init(MIX_INIT_OGG);
        // Exactly this format (no changes allowed): SDL converts for the
        // device, and recordings of the output have a known layout.
        if (Mix_OpenAudioDevice(kRate, AUDIO_S16SYS, kChannels, 1024, nullptr, 0) != 0) {
            spdlog::warn("audio: cannot open the sound device ({}); the kiosk runs silently",
                         Mix_GetError());
            Mix_Quit();
            SDL_QuitSubSystem(SDL_INIT_AUDIO);
            return false;
        }
        Mix_AllocateChannels(kMixChannels + 2);
        Mix_GroupChannels(0, kMixChannels - 1, kCueGroup);  // cues never take speech's channel
        speechChannel_ = std::make_unique<SdlSpeechChannel>(kSpeechChannel, speechStops_);
        spdlog::info("audio: playing through the \"{}\" driver", SDL_GetCurrentAudioDriver());
        return true;
    }

    void loadFiles(const SoundFiles& files) {
        freeFiles();
        for (const auto& [cue, path] : files.cues) {
            if (path.empty()) continue;
            if (Mix_Chunk* chunk = Mix_LoadWAV(path.c_str()))
                chunks_[cue] = chunk;
            else
                spdlog::warn("audio: {}: cannot be played ({}); the \"{}\" sound stays silent",
                             path, Mix_GetError(), soundCueName(cue));
        }
        if (!files.music.empty()) {
            music_ = Mix_LoadMUS(files.music.c_str());
            if (!music_)
                spdlog::warn("audio: {}: cannot be played ({}); the attract loop has no music",
                             files.music, Mix_GetError());
        }
    }

    void freeFiles() {
        Mix_HaltChannel(-1);
        Mix_HaltMusic();
        for (auto& [cue, chunk] : chunks_) Mix_FreeChunk(chunk);
        chunks_.clear();
        if (music_) Mix_FreeMusic(music_);
        music_ = nullptr;
    }

    bool commandsWaiting() const {
        return stopping_ || !cues_.empty() || musicChanged_ || newFiles_ || speech_ ||
               speechStopped_ || tone_;
    }

    void serveCommands(bool open) {
        std::unique_lock<std::mutex> lock(mutex_);
        bool speechPending = false;
        while (true) {
            if (speechPending)
                wake_.wait_for(lock, kSpeechPoll, [this] { return commandsWaiting(); });
            else
                wake_.wait(lock, [this] { return commandsWaiting(); });
            if (stopping_) return;
            std::deque<QueuedCue> cues;
            cues.swap(cues_);
            std::optional<SoundFiles> files = std::exchange(newFiles_, std::nullopt);
            bool musicChanged = std::exchange(musicChanged_, false);
            const double musicGain = musicGain_;
            std::optional<SpeechOrder> speech = std::exchange(speech_, std::nullopt);
            const bool speechStopped = std::exchange(speechStopped_, false);
            const std::optional<QueuedTone> tone = std::exchange(tone_, std::nullopt);
            lock.unlock();
            if (open && tone) tones_.play(tone->side, tone->gain);
            if (open) speechPending = serveSpeech(speech, speechStopped);
            if (open && files) {
                loadFiles(*files);
                musicChanged = true;  // the new music starts at the current gain
            }
            if (open) {
                const auto now = Clock::now();
                for (const QueuedCue& c : cues)
                    if (now - c.at <= kStaleCue) startCue(c.cue, c.gain);
                if (musicChanged) applyMusicGain(musicGain);
            }
            lock.lock();
        }
    }

    // Carries out the speech orders; true while clips are still to come.
    bool serveSpeech(const std::optional<SpeechOrder>& speech, bool stopped) {
        if (stopped) speechChannel_->halt();
        if (speech) speechChannel_->start(speech->files, speech->gain, speech->stops);
        return speechChannel_->step();
    }

    void startCue(SoundCue cue, double gain) {
        auto it = chunks_.find(cue);
        if (it == chunks_.end() || gain <= 0.0) return;
        int channel = Mix_GroupAvailable(kCueGroup);
        if (channel < 0) channel = Mix_GroupOldest(kCueGroup);
        if (channel < 0) return;
        Mix_Volume(channel, mixerVolume(gain));
        Mix_PlayChannel(channel, it->second, 0);
    }

    void applyMusicGain(double gain) {
        if (!music_) return;
        Mix_VolumeMusic(mixerVolume(gain));
        if (gain > 0.0 && !Mix_PlayingMusic()) Mix_PlayMusic(music_, -1);
    }

    void closeDevice() {
        tones_.free();
        speechChannel_.reset();
        freeFiles();
        Mix_CloseAudio();
        Mix_Quit();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }

    const SoundFiles files_;  // the first files, loaded once the device is open
    // Touched only by the audio thread.
    std::map<SoundCue, Mix_Chunk*> chunks_;
    Mix_Music* music_ = nullptr;
    std::unique_ptr<SdlSpeechChannel> speechChannel_;
    SdlTestTones tones_{kToneChannel};
    // Shared with the callers, under mutex_.
    std::mutex mutex_;
    std::condition_variable wake_, started_;
    std::deque<QueuedCue> cues_;
    double musicGain_ = 0.0;
    bool musicChanged_ = false;
    std::optional<SoundFiles> newFiles_;
    std::optional<SpeechOrder> speech_;
    std::optional<QueuedTone> tone_;
    bool speechStopped_ = false;
    bool stopping_ = false;
    std::atomic<uint64_t> speechStops_{0};  // read by SDL's callback too
    std::atomic<AudioState> state_{AudioState::Starting};
    std::thread worker_;
};

}  // namespace

std::unique_ptr<Audio> openSdlAudio(const SoundFiles& files) {
    return std::make_unique<SdlAudio>(files);
}

}  // namespace kiosk::platform
