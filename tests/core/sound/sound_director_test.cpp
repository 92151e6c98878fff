// Which sounds play and how loud, frame by frame on a fake clock.
#include <catch2/catch.hpp>

#include "sound/sound_director.hpp"

using namespace kiosk;

namespace {
SoundSettings plainSettings() {
    SoundSettings s;
    s.volume = 0.8;
    s.quietVolume = 0.0;
    s.musicVolume = 0.5;
    s.musicFadeInSeconds = 2.0;
    s.musicFadeOutSeconds = 1.0;
    s.duckedMusicLevel = 0.2;
    s.cueVolume = 1.0;
    s.minCueGapSeconds = 0.06;
    return s;
}
}  // namespace

TEST_CASE("One sound per moment: wake over page turn over tap") {
    CHECK(cuesFor({}) == std::vector<SoundCue>{});
    CHECK(cuesFor({false, true, false}) == std::vector<SoundCue>{SoundCue::Tap});
    CHECK(cuesFor({false, true, true}) == std::vector<SoundCue>{SoundCue::Page});
    CHECK(cuesFor({false, false, true}) == std::vector<SoundCue>{SoundCue::Page});
    CHECK(cuesFor({true, true, true}) == std::vector<SoundCue>{SoundCue::Wake});
}

TEST_CASE("Cue names are the pack's names and round-trip") {
    for (SoundCue cue : kAllSoundCues) CHECK(soundCueFromName(soundCueName(cue)) == cue);
    CHECK(std::string(soundCueName(SoundCue::Page)) == "page");
    CHECK_FALSE(soundCueFromName("music").has_value());
}

TEST_CASE("A tap plays at the master volume") {
    SoundDirector director(plainSettings());
    director.startMusic(0.0);
    const SoundCommands out = director.update(0.0, MusicScene::Attract, {SoundCue::Tap});
    REQUIRE(out.cues.size() == 1);
    CHECK(out.cues[0].cue == SoundCue::Tap);
    CHECK(out.cues[0].gain == Approx(0.8));
}

TEST_CASE("Quiet hours: silent by default, or the quiet volume") {
    SoundSettings settings = plainSettings();
    settings.quiet = true;
    SoundDirector director(settings);
    director.startMusic(0.0);
    SoundCommands out = director.update(3.0, MusicScene::Attract, {SoundCue::Tap});
    CHECK(out.cues.empty());
    CHECK(out.musicGain == 0.0);

    settings.quietVolume = 0.3;
    director.setSettings(settings);
    out = director.update(4.0, MusicScene::Attract, {SoundCue::Page});
    REQUIRE(out.cues.size() == 1);
    CHECK(out.cues[0].gain == Approx(0.3));
    CHECK(out.musicGain == Approx(0.3 * 0.5));

    // A quiet volume above the normal one never makes quiet hours louder.
    settings.quietVolume = 1.0;
    director.setSettings(settings);
    CHECK(director.update(5.0, MusicScene::Attract, {}).musicGain == Approx(0.8 * 0.5));

    director.setQuiet(false);
    CHECK(effectiveVolume(director.settings()) == Approx(0.8));
}

TEST_CASE("Music gain follows the fade and ducking, scaled by the volumes") {
    SoundDirector director(plainSettings());
    director.startMusic(0.0);
    CHECK(director.update(0.0, MusicScene::Attract, {}).musicGain == 0.0);
    CHECK(director.update(1.0, MusicScene::Attract, {}).musicGain == Approx(0.8 * 0.5 * 0.5));
    CHECK(director.update(2.0, MusicScene::Attract, {}).musicGain == Approx(0.8 * 0.5));
    CHECK(director.update(2.5, MusicScene::Visitor, {}).musicGain == Approx(0.8 * 0.5 * 0.5));
    CHECK(director.update(9.0, MusicScene::Visitor, {}).musicGain == Approx(0.8 * 0.5 * 0.2));
}

TEST_CASE("The same cue again within the gap is dropped, another cue is not") {
    SoundDirector director(plainSettings());
    CHECK(director.update(1.00, MusicScene::Visitor, {SoundCue::Tap}).cues.size() == 1);
    CHECK(director.update(1.03, MusicScene::Visitor, {SoundCue::Tap}).cues.empty());
    CHECK(director.update(1.04, MusicScene::Visitor, {SoundCue::Page}).cues.size() == 1);
    CHECK(director.update(1.07, MusicScene::Visitor, {SoundCue::Tap}).cues.size() == 1);
}

TEST_CASE("Volume 0 plays nothing at all") {
    SoundSettings settings = plainSettings();
    settings.volume = 0.0;
    SoundDirector director(settings);
    director.startMusic(0.0);
    const SoundCommands out = director.update(5.0, MusicScene::Attract, {SoundCue::Wake});
    CHECK(out.cues.empty());
    CHECK(out.musicGain == 0.0);
}

TEST_CASE("While speech plays the music falls further, and comes back after") {
    SoundSettings s = plainSettings();
    s.speechMusicLevel = 0.25;
    SoundDirector director(s);
    director.startMusic(0.0);
    const double full = director.update(3.0, MusicScene::Visitor, {}).musicGain;
    CHECK(director.update(3.1, MusicScene::Visitor, {}, true).musicGain == Approx(full * 0.25));
    CHECK(director.update(3.2, MusicScene::Visitor, {}, false).musicGain == Approx(full));
}
