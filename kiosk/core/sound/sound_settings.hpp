#pragma once

namespace kiosk {

// How loud the kiosk is and how its music moves. A plain struct: the
// configuration file, the staff panel and --volume fill it in.
struct SoundSettings {
    // Master volume, 0 (silent) to 1 (full). Scales every sound.
    double volume = 0.8;
    // True during the schedule's quiet hours: quietVolume replaces volume.
    bool quiet = false;
    // Master volume during quiet hours, 0 (silent, the default) to 1. Never
    // louder than `volume`.
    double quietVolume = 0.0;
    // Background music of the attract loop, as a fraction of the master volume
    // (0 turns the music off). Gentle, so that taps stay clear above it.
    double musicVolume = 0.35;
    // Seconds the music takes to rise from silence to its full level when the
    // attract loop starts (and to return from ducking).
    double musicFadeInSeconds = 2.0;
    // Seconds the music takes to fall from its full level to silence; ducking
    // falls at the same rate.
    double musicFadeOutSeconds = 0.8;
    // Music level while a visitor is using the kiosk, as a fraction of its full
    // level (0 fades it out entirely).
    double duckedMusicLevel = 0.25;
    // While speech plays, the music falls further to this fraction of the
    // level it would have, so that every word is heard over it.
    double speechMusicLevel = 0.3;
    // Touch-feedback and screen-change sounds, as a fraction of the master volume.
    double cueVolume = 1.0;
    // The same cue again within this many seconds is dropped: a burst of taps
    // gives one click, not a rattle.
    double minCueGapSeconds = 0.06;
};

// The master volume that applies now (quiet hours included), 0..1.
double effectiveVolume(const SoundSettings& settings);

}  // namespace kiosk
