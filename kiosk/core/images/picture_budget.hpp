#pragma once
#include <cstdint>

namespace kiosk {

// The least budget, for small windows: a screen of cards is not decoded again
// while it scrolls.
constexpr uint64_t kLeastPictureBudget = 16ull << 20;

// The picture cache's byte budget on a screen of `width` x `height` pixels:
// what the next slides need. Pictures are decoded at the size they are shown
// (4 bytes a pixel), a slide's picture `slideZoom` times the screen each way
// so that it stays sharp as it zooms, and rounded up to 64 pixels. The attract
// loop draws two slides at once in a push transition while it decodes the
// next: three slides' pictures; and a screenful more for the smaller pictures
// of the visitors' screens (cards, logos) while a visitor goes back and forth.
// It grows with the screen, so it holds on a 4K screen (42 MB a slide's
// picture) where a fixed 96 MB was under three slides, and it is what bounds
// the cache: about 40 MB at 1920x1080 where it was 96 MB.
uint64_t pictureCacheBudget(int width, int height, float slideZoom);

}  // namespace kiosk
