#pragma once
#include "content/pack.hpp"

namespace kiosk {

// The headline figures of a pack, as the title screen and `kiosk-pack info` show them.
struct PackSummary {
    int events = 0;
    int associations = 0;
    int companies = 0;
    int memberMunicipalities = 0;  // distinct codes over all associations
    int firstYear = 0;
    int lastYear = 0;
};

PackSummary summarizePack(const Pack& pack);

}  // namespace kiosk
