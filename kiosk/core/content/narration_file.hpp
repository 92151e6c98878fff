#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/narration.hpp"
#include "content/pack_paths.hpp"
#include "content/problem.hpp"

namespace kiosk {

// The pack file of spoken texts, named in pack.json "content" as "narration":
//   {"voices": {"ja": "espeak-ng (ja) reading MeCab/NAIST readings", "en": ...},
//    "clips": [{"lang": "ja", "text": "これまでの歩み",
//               "file": "narration/ja/3f2a9c01ab12.ogg", "seconds": 1.42}, ...]}
constexpr const char* kNarrationFile = "narration.json";

struct NarrationFileClip {
    Language language = Language::Japanese;
    std::string text;
    std::string file;
    double seconds = 0.0;
};

struct NarrationFile {
    std::map<std::string, std::string> voices;  // language code -> who speaks
    std::vector<NarrationFileClip> clips;
};

// narration.json as `kiosk-pack build` writes it (one clip a line).
std::string narrationFileDocument(const NarrationFile& file);

// Reads narration.json into `out`, refusing by name a clip in an unknown
// language, a (language, text) given twice, a file outside the pack, not
// listed in pack.json, missing, or not OGG Vorbis that plays (a WAV named
// .ogg). `listed`: the manifest's files (empty for no listing check). With
// `checkClips` false a clip's Vorbis headers are not read (its place, listing
// and size still are).
void readNarrationFile(const std::string& root, const nlohmann::json& document,
                       const std::string& file, const ListedFiles& listed, NarrationIndex& out,
                       ProblemList& problems, bool checkClips = true);

}  // namespace kiosk
