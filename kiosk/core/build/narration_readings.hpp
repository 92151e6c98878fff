#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "build/narration_texts.hpp"
#include "speech_text/japanese_reader.hpp"
#include "speech_text/place_reading.hpp"

namespace kiosk {

// What the pack source says about reading its Japanese (readings/glossary.json
// and readings/ja.json): recurring terms, the prefectures' rules for 町 and 村,
// and a katakana reading for each text, which an author may correct.
struct ReadingSources {
    ReadingGlossary glossary;
    PlaceSuffixRules placeSuffixes;
    std::map<std::string, std::string> readings;  // text -> katakana, as stored
};

// MeCab run on many lines at once: one reading per line, in order; nothing when
// it could not run.
using MecabReader =
    std::function<std::optional<std::vector<std::string>>(const std::vector<std::string>& lines)>;

struct ReadingUpdate {
    // Every text that needs a Japanese reading, with it: the stored ones kept,
    // the others derived. Texts no longer in the pack are dropped.
    std::map<std::string, std::string> readings;
    size_t derived = 0;
    // Texts whose reading still holds kanji (MeCab knew no reading): an author
    // should give one in readings/ja.json.
    std::vector<std::string> withKanji;
};

// Readings for every text the Japanese voice says (a place by the pack's
// reading of it, where it has one): on the Japanese screens
// each one readInJapanese ("13" too), on the English ones each with kana or
// kanji ("日本語" on the language button): the stored one, else the kiosk's own reading of
// numbers, dates, counters and glossary terms with MeCab for the rest; a
// municipality's from MeCab's reading of its stem and its prefecture's rule.
// Nothing when MeCab is needed and cannot run.
std::optional<ReadingUpdate> updateReadings(const std::vector<NarrationText>& texts,
                                            const ReadingSources& sources,
                                            const MecabReader& mecab);

// One clip to make: what the voice says for a text.
struct NarrationLine {
    Language language = Language::Japanese;
    std::string text;   // as the screen shows it: the clip's key
    std::string voice;  // espeak-ng voice: "ja", "en-us" or "ko"
    std::string speak;  // katakana for "ja", words for "en-us" and "ko"
};

// What each text is spoken as: those updateReadings read, by their reading in
// the Japanese voice; other text as written in the English voice (a place by
// its English name as the screen shows it, "Tsumagoi Village").
std::vector<NarrationLine> narrationLines(const std::vector<NarrationText>& texts,
                                          const std::map<std::string, std::string>& readings);

}  // namespace kiosk
