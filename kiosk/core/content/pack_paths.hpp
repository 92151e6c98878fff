#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "content/problem.hpp"
#include "system/plain_file.hpp"

namespace kiosk {

// A path inside a pack is relative, uses '/', and never leaves the pack. Returns
// an empty string when `path` is safe, otherwise what is wrong with it.
std::string packPathProblem(const std::string& path);

// Joins a pack root and a (safe) path inside it.
std::string joinPackPath(const std::string& root, const std::string& path);

// The files pack.json lists, by path with their sizes. `lookedAt` when the
// manifest's verification has just found each one a plain file of that size
// in the pack folder: a reference to one then needs no second look (the
// narration's thousands of clips were as many walks through the folders).
struct ListedFiles {
    std::map<std::string, uint64_t> sizes;
    bool lookedAt = false;
};

// A file the pack's JSON names (a picture, a sound, a narration clip) at
// `file` `pointer`: a safe path, listed in pack.json (when `listed` is not
// empty), a plain file of at most `maxBytes`, looked at in the folder through
// `below` unless the listing already was. Its full path below `root`, or
// nothing with the problem reported, naming it as `kind` ("image", "sound").
std::optional<std::string> checkReferencedFile(PlainFilesBelow& below, const std::string& root,
                                               const std::string& file, const std::string& pointer,
                                               const std::string& path, const ListedFiles& listed,
                                               const char* kind, uint64_t maxBytes,
                                               ProblemList& problems);

}  // namespace kiosk
