#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace kiosk::fuzz {

// The loaders a hostile pack reaches, each fed arbitrary bytes the way the
// kiosk reads them: through a real file in a scratch folder, so the size and
// nesting limits and the parser run exactly as they do for a pack. Shared by
// the libFuzzer targets (clang, KIOSK_FUZZ) and the replay test (any compiler).

struct Outcome {
    // The file on its own read without errors (checks across files aside:
    // one section alone misses what the others would provide).
    bool fileAccepted = false;
    size_t errors = 0;  // all of them, checks across files included
};

// The pack's section files. The first byte picks the reader (events,
// partners, stats, playlist, theme, strings, municipalities, by its value
// modulo 7); the rest is the file. What the reader accepts then goes through
// the checks across files.
Outcome packSection(const uint8_t* data, size_t size);
// pack.json, with its file list required as in a built pack.
Outcome manifest(const uint8_t* data, size_t size);
// An event image, checked and decoded as the loader does (stb_image).
Outcome image(const uint8_t* data, size_t size);
// The picture check short of decoding: signature, header and structure (PNG
// chunks and checksums, JPEG segments to the end marker). Accepted when all pass.
Outcome pictureHeader(const uint8_t* data, size_t size);
// A sound decoded to its end as the loader does (WAV chunks, OGG Vorbis).
Outcome sound(const uint8_t* data, size_t size);

// The section readers' names in the order of packSection's first byte.
const char* sectionName(uint8_t selector);
constexpr int kSectionCount = 7;

}  // namespace kiosk::fuzz
