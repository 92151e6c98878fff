// What the kiosk's audio output really plays, recorded by SDL's disk driver:
// the director's decisions go through SDL2_mixer and come back as samples.
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "audio.hpp"
#include "sound/wav_file.hpp"

using namespace kiosk;
using namespace kiosk::platform;
namespace fs = std::filesystem;

namespace {

const std::string kSounds = std::string(KIOSK_SOURCE_DIR) + "/assets/sounds/";

void sleepSeconds(double s) {
    std::this_thread::sleep_for(std::chrono::duration<double>(s));
}

// A folder of its own for one test, removed afterwards.
class Scratch {
  public:
    Scratch() {
        dir_ = fs::temp_directory_path() /
               ("kiosk-audio-" + std::to_string(getpid()) + "-" + std::to_string(++counter_));
        fs::create_directories(dir_);
    }
    ~Scratch() { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

  private:
    static inline int counter_ = 0;
    fs::path dir_;
};

// Points SDL at the disk driver, writing into `file`.
void recordInto(const std::string& file) {
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", file.c_str(), 1);
}

// The disk driver's file: the device format the output asks for (44.1 kHz,
// 16-bit, stereo, native byte order), headerless.
PcmAudio readRecording(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    PcmAudio audio;
    audio.samples.resize(bytes.size() / 2);
    std::memcpy(audio.samples.data(), bytes.data(), audio.samples.size() * 2);
    return audio;
}

// Seconds into the recording of its first audible sample (-1 when silent).
double firstSound(const PcmAudio& audio) {
    for (size_t i = 0; i < audio.samples.size(); ++i)
        if (std::abs(audio.samples[i]) > 16) return double(i / 2) / audio.sampleRate;
    return -1.0;
}

// A steady 440 Hz tone at half scale: any change in its level is the output's doing.
std::string writeSteadyTone(const Scratch& scratch) {
    PcmAudio tone;
    tone.sampleRate = 44100;
    tone.channels = 1;
    for (int i = 0; i < 44100; ++i)
        tone.samples.push_back(
            int16_t(std::lround(16384 * std::sin(2 * M_PI * 440.0 * i / 44100))));
    const std::string path = scratch.path("tone.wav");
    std::string error;
    REQUIRE(writeWav(path, tone, error));
    return path;
}

SoundSettings loudSettings() {
    SoundSettings s;
    s.volume = 1.0;
    s.musicVolume = 1.0;
    s.musicFadeInSeconds = 1.0;
    return s;
}

// Seconds of sound the disk driver has written to `file` so far.
double recordedSeconds(const std::string& file) {
    std::error_code ec;
    const auto bytes = fs::file_size(file, ec);
    return ec ? 0.0 : double(bytes) / (44100.0 * 2 * 2);
}

// Waits until `file` holds `seconds` of sound (at most a minute of wall time):
// the tests' timeline is the recording's, see drive().
void waitForRecording(const std::string& file, double seconds) {
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (recordedSeconds(file) < seconds && std::chrono::steady_clock::now() < giveUp)
        sleepSeconds(0.005);
}

// Drives the director and the output, as the interactive loop does every
// frame, until `seconds` of sound are recorded in `file`; taps at `tapAt`.
// The clock is the recording's own, not the wall's: the disk driver writes at
// the pace of real time only while it gets the CPU, and on a busy machine
// (the suite in parallel) it falls behind; timed by the recording, the fade
// and the tap land where the test looks for them however busy the machine is.
void drive(Audio& audio, SoundDirector& director, double seconds, double tapAt,
           const std::string& file) {
    const auto wallStart = std::chrono::steady_clock::now();
    const double startedAt = recordedSeconds(file);
    director.startMusic(0.0);
    bool tapped = false;
    while (true) {
        const double now = recordedSeconds(file) - startedAt;
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
        if (now >= seconds || wall > 60.0) break;
        std::vector<SoundCue> cues;
        if (!tapped && tapAt >= 0.0 && now >= tapAt) {
            cues = cuesFor({false, true, false});
            tapped = true;
        }
        perform(audio, director.update(now, MusicScene::Attract, cues));
        sleepSeconds(0.01);
    }
}

// Log lines written while it lives.
class LogCapture {
  public:
    LogCapture() : previous_(spdlog::default_logger()) {
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_);
        sink->set_pattern("%l %v");
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", sink));
    }
    ~LogCapture() { spdlog::set_default_logger(previous_); }
    std::vector<std::string> lines(const std::string& level) const {
        std::vector<std::string> out;
        std::istringstream in(stream_.str());
        for (std::string line; std::getline(in, line);)
            if (line.rfind(level + " ", 0) == 0) out.push_back(line);
        return out;
    }

