#include "places/korean_transcription.hpp"

#include <map>

#include "places/kana.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

// A kana syllable in Hangul at the start of a word and inside it, and its vowel
// (for the long vowels the rules leave out).
struct Syllable {
    const char32_t* initial;
    const char32_t* medial;  // null: as at the start
    char vowel;
};

const std::map<std::u32string, Syllable>& syllables() {
    static const std::map<std::u32string, Syllable> table = {
        {U"ア", {U"아", nullptr, 'a'}},   {U"イ", {U"이", nullptr, 'i'}},
        {U"ウ", {U"우", nullptr, 'u'}},   {U"エ", {U"에", nullptr, 'e'}},
        {U"オ", {U"오", nullptr, 'o'}},   {U"カ", {U"가", U"카", 'a'}},
        {U"キ", {U"기", U"키", 'i'}},     {U"ク", {U"구", U"쿠", 'u'}},
        {U"ケ", {U"게", U"케", 'e'}},     {U"コ", {U"고", U"코", 'o'}},
        {U"サ", {U"사", nullptr, 'a'}},   {U"シ", {U"시", nullptr, 'i'}},
        {U"ス", {U"스", nullptr, 'u'}},   {U"セ", {U"세", nullptr, 'e'}},
        {U"ソ", {U"소", nullptr, 'o'}},   {U"タ", {U"다", U"타", 'a'}},
        {U"チ", {U"지", U"치", 'i'}},     {U"ツ", {U"쓰", nullptr, 'u'}},
        {U"テ", {U"데", U"테", 'e'}},     {U"ト", {U"도", U"토", 'o'}},
        {U"ナ", {U"나", nullptr, 'a'}},   {U"ニ", {U"니", nullptr, 'i'}},
        {U"ヌ", {U"누", nullptr, 'u'}},   {U"ネ", {U"네", nullptr, 'e'}},
        {U"ノ", {U"노", nullptr, 'o'}},   {U"ハ", {U"하", nullptr, 'a'}},
        {U"ヒ", {U"히", nullptr, 'i'}},   {U"フ", {U"후", nullptr, 'u'}},
        {U"ヘ", {U"헤", nullptr, 'e'}},   {U"ホ", {U"호", nullptr, 'o'}},
        {U"マ", {U"마", nullptr, 'a'}},   {U"ミ", {U"미", nullptr, 'i'}},
        {U"ム", {U"무", nullptr, 'u'}},   {U"メ", {U"메", nullptr, 'e'}},
        {U"モ", {U"모", nullptr, 'o'}},   {U"ヤ", {U"야", nullptr, 'a'}},
        {U"ユ", {U"유", nullptr, 'u'}},   {U"ヨ", {U"요", nullptr, 'o'}},
        {U"ラ", {U"라", nullptr, 'a'}},   {U"リ", {U"리", nullptr, 'i'}},
        {U"ル", {U"루", nullptr, 'u'}},   {U"レ", {U"레", nullptr, 'e'}},
        {U"ロ", {U"로", nullptr, 'o'}},   {U"ワ", {U"와", nullptr, 'a'}},
        {U"ヰ", {U"이", nullptr, 'i'}},   {U"ヱ", {U"에", nullptr, 'e'}},
        {U"ヲ", {U"오", nullptr, 'o'}},   {U"ガ", {U"가", nullptr, 'a'}},
        {U"ギ", {U"기", nullptr, 'i'}},   {U"グ", {U"구", nullptr, 'u'}},
        {U"ゲ", {U"게", nullptr, 'e'}},   {U"ゴ", {U"고", nullptr, 'o'}},
        {U"ザ", {U"자", nullptr, 'a'}},   {U"ジ", {U"지", nullptr, 'i'}},
        {U"ズ", {U"즈", nullptr, 'u'}},   {U"ゼ", {U"제", nullptr, 'e'}},
        {U"ゾ", {U"조", nullptr, 'o'}},   {U"ダ", {U"다", nullptr, 'a'}},
        {U"ヂ", {U"지", nullptr, 'i'}},   {U"ヅ", {U"즈", nullptr, 'u'}},
        {U"デ", {U"데", nullptr, 'e'}},   {U"ド", {U"도", nullptr, 'o'}},
        {U"バ", {U"바", nullptr, 'a'}},   {U"ビ", {U"비", nullptr, 'i'}},
        {U"ブ", {U"부", nullptr, 'u'}},   {U"ベ", {U"베", nullptr, 'e'}},
        {U"ボ", {U"보", nullptr, 'o'}},   {U"パ", {U"파", nullptr, 'a'}},
        {U"ピ", {U"피", nullptr, 'i'}},   {U"プ", {U"푸", nullptr, 'u'}},
        {U"ペ", {U"페", nullptr, 'e'}},   {U"ポ", {U"포", nullptr, 'o'}},
        {U"ヴ", {U"부", nullptr, 'u'}},   {U"キャ", {U"갸", U"캬", 'a'}},
        {U"キュ", {U"규", U"큐", 'u'}},   {U"キョ", {U"교", U"쿄", 'o'}},
        {U"ギャ", {U"갸", nullptr, 'a'}}, {U"ギュ", {U"규", nullptr, 'u'}},
        {U"ギョ", {U"교", nullptr, 'o'}}, {U"シャ", {U"샤", nullptr, 'a'}},
        {U"シュ", {U"슈", nullptr, 'u'}}, {U"ショ", {U"쇼", nullptr, 'o'}},
        {U"シェ", {U"셰", nullptr, 'e'}}, {U"ジャ", {U"자", nullptr, 'a'}},
        {U"ジュ", {U"주", nullptr, 'u'}}, {U"ジョ", {U"조", nullptr, 'o'}},
        {U"ジェ", {U"제", nullptr, 'e'}}, {U"ヂャ", {U"자", nullptr, 'a'}},
        {U"ヂュ", {U"주", nullptr, 'u'}}, {U"ヂョ", {U"조", nullptr, 'o'}},
        {U"チャ", {U"자", U"차", 'a'}},   {U"チュ", {U"주", U"추", 'u'}},
        {U"チョ", {U"조", U"초", 'o'}},   {U"チェ", {U"제", U"체", 'e'}},
        {U"ニャ", {U"냐", nullptr, 'a'}}, {U"ニュ", {U"뉴", nullptr, 'u'}},
        {U"ニョ", {U"뇨", nullptr, 'o'}}, {U"ヒャ", {U"햐", nullptr, 'a'}},
        {U"ヒュ", {U"휴", nullptr, 'u'}}, {U"ヒョ", {U"효", nullptr, 'o'}},
        {U"ビャ", {U"뱌", nullptr, 'a'}}, {U"ビュ", {U"뷰", nullptr, 'u'}},
        {U"ビョ", {U"뵤", nullptr, 'o'}}, {U"ピャ", {U"퍄", nullptr, 'a'}},
        {U"ピュ", {U"퓨", nullptr, 'u'}}, {U"ピョ", {U"표", nullptr, 'o'}},
        {U"ミャ", {U"먀", nullptr, 'a'}}, {U"ミュ", {U"뮤", nullptr, 'u'}},
        {U"ミョ", {U"묘", nullptr, 'o'}}, {U"リャ", {U"랴", nullptr, 'a'}},
        {U"リュ", {U"류", nullptr, 'u'}}, {U"リョ", {U"료", nullptr, 'o'}},
        {U"ファ", {U"파", nullptr, 'a'}}, {U"フィ", {U"피", nullptr, 'i'}},
        {U"フェ", {U"페", nullptr, 'e'}}, {U"フォ", {U"포", nullptr, 'o'}},
        {U"ティ", {U"디", U"티", 'i'}},   {U"ディ", {U"디", nullptr, 'i'}},
        {U"ウィ", {U"위", nullptr, 'i'}}, {U"ウェ", {U"웨", nullptr, 'e'}},
        {U"ウォ", {U"워", nullptr, 'o'}}, {U"ァ", {U"아", nullptr, 'a'}},
        {U"ィ", {U"이", nullptr, 'i'}},   {U"ゥ", {U"우", nullptr, 'u'}},
        {U"ェ", {U"에", nullptr, 'e'}},   {U"ォ", {U"오", nullptr, 'o'}},
        {U"ャ", {U"야", nullptr, 'a'}},   {U"ュ", {U"유", nullptr, 'u'}},
        {U"ョ", {U"요", nullptr, 'o'}},   {U"ヵ", {U"가", U"카", 'a'}},
        {U"ヶ", {U"게", U"케", 'e'}}};
    return table;
}

