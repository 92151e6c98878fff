#pragma once
#include <string>

namespace kiosk {

// A path inside a pack is relative, uses '/', and never leaves the pack. Returns
// an empty string when `path` is safe, otherwise what is wrong with it.
std::string packPathProblem(const std::string& path);

// Joins a pack root and a (safe) path inside it.
std::string joinPackPath(const std::string& root, const std::string& path);

}  // namespace kiosk
