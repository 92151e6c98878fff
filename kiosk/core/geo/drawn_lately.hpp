#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

namespace kiosk {

// Entries kept for each map on screen (MovingMaps' plans, the map painter's
// tiles of its textures), each with the map's `owner` and the last `frame` it
// was drawn in. Drops those of maps drawn neither in the frame before `frame`
// nor in it, as the layer cache frees a map's textures in the first frame it
// is not drawn; all of them when the count starts again (a new ImGui context).
template <typename Entry>
void forgetMapsNotDrawnLately(std::vector<Entry>& entries, uint64_t frame) {
    entries.erase(
        std::remove_if(entries.begin(), entries.end(),
                       [frame](const Entry& e) { return e.frame + 1 < frame || e.frame > frame; }),
        entries.end());
}

// The owner's entry, or null.
template <typename Entry>
Entry* keptFor(std::vector<Entry>& entries, uint64_t owner) {
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [owner](const Entry& e) { return e.owner == owner; });
    return it == entries.end() ? nullptr : &*it;
}

}  // namespace kiosk
