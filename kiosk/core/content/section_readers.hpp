#pragma once
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// Each reader turns one pack file into model values, reporting every problem
// with its file and JSON pointer. They check shape and values of a single file;
// checks across files live in cross_checks.

void readEventsFile(const nlohmann::json& document, const std::string& file,
                    std::vector<Event>& out, ProblemList& problems);

// `sourcePack`: associations carry a membership rule, not a member list.
void readPartnersFile(const nlohmann::json& document, const std::string& file, bool sourcePack,
                      std::vector<Association>& associations, std::vector<Company>& companies,
                      ProblemList& problems);

void readStatsFile(const nlohmann::json& document, const std::string& file, Stats& out,
                   ProblemList& problems);

void readPlaylistFile(const nlohmann::json& document, const std::string& file,
                      std::vector<Slide>& out, ProblemList& problems);

// schedule.json (optional): on hours, per-date overrides, quiet hours.
void readScheduleFile(const nlohmann::json& document, const std::string& file, PackSchedule& out,
                      ProblemList& problems);

void readThemeFile(const nlohmann::json& document, const std::string& file, Theme& out,
                   ProblemList& problems);
// theme.json "high_contrast" (optional): colours that replace those of `out`
// (the kiosk's own high-contrast set) one by one.
void readHighContrastColors(const nlohmann::json& document, const std::string& file, Theme& out,
                            ProblemList& problems);

void readStringsFile(const nlohmann::json& document, const std::string& file,
                     std::map<std::string, LocalizedText>& out, ProblemList& problems);

void readMunicipalitiesFile(const nlohmann::json& document, const std::string& file,
                            std::vector<Municipality>& out, ProblemList& problems);

// "map.bin": null after reporting a missing, oversized or malformed file
// (the decoder's message says what is wrong and at which byte). `facts`, from
// pack.json, go with the shapes.
std::shared_ptr<const MapData> readMapFile(const std::string& root, const std::string& path,
                                           const MapFacts& facts, ProblemList& problems);

// Shared value checks.
bool isStableId(const std::string& id);
bool isLocalGovernmentCode(const std::string& code);
bool parseHexColor(const std::string& text, uint32_t& out);

}  // namespace kiosk
