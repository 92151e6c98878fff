#include "content/pack_info.hpp"

#include <cmath>

#include "content/pack_summary.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

json coverageJson(const std::vector<LanguageCoverage>& coverage) {
    json out = json::array();
    for (const auto& c : coverage)
        out.push_back({{"language", languageCode(c.language)},
                       {"declared", c.declared},
                       {"texts", c.texts},
                       {"present", c.present},
                       {"percent", std::round(c.percent() * 10.0) / 10.0}});
    return out;
}

}  // namespace

json packInfoJson(const Pack& pack, const ProblemList& problems,
                  const std::vector<LanguageCoverage>& coverage) {
    json info;
    info["id"] = pack.manifest.id;
    info["version"] = pack.manifest.version;
    info["title"] = {{"ja", pack.manifest.title.ja}, {"en", pack.manifest.title.en}};
    info["events"] = pack.events.size();

    json byYear = json::object(), byCategory = json::object();
    for (EventCategory c : allCategories()) byCategory[categoryId(c)] = 0;
    std::optional<CalendarDate> first, last;
    int unknownDates = 0;
    for (const auto& e : pack.events) {
        const int year = e.date.timelineYear();
        const std::string key = year ? std::to_string(year) : "unknown";
        byYear[key] = byYear.value(key, 0) + 1;
        byCategory[categoryId(e.category)] = byCategory[categoryId(e.category)].get<int>() + 1;
        if (!e.date.known()) {
            ++unknownDates;
            continue;
        }
        if (!first || e.date.start < *first) first = e.date.start;
        if (!last || *last < e.date.end) last = e.date.end;
    }
    info["events_by_year"] = byYear;
    info["events_by_category"] = byCategory;
    info["events_with_unknown_date"] = unknownDates;
    info["first_date"] = first ? json(first->iso()) : json(nullptr);
    info["last_date"] = last ? json(last->iso()) : json(nullptr);

    json associations = json::array();
    for (const auto& a : pack.associations)
        associations.push_back({{"id", a.id},
                                {"name_ja", a.name.ja},
                                {"name_en", a.name.en},
                                {"agreement_date", a.agreementDate.iso()},
                                {"declared_members", a.declaredMembers},
                                {"derived_members", a.members.size()}});
    info["associations"] = associations;
    const PackSummary summary = summarizePack(pack);
    info["member_municipalities"] = summary.memberMunicipalities;
    info["companies"] = pack.companies.size();
    info["languages"] = pack.manifest.languages;
    info["language_coverage"] = coverageJson(coverage);
    json warnings = json::array();
    for (const auto& w : problems.warnings()) warnings.push_back(w.format());
    info["warnings"] = warnings;
    return info;
}

}  // namespace kiosk