constexpr char32_t kHangulFirst = 0xAC00, kHangulLast = 0xD7A3;
constexpr char32_t kFinalN = 4;   // ㄴ
constexpr char32_t kFinalS = 19;  // ㅅ

// Adds a final consonant to the last syllable written, if it has none yet.
void addFinal(std::u32string& out, char32_t final) {
    if (out.empty() || out.back() < kHangulFirst || out.back() > kHangulLast) return;
    if ((out.back() - kHangulFirst) % 28 == 0) out.back() += final;
}

// A vowel kana that only lengthens the one before it: the rules do not write it.
bool lengthens(char32_t kana, char previousVowel) {
    switch (kana) {
        case U'ア':
            return previousVowel == 'a';
        case U'イ':
            return previousVowel == 'i';
        case U'ウ':
            return previousVowel == 'u' || previousVowel == 'o';
        case U'エ':
            return previousVowel == 'e';
        case U'オ':
            return previousVowel == 'o';
        case U'ー':
            return previousVowel != 0;
        default:
            return false;
    }
}

}  // namespace

std::string kanaToHangul(const std::string& kana) {
    const std::u32string s = katakanaCodepoints(kana);
    std::u32string out;
    char previousVowel = 0;  // of the syllable just written; 0 after ン, ッ or other text
    for (size_t i = 0; i < s.size();) {
        if (lengthens(s[i], previousVowel)) {
            ++i;
            continue;
        }
        if (s[i] == U'ン' || s[i] == U'ッ') {
            addFinal(out, s[i] == U'ン' ? kFinalN : kFinalS);
            previousVowel = 0;
            ++i;
            continue;
        }
        const auto& table = syllables();
        const Syllable* syllable = nullptr;
        size_t used = 0;
        for (size_t len : {size_t(2), size_t(1)}) {
            if (i + len > s.size()) continue;
            const auto it = table.find(s.substr(i, len));
            if (it != table.end()) {
                syllable = &it->second;
                used = len;
                break;
            }
        }
        if (!syllable) {
            out += s[i];
            previousVowel = 0;
            ++i;
            continue;
        }
        const bool wordStart = out.empty() || out.back() == U' ';
        out += (wordStart || !syllable->medial) ? syllable->initial : syllable->medial;
        previousVowel = syllable->vowel;
        i += used;
    }
    return encodeUtf8(out);
}

}  // namespace kiosk
