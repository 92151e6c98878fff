#pragma once
#include <string>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

class FontCoverage;

// Checks across the files of a loaded pack. Disagreements between facts (counts,
// names, dates) are warnings: the pack still loads, and each one is reported, never
// silently resolved. Broken references are errors.
void checkReferences(const Pack& pack, ProblemList& problems);
void checkTimeline(const Pack& pack, ProblemList& problems);
void checkMembership(const Pack& pack, ProblemList& problems);
void checkStats(const Pack& pack, ProblemList& problems);
void checkPlaceNames(const Pack& pack, ProblemList& problems);
// With a map: every association member and every event place in a mapped
// prefecture has a region to show.
void checkMap(const Pack& pack, ProblemList& problems);
// Every character of the pack's texts is in the font file at `path`, the file
// of the faces `fontLabel` names ("bold font (title, display)"), in the face
// of each language the text is shown in (notoCjkFace; a file with one face
// serves all): the kiosk sets any text in any face, so each font file must
// draw them all. One warning per character and language. False when the file
// does not open.
bool checkGlyphs(const Pack& pack, const std::string& path, const std::string& fontLabel,
                 ProblemList& problems);

struct ImageLimits {
    int maxWidth = 8192;
    int maxHeight = 8192;
    long long maxPixels = 40'000'000;
    size_t maxFileBytes = 32u << 20;
    // Decode every picture to prove it is readable (kiosk-pack). The kiosk only
    // reads the headers: its packs passed the full check before they were signed
    // and their bytes are verified, and it decodes each picture off the render
    // thread anyway (a broken one shows as its placeholder), so a start-up does not
    // pay for decoding every picture of the pack.
    bool decode = true;
};
void checkImages(const Pack& pack, const ImageLimits& limits, ProblemList& problems);

// Every sound theme.json names is listed, present, small enough and a WAV or
// OGG Vorbis file by its header (the kiosk decodes it only when it plays).
void checkSounds(const Pack& pack, ProblemList& problems);

// JSON pointer of an event inside its file.
std::string eventPointer(const Event& event);

// The count date of a fiscal year's partner statistics: 1 August (see stats.json notes).
CalendarDate statsCountDate(int fiscalYear);

}  // namespace kiosk
