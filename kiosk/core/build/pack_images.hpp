#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "geo/map_data.hpp"

namespace kiosk {

struct PackImageOptions {
    // Longer side of a partner region's silhouette.
    int silhouetteSide = 640;
    // Size of an event's title card: the attract loop shows it full screen
    // (cropped to cover), scaled up at most 1.5x on a 1920x1080 screen.
    int cardWidth = 1280;
    int cardHeight = 720;
};

// The pictures the pack builder made, by what shows them.
struct GeneratedImages {
    std::map<std::string, std::string> associations;  // association id -> path in the pack
    std::map<std::string, std::string> events;        // event id -> path in the pack
    // Where each drawn title card's subject is (the event's places and partners
    // lit on the map), so that a crop to another shape keeps it in view.
    std::map<std::string, PictureFocus> eventFocus;
    std::vector<std::string> paths;                   // every file written, in order
    // Cards already written, by their PNG bytes: events whose cards come out
    // the same (no places, no partners) share one file.
    std::map<std::string, std::string> cardsByContent;
    uint64_t bytes = 0;
};

// The pack's own pictures, drawn from the map so that the image path works
// without photographs: each association's silhouette (its members in its colour
// over its prefecture; transparent around it) as images/partners/<id>.png, and a
// title card for each highlighted event without a picture of its own (Japan
// with the event's associations and places lit, and the map's hub) as
// images/events/<id>.png (named after the first event, where several events'
// cards are alike). `pack` must have its associations' members.
bool generatePackImages(const Pack& pack, const MapData& map, const std::filesystem::path& root,
                        const PackImageOptions& options, GeneratedImages& out,
                        ProblemList& problems);

}  // namespace kiosk
