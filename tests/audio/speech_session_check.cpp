// Checks the sound of speech_session.script as `kiosk --sound-out` wrote it:
// speech starts as the kiosk wakes and as the access screen opens, standing
// well above the music, and a touch silences it within a tenth of a second.
//   speech_session_check FILE.wav   (exit 0 when all holds; each failure printed)
#include <cstdio>
#include <string>

#include "sound/pcm_audio.hpp"
#include "sound/wav_file.hpp"

using namespace kiosk;

namespace {
// The script's moments (see its comments).
constexpr double kWake = 2.017, kAccessSpoken = 8.2, kStop = 9.717;
// The tap's click comes on the frame after its release.
constexpr double kClick = 9.8;
// The music during a visit, ducked, measures 0.005 to 0.012 RMS in 0.2 s
// windows of this mix with no speech (the same session on a pack without
// narration); speech, with the music lowered under it, stands well above.
constexpr double kSpeaking = 0.03, kSilent = 0.02;
// The cues that share the timeline: the wake chime lasts 0.9 s, the page
// turn 0.32 s (assets/sounds); speech is measured clear of them.
constexpr double kWakeSound = 0.9, kPageSound = 0.32;
}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: speech_session_check FILE.wav\n");
        return 2;
    }
    PcmAudio audio;
    std::string error;
    if (!readWav(argv[1], audio, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    int failures = 0;
    const auto expect = [&](bool ok, const std::string& what) {
        std::printf("%s: %s\n", ok ? "ok" : "FAILED", what.c_str());
        if (!ok) ++failures;
    };
    const auto rms = [&](double from, double to) { return rmsLevel(audio, from, to); };
    const auto level = [](double rms) { return " (RMS " + std::to_string(rms) + ")"; };

    const double offer = rms(kWake + kWakeSound, kWake + kWakeSound + 1.5);
    expect(offer > kSpeaking, "the offer is spoken after waking" + level(offer));
    const double opening = rms(kAccessSpoken + kPageSound, kAccessSpoken + kPageSound + 0.2);
    expect(opening > kSpeaking,
           "the access screen is spoken as it opens, speech off or not" + level(opening));
    const double before = rms(kStop - 0.5, kStop);
    expect(before > kSpeaking, "... and still is when the touch comes" + level(before));
    const double after = rms(kStop + 0.005, kClick - 0.005);
    expect(after < kSilent, "a touch silences it within a tenth of a second" + level(after));
    return failures == 0 ? 0 : 1;
}
