#pragma once
#include <cstddef>
#include <string>

namespace kiosk {

// Reads the whole of a small regular file given on the command line or in the
// configuration (a key, a script) into `out`. Anything else is refused before
// it is read: a device such as /dev/zero never ends, a FIFO blocks until
// someone writes to it, and a file over `maxBytes` is not the small file
// asked for. Returns what is wrong ("is not a regular file", "is 5000 bytes;
// expected at most 4096", "cannot be read: ..."), or an empty string; the
// caller names the file.
std::string readSmallFile(const std::string& path, size_t maxBytes, std::string& out);

}  // namespace kiosk
