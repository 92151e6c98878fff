#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// What a new pack changes against the one on screen, for staff to see before
// it goes live: events, partner municipalities and images added and removed.
struct PackDiff {
    std::vector<std::string> eventsAdded, eventsRemoved;                  // event ids
    std::vector<std::string> municipalitiesAdded, municipalitiesRemoved;  // "code name"
    std::vector<std::string> imagesAdded, imagesRemoved;                  // pack paths
    bool empty() const;
    // A line per kind that changed: "events: +3 −1 (2023-04-01-…, …)".
    std::vector<std::string> summary(size_t examples = 3) const;
};

PackDiff diffPacks(const Pack& before, const Pack& after);

}  // namespace kiosk
