// Decoding for offline mixing: SDL2_mixer's decoders on SDL's "dummy" audio
// driver, which plays nowhere, so no sound card is needed or touched.
#include <SDL.h>
#include <SDL_mixer.h>

#include <cstring>

#include "audio.hpp"

namespace kiosk::platform {

namespace {

std::vector<int16_t> samplesOf(const Mix_Chunk& chunk) {
    std::vector<int16_t> samples(chunk.alen / sizeof(int16_t));
    std::memcpy(samples.data(), chunk.abuf, samples.size() * sizeof(int16_t));
    return samples;
}

bool decode(const std::string& path, std::vector<int16_t>& out,
            std::vector<std::string>& problems) {
    Mix_Chunk* chunk = Mix_LoadWAV(path.c_str());
    if (!chunk) {
        problems.push_back(path + ": cannot be decoded (" + Mix_GetError() + ")");
        return false;
    }
    out = samplesOf(*chunk);
    Mix_FreeChunk(chunk);
    return true;
}

}  // namespace

SoundBank decodeSoundBank(const SoundFiles& files, std::vector<std::string>& problems,
                          const std::vector<std::string>& speech) {
    SoundBank bank;
    bank.sampleRate = 44100;
    bank.channels = 2;
    SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "dummy", SDL_HINT_OVERRIDE);
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");  // SIGTERM must still stop the kiosk
    const bool ready =
        SDL_InitSubSystem(SDL_INIT_AUDIO) == 0 && (Mix_Init(MIX_INIT_OGG), true) &&
        Mix_OpenAudioDevice(bank.sampleRate, AUDIO_S16SYS, bank.channels, 1024, nullptr, 0) == 0;
    SDL_ResetHint(SDL_HINT_AUDIODRIVER);
    if (!ready) {
        problems.push_back(std::string("sounds cannot be decoded: ") + SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return bank;
    }
    for (const auto& [cue, path] : files.cues) {
        std::vector<int16_t> samples;
        if (!path.empty() && decode(path, samples, problems)) bank.cues[cue] = std::move(samples);
    }
    if (!files.music.empty()) decode(files.music, bank.music, problems);
    for (const std::string& path : speech) {
        std::vector<int16_t> samples;
        if (!bank.clips.count(path) && decode(path, samples, problems))
            bank.clips[path] = std::move(samples);
    }
    Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return bank;
}

}  // namespace kiosk::platform
