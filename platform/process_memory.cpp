#include "process_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kiosk::platform {

void configureHeap(const HeapSettings& settings) {
#if defined(__GLIBC__)
    // Setting either turns off glibc's own adjustment of both.
    mallopt(M_MMAP_THRESHOLD, int(settings.ownMappingBytes));
    mallopt(M_TRIM_THRESHOLD, int(settings.keptFreeTopBytes));
#else
    (void)settings;
#endif
}

void releaseFreeHeapPages() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace kiosk::platform
