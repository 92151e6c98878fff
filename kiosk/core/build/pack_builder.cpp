#include "build/pack_builder.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "build/geo_municipalities.hpp"
#include "build/map_builder.hpp"
#include "build/pack_images.hpp"
#include "content/json_reader.hpp"
#include "content/manifest.hpp"
#include "content/pack_loader.hpp"
#include "content/pack_paths.hpp"
#include "content/sha256.hpp"
#include "content/strict_json.hpp"

namespace kiosk {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kMunicipalitiesFile = "municipalities.json";
constexpr const char* kGeoFile = "municipalities-designated-city-s0001.geojson";
constexpr const char* kMapFile = "map.bin";

bool writeText(const fs::path& path, const std::string& text, ProblemList& problems) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        problems.error(path.string(), "", "cannot write");
        return false;
    }
    return true;
}

std::string dumpJson(const json& document) {
    return document.dump(2, ' ', false) + "\n";
}

json municipalitiesDocument(const std::vector<Municipality>& municipalities) {
    json list = json::array();
    for (const auto& m : municipalities)
        list.push_back({{"code", m.code}, {"prefecture", m.prefecture}, {"name", m.name}});
    return {{"source", "国土数値情報（行政区域データ）2021-01-01, 国土交通省"},
            {"municipalities", list}};
}

// Rewrites partners.json with each association's derived member list.
bool derivePartners(const fs::path& sourceRoot, const std::string& partnersPath,
                    const std::vector<Association>& associations,
                    const std::vector<Municipality>& municipalities, json& partners,
                    ProblemList& problems) {
    auto document = readJsonFile(sourceRoot.string(), partnersPath, problems);
    if (!document) return false;
    partners = *document;
    auto& list = partners["associations"];
    for (size_t i = 0; i < list.size() && i < associations.size(); ++i) {
        std::vector<std::string> members = deriveMembers(associations[i], municipalities);
        if (members.empty())
            problems.warning(
                partnersPath, childPointer("/associations", i),
                associations[i].name.ja + ": the boundary data yields no members for its rule");
        list[i]["members"] = members;
    }
    return true;
}

// The map of the associations' prefectures and of Tokyo, whose 23 wards are the
// hub the map connects them to.
std::optional<MapData> writeMap(const PackBuildOptions& options, const Pack& pack,
                                const std::vector<Municipality>& municipalities,
                                const fs::path& staging, ProblemList& problems) {
    MapBuildOptions mapOptions = options.map;
    mapOptions.geoDir = options.geoDir;
    mapOptions.prefectures = {"13"};
    for (const auto& a : pack.associations) mapOptions.prefectures.push_back(a.prefecture);
    auto map = buildMapData(mapOptions, municipalities, options.triangulate, problems);
    if (!map || !writeText(staging / kMapFile, encodeMapData(*map), problems)) return {};
    return map;
}

// Draws the pack's own pictures from the map and names them in partners.json.
bool drawPackImages(const Pack& pack, const MapData& map,
                    const std::vector<Municipality>& municipalities, const fs::path& staging,
                    GeneratedImages& generated, json& partners, ProblemList& problems) {
    Pack withMembers = pack;
    for (auto& a : withMembers.associations) a.members = deriveMembers(a, municipalities);
    if (!generatePackImages(withMembers, map, staging, {}, generated, problems)) return false;
    auto& list = partners["associations"];
    for (size_t i = 0; i < list.size() && i < pack.associations.size(); ++i) {
        const auto it = generated.associations.find(pack.associations[i].id);
        if (it != generated.associations.end()) list[i]["image"] = it->second;
    }
    return true;
}

// The events files that name a generated title card, rewritten (key order kept).
std::map<std::string, std::string> eventFilesWithImages(const fs::path& sourceRoot,
                                                        const Pack& pack,
                                                        const GeneratedImages& generated) {
    std::map<std::string, nlohmann::ordered_json> documents;
    for (const Event& e : pack.events) {
        const auto image = generated.events.find(e.id);
        if (image == generated.events.end()) continue;
        if (!documents.count(e.file)) {
            std::ifstream in(sourceRoot / e.file, std::ios::binary);
            ProblemList ignored;  // the loader has read and checked this file already
            documents[e.file] =
                parseStrictOrderedJson({std::istreambuf_iterator<char>(in), {}}, e.file, ignored)
                    .value_or(nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded));
        }
        auto& document = documents[e.file];
        if (document.is_object() && document["events"].is_array() &&
            e.indexInFile < document["events"].size())
            document["events"][e.indexInFile]["image"] = image->second;
    }
    std::map<std::string, std::string> texts;
    for (const auto& [file, document] : documents)
        if (document.is_object()) texts[file] = document.dump(2, ' ', false) + "\n";
    return texts;
}

}  // namespace

