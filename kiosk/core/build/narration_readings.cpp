#include "build/narration_readings.hpp"

#include <algorithm>
#include <set>

#include "places/kana.hpp"

namespace kiosk {

namespace {

// A text still to read: how the kiosk splits it, and where its MeCab pieces go.
struct PendingReading {
    std::string text;
    std::vector<ReadingPiece> pieces;
    size_t firstLine = 0, lineCount = 0;
    // A municipality: its parts, and the line of its stem.
    bool municipality = false;
    PlaceNameParts parts;
    std::string prefecture;
};

PendingReading plan(const NarrationText& t, const ReadingGlossary& glossary,
                    std::vector<std::string>& lines) {
    PendingReading p;
    p.text = t.text;
    if (t.place && !t.prefecture.empty()) {
        p.parts = splitPlaceName(t.text);
        if (!p.parts.suffix.empty()) {
            p.municipality = true;
            p.prefecture = t.prefecture;
            p.pieces = {{p.parts.stem, ""}};
        }
    }
    if (!p.municipality) p.pieces = prereadJapanese(t.text, glossary);
    p.firstLine = lines.size();
    for (const auto& piece : p.pieces)
        if (piece.forMecab()) lines.push_back(piece.text);
    p.lineCount = lines.size() - p.firstLine;
    return p;
}

}  // namespace

std::optional<ReadingUpdate> updateReadings(const std::vector<NarrationText>& texts,
                                            const ReadingSources& sources,
                                            const MecabReader& mecab) {
    ReadingUpdate update;
    std::vector<PendingReading> pending;
    std::vector<std::string> lines;
    std::set<std::string> planned;
    for (const auto& t : texts) {
        const bool japanese =
            t.language == Language::Japanese ? readInJapanese(t.text) : hasJapaneseScript(t.text);
        if (!japanese || !planned.insert(t.text).second) continue;
        if (t.place && !t.reading.empty()) {  // the pack's own reading of the place
            update.readings[t.text] = toKatakana(t.reading);
            continue;
        }
        const auto stored = sources.readings.find(t.text);
        if (stored != sources.readings.end() && !stored->second.empty()) {
            update.readings[t.text] = stored->second;
            continue;
        }
        pending.push_back(plan(t, sources.glossary, lines));
    }
    std::vector<std::string> read;
    if (!lines.empty()) {
        auto result = mecab(lines);
        if (!result || result->size() != lines.size()) return std::nullopt;
        read = std::move(*result);
    }
    for (const auto& p : pending) {
        const std::vector<std::string> mine(read.begin() + long(p.firstLine),
                                            read.begin() + long(p.firstLine + p.lineCount));
        const std::string reading = p.municipality
                                        ? municipalityReading(p.parts, joinReading(p.pieces, mine),
                                                              p.prefecture, sources.placeSuffixes)
                                        : joinReading(p.pieces, mine);
        update.readings[p.text] = reading;
        ++update.derived;
    }
    for (const auto& [text, reading] : update.readings)
        if (readingHasKanji(reading)) update.withKanji.push_back(text);
    return update;
}

std::vector<NarrationLine> narrationLines(const std::vector<NarrationText>& texts,
                                          const std::map<std::string, std::string>& readings) {
    std::vector<NarrationLine> lines;
    for (const auto& t : texts) {
        NarrationLine line{t.language, t.text, "en-us", t.text};
        const auto reading = readings.find(t.text);
        // Korean texts are read as written; a Japanese name left in one
        // (a fallback) takes the Japanese voice below.
        if (t.language == Language::Korean && !hasJapaneseScript(t.text)) line.voice = "ko";
        if (t.place && t.language == Language::English && !hasJapaneseScript(t.text)) {
            // Spoken, not written: the apostrophe of Shin'onsen only confuses a voice.
            line.speak.erase(std::remove(line.speak.begin(), line.speak.end(), '\''),
                             line.speak.end());
        } else if ((t.language == Language::Japanese ? readInJapanese(t.text)
                                                     : hasJapaneseScript(t.text)) &&
                   reading != readings.end()) {
            line.voice = "ja";
            line.speak = reading->second;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace kiosk
