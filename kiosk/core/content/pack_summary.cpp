#include "content/pack_summary.hpp"

#include <set>

namespace kiosk {

PackSummary summarizePack(const Pack& pack) {
    PackSummary s;
    s.events = static_cast<int>(pack.events.size());
    s.associations = static_cast<int>(pack.associations.size());
    s.companies = static_cast<int>(pack.companies.size());
    std::set<std::string> members;
    for (const auto& a : pack.associations) members.insert(a.members.begin(), a.members.end());
    s.memberMunicipalities = static_cast<int>(members.size());
    for (const auto& e : pack.events) {
        if (!e.date.known()) continue;
        if (s.firstYear == 0 || e.date.start.year < s.firstYear) s.firstYear = e.date.start.year;
        if (e.date.end.year > s.lastYear) s.lastYear = e.date.end.year;
    }
    return s;
}

}  // namespace kiosk
