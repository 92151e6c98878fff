#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// A string the kiosk may draw, with a name that tells an author where it is.
struct NamedText {
    std::string name;  // e.g. "events/2016.json: event 2016-04-26-… title (ja)"
    std::string text;
    // The language it is written in (collectPackTexts) or shown in
    // (collectShownTexts): Han characters take that language's forms (a
    // Chinese text's 直 is not a Japanese one's).
    Language language = Language::Japanese;
};

// Every visitor-facing string of the pack, in every language it has.
std::vector<NamedText> collectPackTexts(const Pack& pack);

// The languages a visitor can choose in `pack`: those its manifest declares,
// Japanese and English always among them, in allLanguages() order.
std::vector<Language> packLanguages(const Pack& pack);

// Every string a screen in each of `languages` may draw, tagged with that
// language: each text as `in(language)` gives it (its own, or the fallback a
// reader of it gets), and, where `beside` is given, as `in(beside(language))`
// too (a screen shows a few texts beside the visitor's language in another:
// the title slide's subtitle, "still there?"). Each string once per language.
// The glyph atlas builds a language's fonts from exactly these (every
// character in every face: which face a screen sets a text in is the
// screen's business), and the glyph check walks them.
std::vector<NamedText> collectShownTexts(const Pack& pack, const std::vector<Language>& languages,
                                         Language (*beside)(Language) = nullptr);

// Texts the application itself draws that do not come from the pack (digits,
// punctuation and words of dates and counters, each language's own name for
// the language list).
std::vector<NamedText> builtInTexts();

// `texts` once for each of `languages`, tagged with it: what every language's
// screens may draw (digits, the language list, the staff panel's words).
std::vector<NamedText> inEachLanguage(const std::vector<NamedText>& texts,
                                      const std::vector<Language>& languages);

// Which face of Noto Sans CJK's collection (NotoSansCJK-*.ttc in
// fonts-noto-cjk) draws a language's Han characters in its own forms: 0 the
// Japanese (ja, and en, whose Han characters are Japanese names), 1 Korean,
// 2 simplified Chinese, 3 traditional Chinese (Taiwan).
int notoCjkFace(Language language);

}  // namespace kiosk
