#pragma once
#include <map>
#include <string>
#include <utility>

#include "build/narration_readings.hpp"
#include "content/localized_text.hpp"
#include "content/problem.hpp"

namespace kiosk {

// Where a pack source keeps what its narration is made from.
constexpr const char* kGlossaryFile = "readings/glossary.json";
constexpr const char* kJapaneseReadingsFile = "readings/ja.json";
constexpr const char* kRecordingsFile = "narration/recordings.json";

// readings/glossary.json {"terms": {text: katakana}, "place_suffixes":
// {prefecture: {"町": katakana, "村": katakana}}} and readings/ja.json
// {text: katakana}; both optional. Problems name the file and pointer.
ReadingSources readReadingSources(const std::string& sourceDir, ProblemList& problems);

// readings/ja.json as the build writes it back: one text a line, sorted, so
// that an author's correction is a one-line change in version control.
std::string readingsDocument(const std::map<std::string, std::string>& readings);

// The venue's own recordings (narration/recordings.json {"recordings": [{"lang",
// "text", "file"}]}, the file an OGG inside the source): by language and text,
// the file's path inside the source. Optional.
using Recordings = std::map<std::pair<Language, std::string>, std::string>;
Recordings readRecordings(const std::string& sourceDir, ProblemList& problems);

}  // namespace kiosk
