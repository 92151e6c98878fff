#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "content/problem.hpp"

namespace kiosk {

// The few pack files the events sheet reads and writes, read as the pack's
// own checks read them: plain files inside the pack, strict JSON (a key given
// twice is an error), keys kept in their order.

constexpr const char* kPackManifestFile = "pack.json";

std::optional<nlohmann::ordered_json> readPackJson(const std::string& packDir,
                                                   const std::string& path, ProblemList& problems);
// The whole file, or nothing when it is not there; other failures are problems.
std::optional<std::string> readPackText(const std::string& packDir, const std::string& path,
                                        ProblemList& problems);
// pack.json's content.events, checked to be relative paths inside the pack.
std::vector<std::string> manifestEventsFiles(const nlohmann::ordered_json& manifest,
                                             ProblemList& problems);
// Replaces the file atomically (a temporary beside it, then a rename).
bool writePackText(const std::string& packDir, const std::string& path, const std::string& text,
                   ProblemList& problems);

}  // namespace kiosk
