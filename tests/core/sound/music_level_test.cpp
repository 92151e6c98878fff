// The attract music's level on a fake clock: fade in, ducking, return.
#include <catch2/catch.hpp>

#include "sound/music_level.hpp"

using namespace kiosk;

TEST_CASE("Music fades in over the fade-in time when the attract loop starts") {
    MusicLevel music(2.0, 0.8, 0.25);
    music.restart(10.0);
    CHECK(music.advance(10.0, MusicScene::Attract) == 0.0);
    CHECK(music.advance(10.5, MusicScene::Attract) == Approx(0.25));
    CHECK(music.advance(11.0, MusicScene::Attract) == Approx(0.5));
    CHECK(music.advance(11.9, MusicScene::Attract) == Approx(0.95));
    CHECK(music.advance(12.0, MusicScene::Attract) == Approx(1.0));
    CHECK(music.advance(20.0, MusicScene::Attract) == 1.0);  // holds, never overshoots
}

TEST_CASE("Music ducks while a visitor is there and comes back when they leave") {
    MusicLevel music(2.0, 0.8, 0.25);
    music.restart(0.0);
    music.advance(5.0, MusicScene::Attract);
    // Falls at the fade-out rate (the whole range in 0.8 s) and stops at the ducked level.
    CHECK(music.advance(5.4, MusicScene::Visitor) == Approx(0.5));
    CHECK(music.advance(5.6, MusicScene::Visitor) == Approx(0.25));
    CHECK(music.advance(60.0, MusicScene::Visitor) == Approx(0.25));
    // Back in the attract loop: rises at the fade-in rate.
    CHECK(music.advance(61.0, MusicScene::Attract) == Approx(0.75));
    CHECK(music.advance(61.5, MusicScene::Attract) == Approx(1.0));
}

TEST_CASE("Music turned off fades to silence rather than stopping dead") {
    MusicLevel music(1.0, 1.0, 0.25);
    music.restart(0.0);
    music.advance(1.0, MusicScene::Attract);
    CHECK(music.advance(1.5, MusicScene::Off) == Approx(0.5));
    CHECK(music.advance(3.0, MusicScene::Off) == 0.0);
}

TEST_CASE("A clock that steps back does not move the music level") {
    MusicLevel music(2.0, 0.8, 0.25);
    music.restart(100.0);
    music.advance(101.0, MusicScene::Attract);
    CHECK(music.advance(50.0, MusicScene::Attract) == Approx(0.5));
    CHECK(music.advance(51.0, MusicScene::Attract) == Approx(1.0));
}

TEST_CASE("Zero fade times jump straight to the target") {
    MusicLevel music(0.0, 0.0, 0.0);
    music.restart(0.0);
    CHECK(music.advance(0.0, MusicScene::Attract) == 1.0);
    CHECK(music.advance(0.0, MusicScene::Visitor) == 0.0);
}

TEST_CASE("New fade times keep the music where it is mid-fade") {
    MusicLevel music(2.0, 0.8, 0.25);
    music.restart(0.0);
    music.advance(1.0, MusicScene::Attract);
    music.configure(4.0, 0.8, 0.25);
    CHECK(music.level() == Approx(0.5));
    CHECK(music.advance(2.0, MusicScene::Attract) == Approx(0.75));
}