  private:
    std::ostringstream stream_;
    std::shared_ptr<spdlog::logger> previous_;
};

}  // namespace

TEST_CASE("A tap produces sound in the output, and only after the tap") {
    Scratch scratch;
    recordInto(scratch.path("out.raw"));
    {
        auto audio = openSdlAudio({{{SoundCue::Tap, kSounds + "tap.wav"}}, ""});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        SoundDirector director(loudSettings());
        drive(*audio, director, 0.6, 0.3, scratch.path("out.raw"));
    }
    const PcmAudio out = readRecording(scratch.path("out.raw"));
    REQUIRE(out.seconds() > 0.4);
    const double onset = firstSound(out);
    INFO("first sound at " << onset << " s of " << out.seconds() << " s");
    CHECK(onset > 0.1);  // nothing before the tap
    CHECK(peakLevel(out, 0.0, out.seconds()) > 0.3);
}

TEST_CASE("During quiet hours the output is silent, out of them the same session is not") {
    Scratch scratch;
    const std::string tone = writeSteadyTone(scratch);
    SoundFiles files{{{SoundCue::Tap, kSounds + "tap.wav"}}, tone};
    SoundSettings settings = loudSettings();
    for (const bool quiet : {true, false}) {
        const std::string file = scratch.path(quiet ? "quiet.raw" : "normal.raw");
        recordInto(file);
        {
            auto audio = openSdlAudio(files);
            REQUIRE(audio->waitUntilStarted(5.0));
            REQUIRE(audio->state() == AudioState::Playing);
            settings.quiet = quiet;
            settings.quietVolume = 0.0;
            SoundDirector director(settings);
            drive(*audio, director, 0.8, 0.3, file);
        }
        const PcmAudio out = readRecording(file);
        REQUIRE(out.seconds() > 0.5);
        if (quiet)
            CHECK(peakLevel(out, 0.0, out.seconds()) == 0.0);
        else
            CHECK(peakLevel(out, 0.0, out.seconds()) > 0.3);
    }
}

TEST_CASE("Music fades in: its level rises over the fade time, then holds") {
    Scratch scratch;
    recordInto(scratch.path("out.raw"));
    {
        auto audio = openSdlAudio({{}, writeSteadyTone(scratch)});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        SoundDirector director(loudSettings());  // fades in over 1 s
        drive(*audio, director, 1.6, -1.0, scratch.path("out.raw"));
    }
    const PcmAudio out = readRecording(scratch.path("out.raw"));
    const double start = firstSound(out);
    REQUIRE(start >= 0.0);
    REQUIRE(out.seconds() > start + 1.4);
    const auto level = [&](double from) { return rmsLevel(out, start + from, start + from + 0.1); };
    const double full = 0.5 / std::sqrt(2.0);  // the tone's own RMS
    INFO("levels: " << level(0.05) << " " << level(0.45) << " " << level(0.85) << " " << level(1.2)
                    << " (full " << full << ")");
    CHECK(level(0.05) < level(0.45));
    CHECK(level(0.45) < level(0.85));
    CHECK(level(0.05) < 0.25 * full);
    CHECK(level(0.45) / full == Approx(0.5).margin(0.15));
    CHECK(level(1.2) / full == Approx(1.0).margin(0.05));
}

