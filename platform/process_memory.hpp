#pragma once
#include <cstddef>

namespace kiosk::platform {

// How the C heap (glibc's malloc) is asked to behave, so that the kiosk's
// memory is what it uses rather than the high-water mark of its start-up.
struct HeapSettings {
    // Blocks of this size and more get mappings of their own, returned to the
    // system when freed. glibc raises this threshold by itself, up to 32 MB,
    // each time such a block is freed: the kiosk frees its font atlas's pixels
    // (tens of MB) once they are a texture, and from then on pictures, Mesa's
    // textures and the rasteriser's glyph buffers under that size came from
    // the arenas, which kept the pages once they were freed (over 140 MB at
    // 1920x1080 after a pass of the attract loop). Fixed, glibc leaves it be.
    size_t ownMappingBytes = 128u << 10;
    // Free memory at the top of an arena kept rather than given back at once:
    // a frame's large transient buffers come and go there, and giving them
    // back every frame cost a quarter more CPU on the map (page faults).
    // releaseFreeHeapPages() gives it back at chosen moments.
    size_t keptFreeTopBytes = 32u << 20;
};

// Call first thing in main(), before other threads start.
void configureHeap(const HeapSettings& settings);

// Gives the free pages every arena keeps back to the system (malloc_trim):
// for moments after which much of what was allocated has been freed, such as
// the first frame (the pack's load and the atlas's rasterising done) or a
// visitor waking the kiosk (the attract loop's working memory).
void releaseFreeHeapPages();

}  // namespace kiosk::platform
