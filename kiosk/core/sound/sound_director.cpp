#include "sound/sound_director.hpp"

#include <algorithm>

namespace kiosk {

double effectiveVolume(const SoundSettings& settings) {
    const double volume = std::clamp(settings.volume, 0.0, 1.0);
    if (!settings.quiet) return volume;
    return std::min(volume, std::clamp(settings.quietVolume, 0.0, 1.0));
}

SoundDirector::SoundDirector(const SoundSettings& settings)
    : settings_(settings),
      music_(settings.musicFadeInSeconds, settings.musicFadeOutSeconds, settings.duckedMusicLevel) {
}

void SoundDirector::setSettings(const SoundSettings& settings) {
    settings_ = settings;
    music_.configure(settings.musicFadeInSeconds, settings.musicFadeOutSeconds,
                     settings.duckedMusicLevel);
}

void SoundDirector::startMusic(double now) {
    music_.restart(now);
}

SoundCommands SoundDirector::update(double now, MusicScene scene, const std::vector<SoundCue>& cues,
                                    bool speaking) {
    SoundCommands out;
    const double master = effectiveVolume(settings_);
    const double cueGain = master * std::clamp(settings_.cueVolume, 0.0, 1.0);
    for (SoundCue cue : cues) {
        auto last = lastPlayed_.find(cue);
        if (last != lastPlayed_.end() && now >= last->second &&
            now - last->second < settings_.minCueGapSeconds)
            continue;
        lastPlayed_[cue] = now;
        if (cueGain > 0.0) out.cues.push_back({cue, cueGain});
    }
    const double level = music_.advance(now, scene);
    out.musicGain = master * std::clamp(settings_.musicVolume, 0.0, 1.0) * level;
    if (speaking) out.musicGain *= std::clamp(settings_.speechMusicLevel, 0.0, 1.0);
    return out;
}

}  // namespace kiosk
