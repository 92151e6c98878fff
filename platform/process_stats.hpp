#pragma once

namespace kiosk::platform {

// What a long run of the kiosk must keep flat, read from /proc/self (the soak
// prints them at its start and end). -1 when they cannot be read.

// Resident memory now (VmRSS) in KiB.
long residentKiB();
// The C heap as glibc's malloc sees it (mallinfo2), in KiB: what is allocated
// and what is free but still held, in the main and thread arenas and in mmaps.
struct HeapKiB {
    long inUse = -1;   // allocated chunks (uordblks + hblkhd)
    long free = -1;    // free chunks the arenas keep (fordblks)
    long arenas = -1;  // bytes obtained by sbrk/mmap for the arenas (arena)
};
HeapKiB heapKiB();
// Open file descriptors (entries of /proc/self/fd, less the one reading it).
int openFileDescriptors();

}  // namespace kiosk::platform
