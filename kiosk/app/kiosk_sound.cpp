#include "kiosk_sound.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "content/pack_paths.hpp"
#include "sound/wav_file.hpp"
#include "speech/utterance.hpp"
#include "system/data_dir.hpp"

namespace kiosk {

namespace {

// The cues the app reported and where the music heads, decided for `now`.
SoundCommands decide(SoundDirector& director, bool quietByOption, KioskApp& app, double now) {
    director.setQuiet(quietByOption || app.quiet(now));
    return director.update(now, musicSceneFor(app, now), app.takeSoundCues(), app.speaking(now));
}

// Speech the app asked for, as files and a gain: the venue's volume now
// (quiet hours included) raised by the visitor's steps. No files: a stop.
std::vector<SpeechPlay> speechToPlay(KioskApp& app, const Pack& pack,
                                     const SoundDirector& director) {
    std::vector<SpeechPlay> out;
    for (const SpeechRequest& r : app.takeSpeech()) {
        SpeechPlay play;
        if (r.type == SpeechRequest::Type::Say) {
            for (const NarrationClip& clip : r.utterance.clips)
                play.files.push_back(joinPackPath(pack.root, clip.file));
            play.gain = speechGain(effectiveVolume(director.settings()), r.utterance.louderSteps);
        }
        out.push_back(std::move(play));
    }
    return out;
}

}  // namespace

SoundSettings soundSettingsFrom(const AppOptions& options) {
    SoundSettings s;
    s.volume = std::clamp(options.config.sound.volume, 0, 100) / 100.0;
    s.quietVolume = std::clamp(options.config.sound.quietVolume, 0, 100) / 100.0;
    s.quiet = options.quiet;
    return s;
}

platform::SoundFiles soundFilesFor(const Pack& pack) {
    const std::string defaults = ownDataDir() + "/assets/sounds/";
    const auto pick = [&](const std::string& name) {
        const auto it = pack.theme.sounds.find(name);
        return it != pack.theme.sounds.end() ? joinPackPath(pack.root, it->second)
                                             : defaults + name + ".wav";
    };
    platform::SoundFiles files;
    for (SoundCue cue : kAllSoundCues) files.cues[cue] = pick(soundCueName(cue));
    files.music = pick("music");
    return files;
}

MusicScene musicSceneFor(const KioskApp& app, double now) {
    if (app.dark(now)) return MusicScene::Off;
    return app.phase() == SessionPhase::Attract ? MusicScene::Attract : MusicScene::Visitor;
}

KioskSound::KioskSound(std::unique_ptr<platform::Audio> audio, const SoundSettings& settings)
    : audio_(std::move(audio)), director_(settings), quietByOption_(settings.quiet) {}

void KioskSound::start(double now) {
    director_.startMusic(now);
}

void KioskSound::setVolumePercent(int percent) {
    const double volume = std::clamp(percent, 0, 100) / 100.0;
    if (volume == director_.settings().volume) return;
    SoundSettings s = director_.settings();
    s.volume = volume;
    director_.setSettings(s);
}

void KioskSound::frame(KioskApp& app, const Pack& pack, double now) {
    if (pack_ != &pack) {
        if (pack_) audio_->useFiles(soundFilesFor(pack));
        pack_ = &pack;
    }
    platform::perform(*audio_, decide(director_, quietByOption_, app, now));
    for (const SpeechPlay& speech : speechToPlay(app, pack, director_)) {
        if (speech.files.empty())
            audio_->stopSpeech();
        else
            audio_->speak(speech.files, speech.gain);
    }
}

SessionSoundRecorder::SessionSoundRecorder(const SoundSettings& settings,
                                           platform::SoundFiles files)
    : director_(settings), files_(std::move(files)), quietByOption_(settings.quiet) {}

void SessionSoundRecorder::start(double now) {
    director_.startMusic(now);
}

void SessionSoundRecorder::frame(KioskApp& app, const Pack& pack, double now) {
    const SoundCommands commands = decide(director_, quietByOption_, app, now);
    for (const CuePlay& c : commands.cues)
        spdlog::info("sound at {:.3f} s: {} (gain {:.2f})", now, soundCueName(c.cue), c.gain);
    recorder_.record(now, commands);
    for (SpeechPlay& speech : speechToPlay(app, pack, director_)) {
        if (speech.files.empty()) {
            spdlog::info("speech at {:.3f} s: stop", now);
            recorder_.recordSpeechStop(now);
            continue;
        }
        spdlog::info("speech at {:.3f} s: {} clips (gain {:.2f})", now, speech.files.size(),
                     speech.gain);
        recorder_.recordSpeech(now, std::move(speech));
    }
}

bool SessionSoundRecorder::write(const std::string& path, double seconds,
                                 std::string& error) const {
    std::vector<std::string> problems;
    const SoundBank bank = platform::decodeSoundBank(files_, problems, recorder_.speechFiles());
    for (const auto& p : problems) spdlog::warn("audio: {}; left out of {}", p, path);
    return writeWav(path, recorder_.render(bank, seconds), error);
}

}  // namespace kiosk
