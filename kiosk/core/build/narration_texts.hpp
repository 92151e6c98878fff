#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// A text a visitor may hear, in one language, exactly as the screen shows it.
struct NarrationText {
    Language language = Language::Japanese;
    std::string text;
    // A municipality or prefecture name as the language's screens show it
    // (嬬恋村, Tsumagoi Village): read by the pack's reading of it where it has
    // one, else by MeCab with its prefecture's rule for 町 and 村.
    bool place = false;
    std::string prefecture{};  // of a municipality: 北海道, 群馬県, ...; empty otherwise
    std::string reading{};     // of a place: its reading in the pack (hiragana), if any
};

// Every text of `pack` that gets a clip, in each language, each once, in a
// stable order (content/README.md lists them): every ui string (a template's
// literal pieces: "{n} of {total}" gives "of"), each event's title, summary and
// date as the event screen formats it, each association's name, members line
// and agreement date, each company's name and agreement date, each municipality
// and prefecture the map and partners screens name, the numbers screen's
// labels and figures, and composedNumbers(pack).
std::vector<NarrationText> narrationTexts(const Pack& pack);

// The languages narration is made in, of those the pack offers: Japanese,
// English and Korean, whose voices espeak-ng carries. Debian's espeak-ng
// reads no Chinese characters (its Mandarin voice spells them out letter by
// letter), so Chinese screens have no narration until a venue records one.
std::vector<Language> narratedLanguages(const Pack& pack);

// The largest count a screen composes at run time from clips of numbers: 200,
// or more where the pack has more events ("3 of 160") or members of one
// association.
int largestComposedNumber(const Pack& pack);

// The numbers with a clip each, as std::to_string writes them: 0 to
// largestComposedNumber, and every year, figure and total the screens fill
// into a template ("{first}年から{last}年まで", the about screen's facts).
std::vector<std::string> composedNumbers(const Pack& pack);

// The literal pieces of a ui string's template, trimmed of spaces and of the
// punctuation between them: "{total}件中{n}件目" gives 件中 and 件目, "{n} of
// {total}" gives "of". A string without placeholders is one piece.
std::vector<std::string> templatePieces(const std::string& pattern);

}  // namespace kiosk
