#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "content/problem.hpp"
#include "system/plain_file.hpp"

namespace kiosk {

// A path inside a pack is relative, uses '/', and never leaves the pack. Returns
// an empty string when `path` is safe, otherwise what is wrong with it.
std::string packPathProblem(const std::string& path);

// Joins a pack root and a (safe) path inside it.
std::string joinPackPath(const std::string& root, const std::string& path);

// A file the pack's JSON names (a picture, a sound) at `file` `pointer`: a safe
// path, listed in pack.json (when `listed` is not empty), a plain file of at
// most `maxBytes`. Its full path, or nothing with the problem reported, naming
// it as `kind` ("image", "sound").
std::optional<std::string> checkReferencedFile(const std::string& root, const std::string& file,
                                               const std::string& pointer, const std::string& path,
                                               const std::set<std::string>& listed,
                                               const char* kind, uint64_t maxBytes,
                                               ProblemList& problems);

}  // namespace kiosk
