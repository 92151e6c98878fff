// Checks the sound of sound_session.script as `kiosk --sound-out` wrote it:
// exactly three cues, each at the time the script's comments give, the
// attract music rising from silence, and the music ducked during the visit.
//   sound_session_check FILE.wav   (exit 0 when all holds; each failure printed)
#include <cmath>
#include <cstdio>
#include <vector>

#include "sound/pcm_audio.hpp"
#include "sound/wav_file.hpp"

using namespace kiosk;

namespace {

constexpr double kWindow = 0.02;
// A cue's start raises the level of a 20 ms window by 0.1 or more over the one
// before; the music's own notes by about 0.02 at most (measured on this mix).
constexpr double kOnsetJump = 0.06;
constexpr double kTolerance = 0.03;  // seconds: about one window plus a frame

// Times where the level jumps like a cue starting; jumps within 0.3 s of one
// another belong to the same sound.
std::vector<double> onsets(const PcmAudio& audio) {
    std::vector<double> found;
    double previous = 0.0;
    for (double t = 0.0; t + kWindow <= audio.seconds(); t += kWindow) {
        const double level = rmsLevel(audio, t, t + kWindow);
        if (level - previous > kOnsetJump && (found.empty() || t - found.back() > 0.3))
            found.push_back(t);
        previous = level;
    }
    return found;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: sound_session_check FILE.wav\n");
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

    // wake, page (the language list), page (back on Home; see the script).
    const std::vector<double> expected = {3.017, 5.2, 7.3};
    const std::vector<double> found = onsets(audio);
    std::string list;
    for (double t : found) list += (list.empty() ? "" : ", ") + std::to_string(t);
    expect(found.size() == expected.size(), "three sounds start; found at [" + list + "] s");
    for (size_t i = 0; i < expected.size() && i < found.size(); ++i)
        expect(std::abs(found[i] - expected[i]) <= kTolerance,
               "sound " + std::to_string(i + 1) + " starts at " + std::to_string(found[i]) +
                   " s; expected " + std::to_string(expected[i]) + " s");

    const double start = rmsLevel(audio, 0.0, 0.1), risen = rmsLevel(audio, 1.6, 1.9);
    expect(start < 0.003 && risen > 5 * start + 0.01,
           "the attract music fades in from silence (RMS " + std::to_string(start) +
               " at 0-0.1 s, " + std::to_string(risen) + " at 1.6-1.9 s)");
    const double attract = rmsLevel(audio, 2.4, 2.9), visit = rmsLevel(audio, 4.3, 4.9);
    expect(visit < 0.5 * attract, "the music ducks during the visit (RMS " +
                                      std::to_string(attract) + " at 2.4-2.9 s, " +
                                      std::to_string(visit) + " at 4.3-4.9 s)");
    return failures == 0 ? 0 : 1;
}