TEST_CASE("No audio device: the output falls back to silence, logging it once") {
    setenv("SDL_AUDIODRIVER", "nosuchdriver", 1);
    LogCapture log;
    {
        auto audio = openSdlAudio({{{SoundCue::Tap, kSounds + "tap.wav"}}, kSounds + "music.wav"});
        REQUIRE(audio->waitUntilStarted(5.0));
        CHECK(audio->state() == AudioState::Silent);
        for (int i = 0; i < 20; ++i) {
            audio->play(SoundCue::Tap, 1.0);
            audio->setMusicGain(i / 20.0);
        }
    }
    const auto warnings = log.lines("warning");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("the kiosk runs silently") != std::string::npos);
}

TEST_CASE("A missing or broken sound file is silent and logged once, the others play") {
    Scratch scratch;
    const std::string broken = scratch.path("broken.wav");
    std::ofstream(broken) << "RIFF this is not really a sound";
    recordInto(scratch.path("out.raw"));
    LogCapture log;
    {
        auto audio = openSdlAudio({{{SoundCue::Tap, scratch.path("missing.wav")},
                                    {SoundCue::Page, broken},
                                    {SoundCue::Wake, kSounds + "wake.wav"}},
                                   scratch.path("missing.ogg")});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        const std::string out = scratch.path("out.raw");
        waitForRecording(out, 0.1);
        for (int i = 0; i < 3; ++i) {
            audio->play(SoundCue::Tap, 1.0);
            audio->play(SoundCue::Page, 1.0);
            audio->setMusicGain(1.0);
            waitForRecording(out, 0.15 + 0.05 * i);
        }
        waitForRecording(out, 0.35);
        audio->play(SoundCue::Wake, 1.0);  // 0.35 s or more into the recording
        waitForRecording(out, 0.65);
    }
    const PcmAudio out = readRecording(scratch.path("out.raw"));
    CHECK(firstSound(out) > 0.3);                     // the broken cues made no sound
    CHECK(peakLevel(out, 0.0, out.seconds()) > 0.3);  // the wake sound
    const auto warnings = log.lines("warning");
    INFO(warnings.size() << " warnings");
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].find("missing.wav: cannot be played") != std::string::npos);
    CHECK(warnings[1].find("broken.wav: cannot be played") != std::string::npos);
    CHECK(warnings[2].find("missing.ogg: cannot be played") != std::string::npos);
}

TEST_CASE("Another pack's sounds play once the output is told to use them") {
    Scratch scratch;
    recordInto(scratch.path("out.raw"));
    {
        auto audio = openSdlAudio({{{SoundCue::Tap, scratch.path("missing.wav")}}, ""});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        const std::string out = scratch.path("out.raw");
        audio->play(SoundCue::Tap, 1.0);  // the first pack has no tap sound: silence
        waitForRecording(out, 0.3);
        audio->useFiles({{{SoundCue::Tap, kSounds + "tap.wav"}}, ""});
        waitForRecording(out, 0.4);  // loads on the audio thread
        audio->play(SoundCue::Tap, 1.0);
        waitForRecording(out, 0.7);
    }
    const PcmAudio out = readRecording(scratch.path("out.raw"));
    CHECK(firstSound(out) > 0.3);
    CHECK(peakLevel(out, 0.0, out.seconds()) > 0.3);
}

