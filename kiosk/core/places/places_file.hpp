#pragma once
#include <map>
#include <string>

#include "content/problem.hpp"
#include "places/place_names.hpp"

namespace kiosk {

// The pack source's list of places (places.json, see content/README.md): by
// local-government code (PP000 for a prefecture), each one's name, its reading
// in kana and any name an author gives in place of a derived one:
//   {"source": "...", "licence": "MIT",
//    "places": {"10425": {"name": "嬬恋村", "kana": "つまごいむら"},
//               "19208": {"name": "南アルプス市", "kana": "みなみあるぷすし",
//                         "en": "Minami-Alps City"}}}
constexpr const char* kPlacesFile = "places.json";

// Reads `file` under `sourceRoot`; every problem goes to `problems` with its
// place. A source without the file has no readings (an empty map, no problem).
std::map<std::string, PlaceSource> readPlacesFile(const std::string& sourceRoot,
                                                  const std::string& file, ProblemList& problems);

}  // namespace kiosk
