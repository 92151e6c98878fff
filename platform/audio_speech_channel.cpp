#include "audio_speech_channel.hpp"

#include <SDL_mixer.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kiosk::platform {

namespace {

// The decoded clip in the output's 16-bit format, scaled by `gain`.
Mix_Chunk* decodeAt(const std::string& path, double gain) {
    Mix_Chunk* chunk = Mix_LoadWAV(path.c_str());
    if (!chunk) {
        spdlog::warn("audio: {}: cannot be played ({}); speech goes on without it", path,
                     Mix_GetError());
        return nullptr;
    }
    if (gain != 1.0) {
        auto* samples = reinterpret_cast<int16_t*>(chunk->abuf);
        for (size_t i = 0; i < chunk->alen / sizeof(int16_t); ++i)
            samples[i] = int16_t(std::clamp(std::lround(samples[i] * gain), -32768L, 32767L));
    }
    return chunk;
}

}  // namespace

void SdlSpeechChannel::start(const std::vector<std::string>& files, double gain,
                             uint64_t stopsWhenAsked) {
    halt();
    if (stops_.load() != stopsWhenAsked) return;  // a touch came after the request
    stopsAtStart_ = stopsWhenAsked;
    files_.assign(files.begin(), files.end());
    gain_ = std::max(0.0, gain);
}

void SdlSpeechChannel::halt() {
    files_.clear();
    Mix_HaltChannel(channel_);  // waits for SDL's callback: the chunk is ours again
    if (playing_) Mix_FreeChunk(playing_);
    if (next_) Mix_FreeChunk(next_);
    playing_ = next_ = nullptr;
}

bool SdlSpeechChannel::step() {
    if (stops_.load() != stopsAtStart_) {
        halt();
        return false;
    }
    if (!next_ && !files_.empty()) {
        const std::string path = files_.front();
        files_.pop_front();
        next_ = decodeAt(path, gain_);
    }
    if (next_ && Mix_Playing(channel_) == 0) playNext();
    return next_ || !files_.empty();
}

void SdlSpeechChannel::playNext() {
    Mix_HaltChannel(channel_);
    if (playing_) Mix_FreeChunk(playing_);
    playing_ = std::exchange(next_, nullptr);
    Mix_Volume(channel_, MIX_MAX_VOLUME);  // the gain is in the samples
    if (Mix_PlayChannel(channel_, playing_, 0) < 0) return;
    // Effects end with the chunk: each clip gets the mute again.
    Mix_RegisterEffect(channel_, &SdlSpeechChannel::muteWhenStopped, nullptr, this);
}

void SdlSpeechChannel::muteWhenStopped(int, void* stream, int bytes, void* self) {
    const auto* channel = static_cast<const SdlSpeechChannel*>(self);
    if (channel->stops_.load() != channel->stopsAtStart_) std::memset(stream, 0, size_t(bytes));
}

}  // namespace kiosk::platform
