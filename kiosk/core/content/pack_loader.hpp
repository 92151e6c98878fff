#pragma once
#include <optional>
#include <string>

#include "content/cross_checks.hpp"
#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

struct PackLoadOptions {
    // A source pack (input of `kiosk-pack build`): no file list, associations
    // give a membership rule instead of members.
    bool sourcePack = false;
    // Check every file's size and SHA-256 against the manifest.
    bool verifyFiles = true;
    // Decode every image to prove it is readable.
    bool checkImages = true;
    // Hash every sound file (.ogg, .wav) and read each narration clip's Vorbis
    // headers. The kiosk's start-up turns it off and compares only their
    // sizes: thousands of clips (45 MB in the default pack) were most of its
    // load time, the install or build already hashed and checked them, and a
    // clip that cannot be played is logged and skipped where it plays.
    bool checkSounds = true;
    // Fonts to check glyph coverage against: the regular one (body and
    // caption faces) and the bold one (title and display); no check when empty.
    std::string fontPath;
    std::string boldFontPath;
    ImageLimits imageLimits;
};

struct PackLoadResult {
    std::optional<Pack> pack;  // set only when there are no errors
    ProblemList problems;
};

// The one way content enters the kiosk: reads and checks the pack in `root`.
// On any error the result holds no pack, so the caller keeps its last good one.
PackLoadResult loadPack(const std::string& root, const PackLoadOptions& options = {});

}  // namespace kiosk
