// Every text the kiosk shows, in every language it comes in, laid out at every
// width from 4 to 60 characters: no line-breaking rule is broken anywhere. The
// rules are written out here again, apart from the breaker's own tables, so
// that a mark dropped from those is caught.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "content/pack_loader.hpp"
#include "content/pack_texts.hpp"
#include "fixed_width.hpp"
#include "support/temp_pack.hpp"
#include "text/line_breaker.hpp"
#include "text/utf8.hpp"

using namespace kiosk;

namespace {

constexpr int kNarrowest = 4;
constexpr int kWidest = 60;

// What no line but a paragraph's first may start with, in any language:
// closing brackets and quotes, full stops, commas, colons, middle dots, small
// kana, the long vowel mark, dashes, percent signs.
const std::u32string kNeverStarts =
    U"。，、；：？！）」』】〕》〉”’．）］｝｣､｡･)]}.,;:?!·・‧﹐﹑﹒﹔﹕﹖﹗﹚"
    U"ぁぃぅぇぉっゃゅょァィゥェォッャュョーｰ々…～–—%％℃";
// What no line but a paragraph's last may end with: opening brackets and
// quotes, and currency signs (they stay with their amount).
const std::u32string kNeverEnds = U"（「『【〔《〈“‘([{｢﹙￥¥$€£＄₩";

bool has(const std::u32string& set, char32_t c) {
    return set.find(c) != std::u32string::npos;
}
bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t';
}
bool isHangul(char32_t c) {
    return c >= 0xAC00 && c <= 0xD7AF;
}
// Latin, digits and their punctuation: what is written with spaces.
bool isSpaced(char32_t c) {
    return c > U' ' && c < 0x2E80 && !(c >= 0x1100 && c <= 0x11FF);
}

float widthOf(std::u32string_view s) {
    float sum = 0;
    for (char32_t c : s) sum += test::kFixedWidth(c);
    return sum;
}

// The run around text[i - 1] and text[i] of characters that `inRun` accepts,
// with the opening brackets before it and the closing marks after it, which
// cannot be parted from it ("（{created}）", "「MARUGOTO").
std::u32string_view runAround(std::u32string_view text, size_t i, bool (*inRun)(char32_t)) {
    size_t from = i, to = i;
    while (from > 0 && inRun(text[from - 1])) --from;
    while (to < text.size() && inRun(text[to])) ++to;
    while (from > 0 && has(kNeverEnds, text[from - 1])) --from;
    while (to < text.size() && has(kNeverStarts, text[to])) ++to;
    return text.substr(from, to - from);
}
bool notSpace(char32_t c) {
    return !isSpace(c);
}

// A word that may only break where it is wider than the line: a Korean word
// (between spaces), a Latin word or number with its punctuation, a run of Hangul.
bool keptWhole(std::u32string_view text, size_t i, WordBreaks breaks, float maxWidth) {
    const char32_t before = text[i - 1], after = text[i];
    if (isSpace(before)) return true;
    const bool joiner = before == U'–' || before == U'—' || before == U'·' || before == U'・';
    if (joiner) return true;  // breaking after a dash or dot joining words is fine
    if (breaks == WordBreaks::AtSpaces) return widthOf(runAround(text, i, notSpace)) > maxWidth;
    if (isSpaced(before) && isSpaced(after))
        return widthOf(runAround(text, i, isSpaced)) > maxWidth;
    if (isHangul(before) && isHangul(after))
        return widthOf(runAround(text, i, isHangul)) > maxWidth;
    return true;
}

struct Break {
    size_t at;          // index in the text of the new line's first character
    bool newParagraph;  // after a "\n": not a break the breaker chose
};

// Where each line begins in `text`, or an empty list when the lines are not
// the text with the spaces at the breaks dropped.
std::vector<Break> breaksOf(std::u32string_view text, const std::vector<std::string>& lines) {
    std::vector<Break> out;
    size_t pos = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
        bool paragraph = k == 0;
        if (k > 0) {
            while (pos < text.size() && isSpace(text[pos])) ++pos;
            if (pos < text.size() && text[pos] == U'\n') paragraph = true, ++pos;
        }
        const std::u32string line = decodeUtf8(lines[k]);
        if (text.substr(pos, line.size()) != line) return {};
        out.push_back({pos, paragraph});
        pos += line.size();
    }
    while (pos < text.size() && (isSpace(text[pos]) || text[pos] == U'\n')) ++pos;
    return pos == text.size() ? out : std::vector<Break>{};
}

