#include "speech_text/japanese_reader.hpp"

#include <algorithm>

#include "speech_text/japanese_numbers.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

bool isKanji(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005 ||
           (c >= 0xF900 && c <= 0xFAFF);
}

bool isKana(char32_t c) {
    return (c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
}

// ASCII and full-width digits.
int digitValue(char32_t c) {
    if (c >= U'0' && c <= U'9') return int(c - U'0');
    if (c >= U'０' && c <= U'９') return int(c - U'０');
    return -1;
}

bool startsWithAt(const std::u32string& s, size_t at, const std::u32string& what) {
    return s.compare(at, what.size(), what) == 0;
}

// A number at `at` ("2016", "1,105", "３"): its value and its length, or 0.
size_t scanNumber(const std::u32string& s, size_t at, uint64_t& value) {
    size_t i = at;
    value = 0;
    while (i < s.size()) {
        const int d = digitValue(s[i]);
        if (d >= 0) {
            if (value > 99999999999999ull) return 0;  // beyond what anyone shows
            value = value * 10 + uint64_t(d);
            ++i;
            continue;
        }
        // A thousands comma only between digit groups of three.
        const bool comma = s[i] == U',' || s[i] == U'，';
        if (comma && i > at && i + 3 < s.size() && digitValue(s[i + 1]) >= 0 &&
            digitValue(s[i + 2]) >= 0 && digitValue(s[i + 3]) >= 0 &&
            (i + 4 >= s.size() || digitValue(s[i + 4]) < 0)) {
            ++i;
            continue;
        }
        break;
    }
    return i - at;
}

// What follows a number and how the two are read together.
const char32_t* const kCounters[] = {
    U"都道府県", U"道府県", U"市町村", U"か月", U"ヶ月", U"カ月", U"箇所", U"か所", U"カ所",
    U"ヶ所",     U"年度",   U"年間",   U"件中", U"件目", U"団体", U"件",   U"人",   U"回",
    U"年",       U"社",     U"名",     U"%",    U"％",   U"区",   U"市",   U"町",   U"村"};

std::string readNumberWithCounter(uint64_t n, const std::u32string& counter) {
    const std::string c = encodeUtf8(counter);
    if (c == "か月" || c == "ヶ月" || c == "カ月") {
        std::string number = readJapaneseCount(n, "回");  // the same shortening: イッ, ロッ, ジュッ
        return number.substr(0, number.size() - std::string("カイ").size()) + "カゲツ";
    }
    return readJapaneseCount(n, c);
}

struct Scanner {
    const std::u32string& s;
    const ReadingGlossary& glossary;
    std::vector<ReadingPiece> pieces;
    std::u32string pending;  // text for MeCab

    void flush() {
        if (!pending.empty()) pieces.push_back({encodeUtf8(pending), ""});
        pending.clear();
    }
    void read(const std::u32string& text, std::string reading) {
        flush();
        pieces.push_back({encodeUtf8(text), std::move(reading)});
    }

    // The longest glossary term at `at`; its length, or 0.
    size_t glossaryAt(size_t at) {
        size_t best = 0;
        const std::pair<std::string, std::string>* term = nullptr;
        for (const auto& t : glossary.terms) {
            const std::u32string text = decodeUtf8(t.first);
            if (text.size() > best && startsWithAt(s, at, text)) {
                best = text.size();
                term = &t;
            }
        }
        if (term) read(s.substr(at, best), term->second);
        return best;
    }

    // 令和元年, 平成28年度, 昭和64年.
    size_t eraAt(size_t at) {
        static const std::pair<const char32_t*, const char*> kEras[] = {{U"令和", "レイワ"},
                                                                        {U"平成", "ヘイセイ"},
                                                                        {U"昭和", "ショウワ"},
                                                                        {U"大正", "タイショウ"}};
        for (const auto& [name, reading] : kEras) {
            if (!startsWithAt(s, at, name)) continue;
            size_t i = at + 2;
            std::string year;
            uint64_t n = 0;
            if (i < s.size() && s[i] == U'元') {
                year = "ガン";
                ++i;
            } else if (const size_t len = scanNumber(s, i, n)) {
                year = readJapaneseNumber(n);
                i += len;
            } else {
                return 0;
            }
            if (startsWithAt(s, i, U"年度")) {
                read(s.substr(at, i + 2 - at), reading + withYearFour(year) + "ネンド");
                return i + 2 - at;
            }
            if (startsWithAt(s, i, U"年")) {
                read(s.substr(at, i + 1 - at), reading + withYearFour(year) + "ネン");
                return i + 1 - at;
            }
            return 0;
        }
        return 0;
    }
    static std::string withYearFour(const std::string& year) {
        const std::string yon = "ヨン";
        if (year.size() >= yon.size() &&
            year.compare(year.size() - yon.size(), yon.size(), yon) == 0)
            return year.substr(0, year.size() - yon.size()) + "ヨ";
        return year;
    }

    // A number, with its counter, month or day where one follows.
    size_t numberAt(size_t at) {
        uint64_t n = 0;
        const size_t len = scanNumber(s, at, n);
        if (!len) return 0;
        const size_t end = at + len;
        if (startsWithAt(s, end, U"月") && n >= 1 && n <= 12 && !startsWithAt(s, end, U"月間")) {
            read(s.substr(at, len + 1), readJapaneseMonth(int(n)));
            return len + 1;
        }
        if (startsWithAt(s, end, U"日") && n >= 1 && n <= 31) {
            read(s.substr(at, len + 1), readJapaneseDay(int(n)));
            return len + 1;
        }
        for (const char32_t* counter : kCounters) {
            const std::u32string c = counter;
            if (startsWithAt(s, end, c)) {
                read(s.substr(at, len + c.size()), readNumberWithCounter(n, c));
                return len + c.size();
            }
        }
        // A decimal: 1.5 イッテンゴ is rare in the pack; read digit by digit after the point.
        if (end + 1 < s.size() && (s[end] == U'.' || s[end] == U'．') &&
            digitValue(s[end + 1]) >= 0) {
            std::string reading = readJapaneseNumber(n) + "テン";
            size_t i = end + 1;
            for (; i < s.size() && digitValue(s[i]) >= 0; ++i)
                reading += readJapaneseNumber(uint64_t(digitValue(s[i])));
            read(s.substr(at, i - at), reading);
            return i - at;
        }
        read(s.substr(at, len), readJapaneseNumber(n));
        return len;
    }

    void run() {
        for (size_t at = 0; at < s.size();) {
            size_t used = glossaryAt(at);
            if (!used) used = eraAt(at);
            if (!used && digitValue(s[at]) >= 0) used = numberAt(at);
            if (used) {
                at += used;
                continue;
            }
            pending += s[at] == U'\n' ? U' ' : s[at];
            ++at;
        }
        flush();
    }
};

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

}  // namespace

