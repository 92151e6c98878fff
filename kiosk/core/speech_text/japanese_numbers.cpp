#include "speech_text/japanese_numbers.hpp"

#include <map>

namespace kiosk {

namespace {

const char* const kDigits[] = {"ゼロ", "イチ", "ニ",   "サン", "ヨン",
                               "ゴ",   "ロク", "ナナ", "ハチ", "キュウ"};

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// 1 to 9999, as one group of four digits ("" for 0).
std::string readGroup(int n) {
    static const char* const kThousands[] = {"",         "セン",      "ニセン",   "サンゼン",
                                             "ヨンセン", "ゴセン",    "ロクセン", "ナナセン",
                                             "ハッセン", "キュウセン"};
    static const char* const kHundreds[] = {"",           "ヒャク",      "ニヒャク",   "サンビャク",
                                            "ヨンヒャク", "ゴヒャク",    "ロッピャク", "ナナヒャク",
                                            "ハッピャク", "キュウヒャク"};
    std::string out = kThousands[n / 1000];
    out += kHundreds[(n / 100) % 10];
    const int tens = (n / 10) % 10, units = n % 10;
    if (tens) out += std::string(tens == 1 ? "" : kDigits[tens]) + "ジュウ";
    if (units) out += kDigits[units];
    return out;
}

// The last sound of a number shortened before a counter that starts with k, s,
// t or h (いっけん, じゅっかい, ろっかい, はっけん, ひゃっけん).
std::string geminated(const std::string& reading) {
    for (const auto& [full, short_] : {std::pair<const char*, const char*>{"イチ", "イッ"},
                                       {"ロク", "ロッ"},
                                       {"ハチ", "ハッ"},
                                       {"ジュウ", "ジュッ"},
                                       {"ヒャク", "ヒャッ"}})
        if (endsWith(reading, full))
            return reading.substr(0, reading.size() - std::string(full).size()) + short_;
    return reading;
}

std::string withFourAs(const std::string& reading, const char* four) {
    if (endsWith(reading, "ヨン")) return reading.substr(0, reading.size() - 6) + four;
    return reading;
}

}  // namespace

std::string readJapaneseNumber(uint64_t n) {
    if (n == 0) return kDigits[0];
    static const char* const kUnits[] = {"", "マン", "オク", "チョウ"};
    std::string out;
    int groups[4] = {};
    for (int i = 0; i < 4; ++i, n /= 10000) groups[i] = int(n % 10000);
    for (int i = 3; i >= 0; --i) {
        if (!groups[i]) continue;
        std::string group = readGroup(groups[i]);
        // 一千万 is イッセンマン; a lone 1 before マン, オク, チョウ is read イチ.
        if (i > 0 && groups[i] == 1) group = "イチ";
        if (i > 0 && group.rfind("セン", 0) == 0) group = "イッ" + group;
        out += group + kUnits[i];
    }
    return out;
}

std::string readJapaneseCount(uint64_t n, const std::string& counter) {
    const std::string number = readJapaneseNumber(n);
    if (counter == "人") {
        if (n == 1) return "ヒトリ";
        if (n == 2) return "フタリ";
        return withFourAs(number, "ヨ") + "ニン";
    }
    if (counter == "件" || counter == "件中" || counter == "件目")
        return geminated(number) + (counter == "件"     ? "ケン"
                                    : counter == "件中" ? "ケンチュウ"
                                                        : "ケンメ");
    if (counter == "回") return geminated(number) + "カイ";
    if (counter == "年") return withFourAs(number, "ヨ") + "ネン";
    if (counter == "年度") return withFourAs(number, "ヨ") + "ネンド";
    if (counter == "年間") return withFourAs(number, "ヨ") + "ネンカン";
    if (counter == "団体") return number + "ダンタイ";
    if (counter == "市町村") return number + "シチョウソン";
    if (counter == "道府県") return number + "ドウフケン";
    if (counter == "都道府県") return number + "トドウフケン";
    if (counter == "社") return geminated(number) + "シャ";
    if (counter == "か所" || counter == "カ所" || counter == "ヶ所" || counter == "箇所")
        return geminated(number) + "カショ";
    if (counter == "%" || counter == "％") return number + "パーセント";
    if (counter == "区") return number + "ク";
    if (counter == "市") return number + "シ";
    if (counter == "町") return number + "チョウ";
    if (counter == "村") return number + "ソン";
    if (counter == "名") return withFourAs(number, "ヨン") + "メイ";
    return number + counter;
}

std::string readJapaneseMonth(int month) {
    if (month == 4) return "シガツ";
    if (month == 7) return "シチガツ";
    if (month == 9) return "クガツ";
    return readJapaneseNumber(uint64_t(month < 0 ? 0 : month)) + "ガツ";
}

std::string readJapaneseDay(int day) {
    static const std::map<int, const char*> kSpecial = {
        {1, "ツイタチ"},       {2, "フツカ"},  {3, "ミッカ"},        {4, "ヨッカ"},
        {5, "イツカ"},         {6, "ムイカ"},  {7, "ナノカ"},        {8, "ヨウカ"},
        {9, "ココノカ"},       {10, "トオカ"}, {14, "ジュウヨッカ"}, {20, "ハツカ"},
        {24, "ニジュウヨッカ"}};
    const auto it = kSpecial.find(day);
    if (it != kSpecial.end()) return it->second;
    const std::string number = readJapaneseNumber(uint64_t(day < 0 ? 0 : day));
    if (endsWith(number, "ナナ")) return number.substr(0, number.size() - 6) + "シチニチ";
    if (endsWith(number, "キュウ")) return number.substr(0, number.size() - 9) + "クニチ";
    return number + "ニチ";
}

}  // namespace kiosk
