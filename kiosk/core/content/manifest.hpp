#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "content/json_reader.hpp"
#include "content/pack.hpp"
#include "content/pack_paths.hpp"
#include "content/problem.hpp"

namespace kiosk {

constexpr int kPackSchemaVersion = 1;
constexpr const char* kManifestFile = "pack.json";

// Reads the manifest. `requireFileList` is false for a source pack, whose file
// list `kiosk-pack build` derives.
bool parseManifest(const nlohmann::json& document, bool requireFileList, Manifest& out,
                   ProblemList& problems);

// pack.json "hub" and "overview_omits" (part of parseManifest). A pack without
// them was built before they existed, for Tokyo's 23 wards: it is read as
// legacyMapFacts() say, with a warning for each one missing.
void readMapFacts(JsonReader& reader, const nlohmann::json& document, MapFacts& out);
MapFacts legacyMapFacts();

// The files the manifest lists, with their sizes, not yet looked at.
ListedFiles listedFiles(const Manifest& manifest);

// Checks every listed file's size and SHA-256 against the pack folder, and that
// every content file is listed. With `hashSounds` false, sound files (.ogg,
// .wav) are checked by their size only, looked at by name without being opened.
void verifyManifestFiles(const std::string& packRoot, const Manifest& manifest,
                         ProblemList& problems, bool hashSounds = true);

// Every path the manifest's content section names, in a stable order.
std::vector<std::string> contentPaths(const PackContentFiles& content);

}  // namespace kiosk
