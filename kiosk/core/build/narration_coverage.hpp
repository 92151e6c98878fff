#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// How much of what a visitor may hear a pack's narration covers, in one language.
struct NarrationCoverage {
    Language language = Language::Japanese;
    size_t texts = 0;                  // texts that should have a clip (narrationTexts)
    size_t covered = 0;                // of them, with one
    std::vector<std::string> missing;  // the others, in narrationTexts' order
    size_t clips = 0;                  // clips in this language
    double seconds = 0;                // their total length
    uint64_t bytes = 0;                // their files' size (each file once)
};

// For each language: `kiosk-pack validate` warns about what is missing and
// `kiosk-pack info` prints the rest.
std::vector<NarrationCoverage> narrationCoverage(const Pack& pack);

}  // namespace kiosk
