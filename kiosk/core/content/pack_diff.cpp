#include "content/pack_diff.hpp"

#include <algorithm>
#include <set>

namespace kiosk {

namespace {

void setDifference(const std::set<std::string>& a, const std::set<std::string>& b,
                   std::vector<std::string>& onlyInA) {
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyInA));
}

std::set<std::string> eventIds(const Pack& p) {
    std::set<std::string> ids;
    for (const auto& e : p.events) ids.insert(e.id);
    return ids;
}

// Every partner municipality, as "code name" so staff can read it.
std::set<std::string> partnerMunicipalities(const Pack& p) {
    std::set<std::string> out;
    for (const auto& a : p.associations)
        for (const auto& code : a.members) {
            const Municipality* m = p.findMunicipality(code);
            out.insert(m ? code + " " + m->name : code);
        }
    return out;
}

bool isImagePath(const std::string& path) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    for (const char* ext : {".png", ".jpg", ".jpeg"}) {
        const std::string e = ext;
        if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
            return true;
    }
    return false;
}

std::set<std::string> images(const Pack& p) {
    std::set<std::string> out;
    for (const auto& f : p.manifest.files)
        if (isImagePath(f.path)) out.insert(f.path);
    return out;
}

std::string line(const char* kind, const std::vector<std::string>& added,
                 const std::vector<std::string>& removed, size_t examples) {
    std::string s = std::string(kind) + ": +" + std::to_string(added.size()) + " −" +
                    std::to_string(removed.size());
    std::vector<std::string> shown;
    for (size_t i = 0; i < added.size() && shown.size() < examples; ++i)
        shown.push_back("+" + added[i]);
    for (size_t i = 0; i < removed.size() && shown.size() < examples; ++i)
        shown.push_back("−" + removed[i]);
    if (!shown.empty()) {
        s += " (";
        for (size_t i = 0; i < shown.size(); ++i) s += (i ? ", " : "") + shown[i];
        if (added.size() + removed.size() > shown.size()) s += ", …";
        s += ")";
    }
    return s;
}

}  // namespace

bool PackDiff::empty() const {
    return eventsAdded.empty() && eventsRemoved.empty() && municipalitiesAdded.empty() &&
           municipalitiesRemoved.empty() && imagesAdded.empty() && imagesRemoved.empty();
}

std::vector<std::string> PackDiff::summary(size_t examples) const {
    std::vector<std::string> out;
    if (!eventsAdded.empty() || !eventsRemoved.empty())
        out.push_back(line("events", eventsAdded, eventsRemoved, examples));
    if (!municipalitiesAdded.empty() || !municipalitiesRemoved.empty())
        out.push_back(line("municipalities", municipalitiesAdded, municipalitiesRemoved, examples));
    if (!imagesAdded.empty() || !imagesRemoved.empty())
        out.push_back(line("images", imagesAdded, imagesRemoved, examples));
    return out;
}

PackDiff diffPacks(const Pack& before, const Pack& after) {
    PackDiff d;
    const auto e0 = eventIds(before), e1 = eventIds(after);
    setDifference(e1, e0, d.eventsAdded);
    setDifference(e0, e1, d.eventsRemoved);
    const auto m0 = partnerMunicipalities(before), m1 = partnerMunicipalities(after);
    setDifference(m1, m0, d.municipalitiesAdded);
    setDifference(m0, m1, d.municipalitiesRemoved);
    const auto i0 = images(before), i1 = images(after);
    setDifference(i1, i0, d.imagesAdded);
    setDifference(i0, i1, d.imagesRemoved);
    return d;
}

}  // namespace kiosk
