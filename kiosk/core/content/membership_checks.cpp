#include "content/cross_checks.hpp"
#include "content/json_reader.hpp"

namespace kiosk {

namespace {

std::string suffixOf(const std::string& name) {
    // 市, 町 and 村 are three bytes each in UTF-8.
    return name.size() >= 3 ? name.substr(name.size() - 3) : std::string();
}

bool fitsKind(const Municipality& m, AssociationKind kind) {
    const std::string suffix = suffixOf(m.name);
    return kind == AssociationKind::Cities ? suffix == "市" : (suffix == "町" || suffix == "村");
}

}  // namespace

CalendarDate statsCountDate(int fiscalYear) {
    return CalendarDate{fiscalYear, 8, 1};
}

void checkMembership(const Pack& pack, ProblemList& problems) {
    const std::string& file = pack.manifest.content.partners;
    for (const auto& a : pack.associations) {
        const std::string ptr = childPointer("/associations", a.indexInFile);
        const int derived = static_cast<int>(a.members.size());
        if (derived != a.declaredMembers)
            problems.warning(file, ptr + "/declared_members",
                             a.name.ja + " declares " + std::to_string(a.declaredMembers) +
                                 " members; the boundary data yields " + std::to_string(derived) +
                                 " (every " +
                                 (a.kind == AssociationKind::Cities ? "市" : "町 and 村") +
                                 " of prefecture " + a.prefecture + ")");
        for (const auto& code : a.members) {
            if (code.compare(0, 2, a.prefecture) != 0)
                problems.warning(file, ptr + "/members",
                                 code + " lies outside prefecture " + a.prefecture);
            const Municipality* m = pack.findMunicipality(code);
            if (m && !fitsKind(*m, a.kind))
                problems.warning(
                    file, ptr + "/members",
                    code + " " + m->name + " is not a " +
                        (a.kind == AssociationKind::Cities ? "city (市)"
                                                           : "town or village (町・村)"));
        }
    }
}

void checkStats(const Pack& pack, ProblemList& problems) {
    const std::string& file = pack.manifest.content.stats;
    const Stats& stats = pack.stats;
    for (size_t s = 0; s < stats.series.size(); ++s) {
        const StatsSeries& series = stats.series[s];
        const std::string ptr = childPointer("/series", s);
        if (series.id == "wide_area") {
            for (size_t y = 0; y < series.values.size() && y < stats.years.size(); ++y) {
                const CalendarDate countDate = statsCountDate(stats.years[y].fiscalYear);
                int members = 0, declared = 0, associations = 0;
                for (const auto& a : pack.associations) {
                    if (countDate < a.agreementDate) continue;
                    members += static_cast<int>(a.members.size());
                    declared += a.declaredMembers;
                    ++associations;
                }
                const int stated = series.values[y].value_or(0);
                if (stated != members)
                    problems.warning(file, childPointer(ptr + "/values", y),
                                     stats.years[y].label.ja + " states " + std::to_string(stated) +
                                         "; the " + std::to_string(associations) +
                                         " associations with agreements by " + countDate.iso() +
                                         " have " + std::to_string(members) + " members (" +
                                         std::to_string(declared) + " declared)");
            }
        }
        if (!series.total) continue;
        for (size_t y = 0; y < series.values.size(); ++y) {
            if (!series.values[y]) continue;
            int sum = 0, largest = 0;
            for (const auto& other : stats.series) {
                if (other.total || y >= other.values.size() || !other.values[y]) continue;
                sum += *other.values[y];
                largest = std::max(largest, *other.values[y]);
            }
            const int total = *series.values[y];
            if (total > sum || total < largest)
                problems.warning(file, childPointer(ptr + "/values", y),
                                 "total " + std::to_string(total) +
                                     " is outside what the other rows allow (" +
                                     std::to_string(largest) + " to " + std::to_string(sum) + ")");
        }
    }
}

}  // namespace kiosk
