#pragma once
#include <string>
#include <vector>

#include <optional>

#include "build/narration_readings.hpp"
#include "build/narration_sources.hpp"
#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

struct NarrationBuildOptions {
    std::string sourceDir;       // its readings are read and written back here
    std::string previousOutput;  // a pack built before: its clips are reused by name
    int processes = 2;           // espeak-ng runs at once
    // Vorbis quality (-0.1 to 1). espeak-ng's formant speech at 16 kHz stays
    // clear at the lowest, about 17 kbit/s; each file also carries about 3.4 KB
    // of Vorbis headers, which the many short clips (names, numbers) feel most.
    float quality = -0.1f;
};

// Makes the narration of the built pack in `staging` (`pack`, loaded from
// it): readings for its Japanese (stored in the source, derived with MeCab
// where missing), the venue's recordings copied, every other text synthesised
// with espeak-ng and encoded to OGG Vorbis, and narration.json. A clip is named
// by a hash of its voice and what it says, so a rebuild only synthesises what
// changed. The paths it wrote go to `written`; false after reporting why.
bool buildNarration(const Pack& pack, const std::string& staging,
                    const NarrationBuildOptions& options, std::vector<std::string>& written,
                    ProblemList& problems);

// The clips of `lines` into `staging` with narration.json: recordings copied
// from the source, clips an earlier build made copied from it, the rest
// synthesised (their count in `synthesised`). Each file once, however many
// texts share it.
bool writeNarration(const std::vector<NarrationLine>& lines, const Recordings& recordings,
                    const std::string& staging, const NarrationBuildOptions& options,
                    std::vector<std::string>& written, size_t& synthesised, ProblemList& problems);

// MeCab (`mecab -Oyomi`, with the NAIST dictionary where installed) reading
// each line; nothing when it cannot run.
std::optional<std::vector<std::string>> runMecab(const std::vector<std::string>& lines);

}  // namespace kiosk
