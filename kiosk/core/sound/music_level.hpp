#pragma once

namespace kiosk {

// Where the music should be heading.
enum class MusicScene {
    Attract,  // nobody there: the attract loop's music at its full level
    Visitor,  // someone is using the kiosk: the music ducks
    Off,      // no music (fades out)
};

// The music's level, 0..1 of its full volume, moving toward the scene's target
// at a constant rate on the caller's clock: rising takes fadeInSeconds for the
// whole range, falling fadeOutSeconds. An animation value advanced by time.
class MusicLevel {
  public:
    MusicLevel(double fadeInSeconds, double fadeOutSeconds, double duckedLevel);

    // New fade times and ducked level; the level keeps its place mid-fade.
    void configure(double fadeInSeconds, double fadeOutSeconds, double duckedLevel);
    // Starts from silence at `now` (the attract loop starts: the music fades in).
    void restart(double now);
    // Moves the level toward the scene's target up to `now` and returns it.
    double advance(double now, MusicScene scene);
    double level() const { return level_; }
    // The level the scene aims for.
    double target(MusicScene scene) const;

  private:
    double fadeInSeconds_ = 0.0;
    double fadeOutSeconds_ = 0.0;
    double duckedLevel_ = 0.0;
    double level_ = 0.0;
    double lastTime_ = 0.0;
};

}  // namespace kiosk
