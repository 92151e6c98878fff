#pragma once
#include <map>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "places/place_names.hpp"

namespace kiosk {

// Gives every municipality and prefecture of the boundary data its name in
// each language and its reading, from the pack source's places.json
// (`places`, by code): derivePlaceName for each, with `chinese` for the
// Chinese forms. Reports, as warnings naming places.json, the code and the
// name: a place it has no reading for, a reading that does not fit its name,
// and a name that is not the boundary data's.
void nameMunicipalities(std::vector<Municipality>& municipalities,
                        const std::map<std::string, PlaceSource>& places,
                        const ChineseConverter& chinese, ProblemList& problems);

}  // namespace kiosk
