#pragma once
#include <optional>

#include "content/pack.hpp"

namespace kiosk {

// The years from the first partner agreement to the last, both included.
struct YearSpan {
    int first = 0;
    int last = 0;
    int count() const { return last - first + 1; }
};

// The span of the partner map's time-lapse, derived from the pack rather than
// stated in it: the years of every association's agreement date and of every
// `agreement` event that names an association. Unset when there are none.
std::optional<YearSpan> agreementYears(const Pack& pack);

}  // namespace kiosk
