#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "content/problem.hpp"
#include "install/pack_source.hpp"

namespace kiosk {

// A pack archive is an uncompressed POSIX ustar file (GNU tar's plain "ustar  "
// headers are read too), written for example by
//   tar --format=ustar -cf pack.kpack -C PACKDIR .
// The reader is small and strict rather than general: regular files and
// folders only (no links, devices or pax/GNU extension records), no absolute
// paths, no "..", every header checksummed, sizes within PackLimits, and the
// end-of-archive marker required, so a truncated copy is told apart from a
// whole one. The pack may sit at the archive's root or in one top folder.
struct TarEntry {
    uint64_t offset = 0;  // of the data, in the archive file
    uint64_t size = 0;
};

struct TarIndex {
    std::map<std::string, TarEntry> files;  // pack path -> data
    std::set<std::string> folders;
};

// Reads every header of the archive open at `fd` (`size` bytes). Returns what
// is wrong (naming the entry), or an empty string.
std::string indexTarArchive(int fd, uint64_t size, const PackLimits& limits, TarIndex& out);

// The archive at `path` as a pack source; problems are placed at `path`.
std::unique_ptr<PackSource> openPackArchive(const std::string& path, const PackLimits& limits,
                                            Problem& problem);

}  // namespace kiosk
