#pragma once
#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// Event titles are distinct within a timeline year, in every language the pack
// offers: a visitor scrolling a year tells its events apart by their titles, so
// two events titled only "区長会総会" hide what each one decided. Each repeat is a
// warning on the later event, naming the earlier one. A title left empty in a
// language (it falls back to another) is not compared.
void checkDistinctTitles(const Pack& pack, ProblemList& problems);

}  // namespace kiosk