std::vector<ReadingPiece> prereadJapanese(const std::string& text,
                                          const ReadingGlossary& glossary) {
    const std::u32string s = decodeUtf8(text);
    Scanner scanner{s, glossary, {}, {}};
    scanner.run();
    return scanner.pieces;
}

std::string joinReading(const std::vector<ReadingPiece>& pieces,
                        const std::vector<std::string>& mecab) {
    std::string out;
    size_t next = 0;
    for (const auto& piece : pieces) {
        if (!piece.forMecab()) {
            out += piece.reading;
        } else if (next < mecab.size()) {
            out += mecab[next++];
        } else {
            out += piece.text;
        }
    }
    for (const char* pause :
         {"（", "）", "(", ")", "「", "」", "『", "』", "・", "【", "】", "　", "：", ":"})
        replaceAll(out, pause, "、");
    for (const char* from : {"～", "〜", "~"}) replaceAll(out, from, "カラ");
    replaceAll(out, " ", "");
    replaceAll(out, "、、", "、");
    replaceAll(out, "、。", "。");
    while (out.rfind("、", 0) == 0) out.erase(0, std::string("、").size());
    return out;
}

bool hasJapaneseScript(const std::string& text) {
    for (char32_t c : decodeUtf8(text))
        if (isKanji(c) || isKana(c)) return true;
    return false;
}

bool readInJapanese(const std::string& text) {
    if (hasJapaneseScript(text)) return true;
    for (char c : text)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return false;
    return true;
}

bool readingHasKanji(const std::string& reading) {
    const std::u32string s = decodeUtf8(reading);
    return std::any_of(s.begin(), s.end(), isKanji);
}

}  // namespace kiosk
