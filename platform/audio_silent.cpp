#include "audio.hpp"

namespace kiosk::platform {

namespace {

class SilentAudio final : public Audio {
  public:
    void play(SoundCue, double) override {}
    void setMusicGain(double) override {}
    void useFiles(const SoundFiles&) override {}
    void speak(const std::vector<std::string>&, double) override {}
    void stopSpeech() override {}
    void playTestTone(ToneSide, double) override {}
    AudioState state() const override { return AudioState::Silent; }
    bool waitUntilStarted(double) override { return true; }
};

}  // namespace

std::unique_ptr<Audio> openSilentAudio() {
    return std::make_unique<SilentAudio>();
}

}  // namespace kiosk::platform
