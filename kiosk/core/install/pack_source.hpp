#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "content/problem.hpp"

namespace kiosk {

// Bounds on what a pack may hold, so that a hostile stick cannot fill the disk
// or keep the kiosk busy for hours before it is refused.
struct PackLimits {
    size_t maxFiles = 20000;               // files listed in pack.json (or entries in an archive)
    uint64_t maxFileBytes = 2ull << 30;    // one file
    uint64_t maxTotalBytes = 16ull << 30;  // the whole pack
    size_t maxManifestBytes = 16u << 20;   // pack.json
};

// Receives a file's bytes in order; returns false to stop.
using ChunkSink = std::function<bool(const unsigned char* data, size_t size)>;

// Where a pack is read from: a folder or an archive file. Reading goes through
// this face only, and it hands out plain files only: symbolic links, devices,
// pipes and paths that leave the pack are refused, whatever the source holds.
class PackSource {
  public:
    virtual ~PackSource() = default;
    // The folder or archive, as the caller named it.
    virtual const std::string& location() const = 0;
    // The size of a plain file at `path` (a checked pack path), or nothing with
    // the reason in `why` ("file is missing", "is a symbolic link; ...").
    virtual std::optional<uint64_t> fileSize(const std::string& path, std::string& why) const = 0;
    // Streams the file to `sink`; false with `why` when it cannot be read whole.
    virtual bool readFile(const std::string& path, const ChunkSink& sink,
                          std::string& why) const = 0;
};

// Reads a whole file of at most `maxBytes`; false with `why` otherwise.
bool readWholeFile(const PackSource& source, const std::string& path, size_t maxBytes,
                   std::string& out, std::string& why);

// A pack folder.
std::unique_ptr<PackSource> openPackFolder(const std::string& dir, std::string& why);

// A folder, or a regular file taken as a pack archive (uncompressed ustar, by
// convention named *.kpack or *.tar). Problems with the archive itself come
// back in `problem`, placed at the archive's file name.
std::unique_ptr<PackSource> openPackSource(const std::string& path, const PackLimits& limits,
                                           Problem& problem);

}  // namespace kiosk