// One line's problems: too wide without a hanging mark, or a forbidden start
// or end at a break the breaker chose.
void checkLine(std::u32string_view text, const std::u32string& line, const Break& start,
               const Break* next, float previousWidth, float maxWidth,
               std::vector<std::string>& problems) {
    const auto say = [&](const std::string& what) { problems.push_back(what); };
    const float width = widthOf(line);
    const bool hangs = line.size() > 1 && has(kNeverStarts, line.back()) && line.back() != U'–' &&
                       line.back() != U'—' && !isSpace(line[line.size() - 2]) &&
                       width - test::kFixedWidth(line.back()) <= maxWidth;
    if (width > maxWidth && !hangs && line.size() > 1) say("overflows");
    if (!start.newParagraph && has(kNeverStarts, line.front())) {
        // A spaced mark ("A – B", "A · B") moves down only when the line before
        // could not hold it.
        const bool spacedMark =
            isSpace(text[start.at - 1]) &&
            previousWidth + test::kFixedWidth(U' ') + test::kFixedWidth(line.front()) > maxWidth;
        if (!spacedMark) say("starts with a mark that may not start a line");
    }
    if (next && !next->newParagraph && has(kNeverEnds, line.back()))
        say("ends with a mark that may not end a line");
}

std::u32string withUnixNewlines(const std::string& utf8) {
    std::u32string text;
    for (char32_t c : decodeUtf8(utf8)) {
        if (c == U'\n' && !text.empty() && text.back() == U'\r') text.pop_back();
        text += c == U'\r' ? U'\n' : c;
    }
    return text;
}

// The problems of `lines`, laid out from `text` in a box `maxWidth` wide.
std::vector<std::string> problemsOf(const std::string& utf8, const std::vector<std::string>& lines,
                                    WordBreaks breaks, float maxWidth) {
    const std::u32string text = withUnixNewlines(utf8);
    const std::vector<Break> starts = breaksOf(text, lines);
    if (starts.size() != lines.size()) return {"lines are not the text"};
    std::vector<std::string> problems;
    float previousWidth = 0;
    for (size_t k = 0; k < starts.size(); ++k) {
        std::vector<std::string> found;
        const std::u32string line = decodeUtf8(lines[k]);
        if (line.empty()) continue;
        checkLine(text, line, starts[k], k + 1 < starts.size() ? &starts[k + 1] : nullptr,
                  previousWidth, maxWidth, found);
        previousWidth = widthOf(line);
        if (!starts[k].newParagraph && !keptWhole(text, starts[k].at, breaks, maxWidth))
            found.push_back("splits a word that fits on a line");
        for (const std::string& f : found) problems.push_back(f + ": " + lines[k]);
    }
    return problems;
}

// Every problem of `text` laid out at every width, as "width: problem: line".
std::vector<std::string> problemsAtEveryWidth(const std::string& text, WordBreaks breaks) {
    std::vector<std::string> problems;
    for (int chars = kNarrowest; chars <= kWidest; ++chars) {
        const float maxWidth = float(chars) * 10.0f;
        const LaidOutText laid = layoutText(text, TextBox{maxWidth, 0}, test::kFixedWidth, breaks);
        for (const std::string& p : problemsOf(text, laid.lines, breaks, maxWidth))
            problems.push_back(std::to_string(chars) + " characters: " + p);
    }
    return problems;
}

// How the kiosk lays out a text of `language`: Japanese and Chinese break
// between ideographs, English and Korean at their spaces.
WordBreaks wordBreaksFor(Language language) {
    return usesHanWithoutSpaces(language) ? WordBreaks::BetweenIdeographs : WordBreaks::AtSpaces;
}

