#pragma once
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

// Terms the pack uses again and again, with the readings MeCab gets wrong or
// that the project wants said one way (特別区 トクベツク, 町村会 チョウソンカイ,
// 区長会 クチョウカイ). Longest match wins, so 特別区長会 can be a term of its own.
struct ReadingGlossary {
    std::vector<std::pair<std::string, std::string>> terms;  // text, katakana reading
};

// A stretch of a Japanese text: either read already (a number, a date, a
// counter, a glossary term) or left for MeCab (`reading` empty).
struct ReadingPiece {
    std::string text;
    std::string reading;
    bool forMecab() const { return reading.empty(); }
};

// Splits `text` into what the kiosk reads itself and what MeCab reads:
// "令和元年度" レイワガンネンド, "平成28年（2016年）9月16日"
// ヘイセイニジュウハチネン、ニセンジュウロクネン、クガツジュウロクニチ, "1,105件"
// センヒャクゴケン, glossary terms; everything else in pieces for MeCab.
std::vector<ReadingPiece> prereadJapanese(const std::string& text, const ReadingGlossary& glossary);

// The pieces' readings joined into what espeak-ng's Japanese voice speaks:
// brackets and the middle dot become a pause (、), "～" becomes カラ, spaces go.
// `mecab` holds the readings of the pieces left for MeCab, in order.
std::string joinReading(const std::vector<ReadingPiece>& pieces,
                        const std::vector<std::string>& mecab);

// True when the text has no kana or kanji at all ("English" on the language
// button): it is spoken in English even on the Japanese screen.
bool hasJapaneseScript(const std::string& text);

// True when a text on the Japanese screens is read in Japanese: it has kana or
// kanji, or no Latin letters at all ("13", "2016"). "English" on the language
// button is not: the English voice says it.
bool readInJapanese(const std::string& text);

// True when `reading` still holds kanji (MeCab knew no reading for a word):
// espeak-ng would skip or spell it, so the author should give one.
bool readingHasKanji(const std::string& reading);

}  // namespace kiosk
