#pragma once

namespace kiosk::platform {

// Seconds since the kernel started this process (from /proc/self/stat, 10 ms
// resolution), so start-up figures include loading the binary and libraries.
// Negative when it cannot be read.
double secondsSinceProcessStart();

// Peak resident memory of this process in KiB (VmHWM), or -1.
long peakResidentKiB();

}  // namespace kiosk::platform
