#include "content/agreement_years.hpp"

#include <algorithm>

namespace kiosk {

std::optional<YearSpan> agreementYears(const Pack& pack) {
    std::optional<YearSpan> span;
    auto add = [&span](int year) {
        if (year <= 0) return;
        span = span ? YearSpan{std::min(span->first, year), std::max(span->last, year)}
                    : YearSpan{year, year};
    };
    for (const Association& a : pack.associations) add(a.agreementDate.year);
    // Companies' agreements are events too, but the time-lapse shows regions:
    // only an agreement with an association counts.
    for (const Event& e : pack.events)
        if (e.category == EventCategory::Agreement && !e.associations.empty() && e.date.known())
            add(e.date.start.year);
    return span;
}

}  // namespace kiosk