bool buildPack(const PackBuildOptions& options, ProblemList& problems) {
    const fs::path sourceRoot(options.sourceDir);
    PackLoadOptions sourceOptions;
    sourceOptions.sourcePack = true;
    sourceOptions.verifyFiles = false;
    sourceOptions.checkImages = true;
    PackLoadResult source = loadPack(options.sourceDir, sourceOptions);
    problems.append(source.problems);
    if (!source.pack) return false;
    const Pack& pack = *source.pack;

    const std::vector<Municipality> municipalities =
        readGeoMunicipalities((fs::path(options.geoDir) / kGeoFile).string(), problems);
    if (municipalities.empty()) return false;

    // Build next to the output and swap it in only when it loads.
    const fs::path output(options.outputDir);
    const fs::path staging = output.string() + ".building";
    std::error_code ec;
    fs::remove_all(staging, ec);
    fs::create_directories(staging);

    json partners;
    if (!derivePartners(sourceRoot, pack.manifest.content.partners, pack.associations,
                        municipalities, partners, problems))
        return false;
    // The map, and the pictures drawn from it.
    GeneratedImages generated;
    if (options.triangulate) {
        const std::optional<MapData> map =
            writeMap(options, pack, municipalities, staging, problems);
        if (!map ||
            !drawPackImages(pack, *map, municipalities, staging, generated, partners, problems))
            return false;
    }
    const std::map<std::string, std::string> rewrittenEvents =
        eventFilesWithImages(sourceRoot, pack, generated);

    auto manifestDocument = readJsonFile(options.sourceDir, kManifestFile, problems);
    if (!manifestDocument) return false;
    json manifest = *manifestDocument;
    manifest["content"]["municipalities"] = kMunicipalitiesFile;

    // Every file of the built pack, in a stable order.
    std::vector<std::string> paths = pack.manifest.content.events;
    for (const std::string& p : {pack.manifest.content.partners, pack.manifest.content.stats,
                                 pack.manifest.content.playlist, pack.manifest.content.theme,
                                 pack.manifest.content.strings, pack.manifest.content.schedule})
        if (!p.empty()) paths.push_back(p);
    std::set<std::string> images;
    for (const auto& e : pack.events)
        if (!e.image.empty()) images.insert(e.image);
    for (const auto& a : pack.associations)
        if (!a.image.empty()) images.insert(a.image);
    paths.insert(paths.end(), images.begin(), images.end());
    for (const auto& [name, path] : pack.theme.sounds)
        if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);

    for (const auto& path : paths) {
        if (path == pack.manifest.content.partners) {
            if (!writeText(staging / path, dumpJson(partners), problems)) return false;
            continue;
        }
        if (const auto it = rewrittenEvents.find(path); it != rewrittenEvents.end()) {
            if (!writeText(staging / path, it->second, problems)) return false;
            continue;
        }
        fs::create_directories((staging / path).parent_path());
        fs::copy_file(sourceRoot / path, staging / path, fs::copy_options::overwrite_existing, ec);
        if (ec) {
            problems.error(path, "", "cannot copy into the built pack: " + ec.message());
            return false;
        }
    }
    if (!writeText(staging / kMunicipalitiesFile, dumpJson(municipalitiesDocument(municipalities)),
                   problems))
        return false;
    paths.push_back(kMunicipalitiesFile);
    paths.insert(paths.end(), generated.paths.begin(), generated.paths.end());
    if (options.triangulate) {
        paths.push_back(kMapFile);
        manifest["content"]["map"] = kMapFile;
    } else {
        manifest["content"].erase("map");
    }

    json files = json::array();
    for (const auto& path : paths) {
        const fs::path full = staging / path;
        files.push_back({{"path", path},
                         {"size", fs::file_size(full)},
                         {"sha256", sha256OfFile(full.string()).value_or("")}});
    }
    manifest["files"] = files;
    if (!writeText(staging / kManifestFile, dumpJson(manifest), problems)) return false;

    PackLoadOptions builtOptions;
    builtOptions.fontPath = options.fontPath;
    PackLoadResult built = loadPack(staging.string(), builtOptions);
    // The source's warnings are already listed; add what only the built pack shows.
    std::set<std::string> seen;
    for (const auto& p : problems.all()) seen.insert(p.format());
    for (const auto& p : built.problems.all()) {
        if (seen.count(p.format())) continue;
        if (p.severity == Problem::Severity::Error)
            problems.error(p.file, p.pointer, p.message);
        else
            problems.warning(p.file, p.pointer, p.message);
    }
    if (!built.pack) return false;

    fs::remove_all(output, ec);
    fs::rename(staging, output, ec);
    if (ec) {
        problems.error(output.string(), "",
                       "cannot move the built pack into place: " + ec.message());
        return false;
    }
    return true;
}

}  // namespace kiosk
