#include "sound/mix_recorder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kiosk {

void MixRecorder::record(double now, const SoundCommands& commands) {
    for (const CuePlay& play : commands.cues) cues_.push_back({now, play});
    if (music_.empty() || music_.back().gain != commands.musicGain)
        music_.push_back({now, commands.musicGain});
}

void MixRecorder::recordSpeech(double now, SpeechPlay speech) {
    speech_.push_back({now, std::move(speech)});
}

void MixRecorder::recordSpeechStop(double now) {
    speech_.push_back({now, {}});
}

std::vector<std::string> MixRecorder::speechFiles() const {
    std::set<std::string> files;
    for (const SpeechAt& s : speech_) files.insert(s.play.files.begin(), s.play.files.end());
    return {files.begin(), files.end()};
}

void MixRecorder::mixSpeech(const SoundBank& bank, std::vector<float>& mix) const {
    const size_t channels = size_t(std::max(1, bank.channels));
    for (size_t i = 0; i < speech_.size(); ++i) {
        const SpeechAt& s = speech_[i];
        // Until the next speech or stop, or the end of the session.
        const size_t end =
            i + 1 < speech_.size()
                ? size_t(std::llround(speech_[i + 1].time * bank.sampleRate)) * channels
                : mix.size();
        size_t at = size_t(std::llround(std::max(0.0, s.time) * bank.sampleRate)) * channels;
        const float gain = float(s.play.gain);
        for (const std::string& file : s.play.files) {
            auto clip = bank.clips.find(file);
            if (clip == bank.clips.end()) continue;
            for (size_t k = 0; k < clip->second.size() && at < end && at < mix.size(); ++k, ++at)
                mix[at] += std::clamp(gain * float(clip->second[k]), -32768.0f, 32767.0f);
        }
    }
}

PcmAudio MixRecorder::render(const SoundBank& bank, double seconds) const {
    const size_t channels = size_t(std::max(1, bank.channels));
    const size_t frames = size_t(std::max(0.0, std::ceil(seconds * bank.sampleRate)));
    std::vector<float> mix(frames * channels, 0.0f);
    const auto frameAt = [&](double t) {
        return t <= 0.0 ? size_t(0) : size_t(std::llround(t * bank.sampleRate));
    };

    for (const CueAt& c : cues_) {
        auto clip = bank.cues.find(c.play.cue);
        if (clip == bank.cues.end()) continue;
        const size_t start = frameAt(c.time) * channels;
        const float gain = float(c.play.gain);
        for (size_t i = 0; i < clip->second.size() && start + i < mix.size(); ++i)
            mix[start + i] += gain * float(clip->second[i]);
    }

    const size_t musicFrames = bank.music.size() / channels;
    auto firstAudible = std::find_if(music_.begin(), music_.end(),
                                     [](const MusicGainAt& m) { return m.gain > 0.0; });
    if (musicFrames > 0 && firstAudible != music_.end()) {
        const size_t musicStart = frameAt(firstAudible->time);
        for (auto it = firstAudible; it != music_.end(); ++it) {
            const size_t from = frameAt(it->time);
            const size_t to = std::min(
                frames, std::next(it) == music_.end() ? frames : frameAt(std::next(it)->time));
            const float gain = float(it->gain);
            for (size_t f = from; f < to; ++f) {
                const size_t m = ((f - musicStart) % musicFrames) * channels;
                for (size_t ch = 0; ch < channels; ++ch)
                    mix[f * channels + ch] += gain * float(bank.music[m + ch]);
            }
        }
    }

    mixSpeech(bank, mix);

    PcmAudio out;
    out.sampleRate = bank.sampleRate;
    out.channels = int(channels);
    out.samples.resize(mix.size());
    for (size_t i = 0; i < mix.size(); ++i)
        out.samples[i] = int16_t(std::clamp(std::lround(mix[i]), -32768L, 32767L));
    return out;
}

}  // namespace kiosk