TEST_CASE("Speech plays its clips one after another, louder by its gain, and stops at once") {
    Scratch scratch;
    const std::string tone = writeSteadyTone(scratch);  // 1 s at half scale
    const std::string out = scratch.path("out.raw");
    recordInto(out);
    double stoppedAt = 0.0, askedAt = 0.0;
    {
        auto audio = openSdlAudio({{}, ""});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        waitForRecording(out, 0.2);
        askedAt = recordedSeconds(out);
        // Three seconds of clips at a quarter of their level, then a stop 1.5 s in.
        audio->speak({tone, scratch.path("missing.ogg"), tone, tone}, 0.25);
        waitForRecording(out, askedAt + 1.5);
        stoppedAt = recordedSeconds(out);
        audio->stopSpeech();
        waitForRecording(out, stoppedAt + 0.6);
    }
    const PcmAudio recorded = readRecording(out);
    const double start = firstSound(recorded);
    double last = -1.0;  // the last audible sample
    for (size_t i = recorded.samples.size(); i-- > 0;)
        if (std::abs(recorded.samples[i]) > 16) {
            last = double(i / 2) / recorded.sampleRate;
            break;
        }
    INFO("asked at " << askedAt << " s, sound from " << start << " s; stopped at " << stoppedAt
                     << " s, silent from " << last << " s");
    CHECK(start >= askedAt);
    CHECK(start - askedAt < 0.1);
    // The next clip follows within a buffer or two of the first one's end.
    double gap = 0.0;
    for (double t = start + 0.9; t < start + 1.1; t += 0.001)
        if (peakLevel(recorded, t, t + 0.001) < 0.01) gap += 0.001;
    INFO("silence between the clips: " << gap << " s");
    CHECK(gap < 0.05);
    CHECK(rmsLevel(recorded, start + 0.3, start + 0.7) ==
          Approx(0.125 / std::sqrt(2.0)).margin(0.01));
    CHECK(last >= stoppedAt - 0.05);
    CHECK(last - stoppedAt < 0.1);
}

namespace {

// The largest sample of one channel (0 left, 1 right) between two times, 0..1.
double channelPeak(const PcmAudio& audio, int channel, double from, double to) {
    int peak = 0;
    const size_t first = size_t(std::max(0.0, from) * audio.sampleRate) * 2 + size_t(channel);
    const size_t end = std::min(audio.samples.size(), size_t(to * audio.sampleRate) * 2);
    for (size_t i = first; i < end; i += 2) peak = std::max(peak, std::abs(int(audio.samples[i])));
    return peak / 32768.0;
}

}  // namespace

TEST_CASE("The staff's test tone sounds on the left samples only, then the right, then both") {
    Scratch scratch;
    const std::string out = scratch.path("out.raw");
    recordInto(out);
    double asked[3] = {};
    {
        auto audio = openSdlAudio({{}, ""});
        REQUIRE(audio->waitUntilStarted(5.0));
        REQUIRE(audio->state() == AudioState::Playing);
        waitForRecording(out, 0.2);
        const ToneSide sides[] = {ToneSide::Left, ToneSide::Right, ToneSide::Both};
        for (int i = 0; i < 3; ++i) {
            asked[i] = recordedSeconds(out);
            audio->playTestTone(sides[i], 1.0);
            waitForRecording(out, asked[i] + 1.0);  // the tone lasts 0.8 s
        }
        waitForRecording(out, asked[2] + 1.0);
    }
    const PcmAudio recorded = readRecording(out);
    REQUIRE(recorded.seconds() > asked[2] + 0.9);
    INFO("asked at " << asked[0] << ", " << asked[1] << ", " << asked[2] << " s");
    // Nothing before the first tone; each tone on its own side for its
    // whole length, the other side exactly silent.
    CHECK(channelPeak(recorded, 0, 0.0, asked[0]) == 0.0);
    CHECK(channelPeak(recorded, 1, 0.0, asked[1]) == 0.0);
    CHECK(channelPeak(recorded, 0, asked[0], asked[1]) > 0.4);
    CHECK(channelPeak(recorded, 0, asked[1], asked[2]) == 0.0);
    CHECK(channelPeak(recorded, 1, asked[1], asked[2]) > 0.4);
    CHECK(channelPeak(recorded, 0, asked[2], recorded.seconds()) > 0.4);
    CHECK(channelPeak(recorded, 1, asked[2], recorded.seconds()) > 0.4);
}