void requireNoProblems(const std::string& where, const std::string& text, WordBreaks breaks,
                       int& failures) {
    const std::vector<std::string> problems = problemsAtEveryWidth(text, breaks);
    if (problems.empty()) return;
    // A few texts' first problems say enough; the count says the rest.
    if (++failures <= 10)
        FAIL_CHECK(where << ": " << problems.size() << " problems, first " << problems.front()
                         << "\n  in " << text);
}

}  // namespace

TEST_CASE("Every text of the default pack keeps the line-breaking rules at every width") {
    PackLoadOptions options;
    options.verifyFiles = false;
    options.checkImages = false;
    const PackLoadResult loaded = loadPack(test::defaultPackDir(), options);
    REQUIRE(loaded.pack.has_value());
    std::map<Language, int> textsPerLanguage;
    int failures = 0;
    for (const NamedText& named : collectPackTexts(*loaded.pack)) {
        ++textsPerLanguage[named.language];
        requireNoProblems(named.name, named.text, wordBreaksFor(named.language), failures);
        // English is laid out by the ideographic rules too while screens still do.
        if (named.language == Language::English)
            requireNoProblems(named.name, named.text, WordBreaks::BetweenIdeographs, failures);
    }
    CHECK(failures == 0);
    CHECK(textsPerLanguage[Language::Japanese] > 500);
    CHECK(textsPerLanguage[Language::English] > 500);
}

TEST_CASE("Chinese and Korean sentences of the pack keep the line-breaking rules at every width") {
    std::ifstream in(test::sourceDir() + "/tests/core/text/cjk_sentences.json");
    REQUIRE(in);
    const nlohmann::json sentences = nlohmann::json::parse(in);
    int failures = 0;
    for (const Language language :
         {Language::ChineseSimplified, Language::ChineseTraditional, Language::Korean}) {
        const char* code = languageCode(language);
        REQUIRE(sentences[code].size() >= 10);
        for (const std::string text : sentences[code])
            requireNoProblems(code, text, wordBreaksFor(language), failures);
    }
    CHECK(failures == 0);
}

TEST_CASE("The sweep sees each kind of broken rule") {
    using test::Lines;
    const auto problems = [](const std::string& text, const Lines& lines, float maxWidth,
                             WordBreaks breaks = WordBreaks::BetweenIdeographs) {
        return problemsOf(text, lines, breaks, maxWidth);
    };
    // The breaks the line breaker made before these rules.
    CHECK(problems("Taito–Sumida–Tokachi Week", {"Taito–Sumida", "–Tokachi Week"}, 70) ==
          Lines{"starts with a mark that may not start a line: –Tokachi Week"});
    CHECK(problems("Tickets ￥1,000 each", {"Tickets ￥", "1,000 each"}, 50) ==
          Lines{"ends with a mark that may not end a line: Tickets ￥"});
    CHECK(problems("地方创生“城镇·人·工作”", {"地方创生“城镇", "·人·工作”"}, 70) ==
          Lines{"starts with a mark that may not start a line: ·人·工作”"});
    CHECK(problems("계속 보시겠습니까?", {"계속 보시겠", "습니까?"}, 80, WordBreaks::AtSpaces) ==
          Lines{"splits a word that fits on a line: 습니까?"});
    CHECK(problems("in TOKYO", {"in TO", "KYO"}, 60) ==
          Lines{"splits a word that fits on a line: KYO"});
    CHECK(problems("特別区全国連携", {"特別区全国連携"}, 60) == Lines{"overflows: 特別区全国連携"});
    CHECK(problems("特別区", {"特別", "区区"}, 60) == Lines{"lines are not the text"});
    // What the rules allow: a hanging full stop, a spaced dash the line could
    // not hold, a break after a dash joining words, a word wider than the line.
    CHECK(problems("決定した。", {"決定した。"}, 40).empty());
    CHECK(problems("Wards – Kyo", {"Wards", "– Kyo"}, 35).empty());
    CHECK(problems("Wards – Kyo", {"Wards", "– Kyo"}, 40) ==
          Lines{"starts with a mark that may not start a line: – Kyo"});
    CHECK(problems("Taito–Sumida", {"Taito–", "Sumida"}, 40).empty());
    CHECK(problems("광역연계협정", {"광역연계", "협정"}, 40, WordBreaks::AtSpaces).empty());
}
