#pragma once

namespace kiosk::platform {

// What a long run of the kiosk must keep flat, read from /proc/self (the soak
// prints them at its start and end). -1 when they cannot be read.

// Resident memory now (VmRSS) in KiB.
long residentKiB();
// Open file descriptors (entries of /proc/self/fd, less the one reading it).
int openFileDescriptors();

}  // namespace kiosk::platform
