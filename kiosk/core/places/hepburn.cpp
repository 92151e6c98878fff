#include "places/hepburn.hpp"

#include <cctype>
#include <map>

#include "places/kana.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

const std::map<std::u32string, std::string>& syllables() {
    static const std::map<std::u32string, std::string> table = {
        {U"ア", "a"},     {U"イ", "i"},     {U"ウ", "u"},     {U"エ", "e"},     {U"オ", "o"},
        {U"カ", "ka"},    {U"キ", "ki"},    {U"ク", "ku"},    {U"ケ", "ke"},    {U"コ", "ko"},
        {U"サ", "sa"},    {U"シ", "shi"},   {U"ス", "su"},    {U"セ", "se"},    {U"ソ", "so"},
        {U"タ", "ta"},    {U"チ", "chi"},   {U"ツ", "tsu"},   {U"テ", "te"},    {U"ト", "to"},
        {U"ナ", "na"},    {U"ニ", "ni"},    {U"ヌ", "nu"},    {U"ネ", "ne"},    {U"ノ", "no"},
        {U"ハ", "ha"},    {U"ヒ", "hi"},    {U"フ", "fu"},    {U"ヘ", "he"},    {U"ホ", "ho"},
        {U"マ", "ma"},    {U"ミ", "mi"},    {U"ム", "mu"},    {U"メ", "me"},    {U"モ", "mo"},
        {U"ヤ", "ya"},    {U"ユ", "yu"},    {U"ヨ", "yo"},    {U"ラ", "ra"},    {U"リ", "ri"},
        {U"ル", "ru"},    {U"レ", "re"},    {U"ロ", "ro"},    {U"ワ", "wa"},    {U"ヰ", "i"},
        {U"ヱ", "e"},     {U"ヲ", "o"},     {U"ガ", "ga"},    {U"ギ", "gi"},    {U"グ", "gu"},
        {U"ゲ", "ge"},    {U"ゴ", "go"},    {U"ザ", "za"},    {U"ジ", "ji"},    {U"ズ", "zu"},
        {U"ゼ", "ze"},    {U"ゾ", "zo"},    {U"ダ", "da"},    {U"ヂ", "ji"},    {U"ヅ", "zu"},
        {U"デ", "de"},    {U"ド", "do"},    {U"バ", "ba"},    {U"ビ", "bi"},    {U"ブ", "bu"},
        {U"ベ", "be"},    {U"ボ", "bo"},    {U"パ", "pa"},    {U"ピ", "pi"},    {U"プ", "pu"},
        {U"ペ", "pe"},    {U"ポ", "po"},    {U"ヴ", "vu"},    {U"キャ", "kya"}, {U"キュ", "kyu"},
        {U"キョ", "kyo"}, {U"シャ", "sha"}, {U"シュ", "shu"}, {U"ショ", "sho"}, {U"シェ", "she"},
        {U"チャ", "cha"}, {U"チュ", "chu"}, {U"チョ", "cho"}, {U"チェ", "che"}, {U"ニャ", "nya"},
        {U"ニュ", "nyu"}, {U"ニョ", "nyo"}, {U"ヒャ", "hya"}, {U"ヒュ", "hyu"}, {U"ヒョ", "hyo"},
        {U"ミャ", "mya"}, {U"ミュ", "myu"}, {U"ミョ", "myo"}, {U"リャ", "rya"}, {U"リュ", "ryu"},
        {U"リョ", "ryo"}, {U"ギャ", "gya"}, {U"ギュ", "gyu"}, {U"ギョ", "gyo"}, {U"ジャ", "ja"},
        {U"ジュ", "ju"},  {U"ジョ", "jo"},  {U"ジェ", "je"},  {U"ヂャ", "ja"},  {U"ヂュ", "ju"},
        {U"ヂョ", "jo"},  {U"ビャ", "bya"}, {U"ビュ", "byu"}, {U"ビョ", "byo"}, {U"ピャ", "pya"},
        {U"ピュ", "pyu"}, {U"ピョ", "pyo"}, {U"ファ", "fa"},  {U"フィ", "fi"},  {U"フェ", "fe"},
        {U"フォ", "fo"},  {U"ティ", "ti"},  {U"ディ", "di"},  {U"トゥ", "tu"},  {U"ドゥ", "du"},
        {U"ウィ", "wi"},  {U"ウェ", "we"},  {U"ウォ", "wo"},  {U"ヴァ", "va"},  {U"ヴィ", "vi"},
        {U"ヴェ", "ve"},  {U"ヴォ", "vo"},  {U"ァ", "a"},     {U"ィ", "i"},     {U"ゥ", "u"},
        {U"ェ", "e"},     {U"ォ", "o"},     {U"ャ", "ya"},    {U"ュ", "yu"},    {U"ョ", "yo"},
        {U"ヵ", "ka"},    {U"ヶ", "ke"}};
    return table;
}

bool endsWithVowel(const std::string& out, char vowel) {
    return !out.empty() && out.back() == vowel;
}

}  // namespace

std::string kanaToHepburn(const std::string& kana) {
    const std::u32string s = katakanaCodepoints(kana);
    std::string out;
    bool doubleNext = false;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == U'ッ') {
            doubleNext = true;
            ++i;
            continue;
        }
        if (s[i] == U'ー') {  // a long vowel: written without a macron
            ++i;
            continue;
        }
        if (s[i] == U'ン') {
            out += 'n';
            const char32_t next = i + 1 < s.size() ? s[i + 1] : 0;
            if (next == U'ア' || next == U'イ' || next == U'ウ' || next == U'エ' || next == U'オ' ||
                next == U'ヤ' || next == U'ユ' || next == U'ヨ')
                out += '\'';
            ++i;
            continue;
        }
        const auto& table = syllables();
        std::string romaji;
        size_t used = 0;
        for (size_t len : {size_t(2), size_t(1)}) {
            if (i + len > s.size()) continue;
            const auto it = table.find(s.substr(i, len));
            if (it != table.end()) {
                romaji = it->second;
                used = len;
                break;
            }
        }
        if (!used) {
            out += encodeUtf8(s[i]);
            doubleNext = false;
            ++i;
            continue;
        }
        // Long vowels as the Japan Tourism Agency writes them: ou, oo, uu become o, o, u.
        if (used == 1 && ((romaji == "u" && (endsWithVowel(out, 'o') || endsWithVowel(out, 'u'))) ||
                          (romaji == "o" && endsWithVowel(out, 'o')))) {
            i += used;
            continue;
        }
        if (doubleNext) out += romaji.rfind("ch", 0) == 0 ? 't' : romaji[0];
        doubleNext = false;
        out += romaji;
        i += used;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(std::toupper(out[0]));
    return out;
}

}  // namespace kiosk
