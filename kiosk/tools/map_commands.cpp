#include "map_commands.hpp"

#include <cstdio>

#include "content/pack_loader.hpp"
#include "geo/map_lookup.hpp"
#include "system/data_dir.hpp"

namespace kiosk {

MapCommands::MapCommands(CLI::App& app) {
    where_ = app.add_subcommand(
        "where", "Print the code and name of the municipality at a place (to tag event places)");
    where_->add_option("LAT", lat_, "Latitude in degrees (JGD2011/WGS84), e.g. 36.516")
        ->required()
        ->check(CLI::Range(-90.0, 90.0));
    where_->add_option("LON", lon_, "Longitude in degrees, e.g. 138.530")
        ->required()
        ->check(CLI::Range(-180.0, 180.0));
    where_->add_option("--pack", packDir_,
                       "Pack whose map to use (default: the built-in pack, share/kiosk/content/default "
                       "beside kiosk-pack's bin folder)");
}

bool MapCommands::parsed() const {
    return where_->parsed();
}

int MapCommands::run() const {
    PackLoadOptions options;
    options.checkImages = false;  // only the map is needed
    const std::string packDir = packDir_.empty() ? ownDataDir() + "/content/default" : packDir_;
    const PackLoadResult result = loadPack(packDir, options);
    if (!result.pack) {
        for (const auto& p : result.problems.errors()) std::printf("%s\n", p.format().c_str());
        std::fprintf(stderr, "%s: not a pack the kiosk would load\n", packDir.c_str());
        return 1;
    }
    if (!result.pack->map) {
        std::fprintf(stderr, "%s: the pack has no map (pack.json content \"map\")\n",
                     packDir.c_str());
        return 1;
    }
    const MapPlace place = placeAt(*result.pack->map, lon_, lat_);
    if (place.municipality) {
        std::printf("%s %s\n", place.municipality->code.c_str(), place.municipality->name.c_str());
        return 0;
    }
    if (place.prefecture) {
        // Tokyo's map has its 23 wards only: there the prefecture is partly mapped.
        const std::string prefix = place.prefecture->code.substr(0, 2);
        bool partlyMapped = false;
        for (const auto& region : result.pack->map->municipalities.regions)
            partlyMapped = partlyMapped || region.code.compare(0, 2, prefix) == 0;
        std::printf("%s %s (prefecture; %s)\n", place.prefecture->code.c_str(),
                    place.prefecture->name.c_str(),
                    partlyMapped ? "the map has some of its municipalities, not this one"
                                 : "municipalities of this prefecture are not in the map");
        return 0;
    }
    std::fprintf(stderr, "no municipality at %g, %g\n", lat_, lon_);
    return 1;
}

}  // namespace kiosk
