#include <catch2/catch.hpp>

#include "speech_text/japanese_numbers.hpp"
#include "speech_text/japanese_reader.hpp"

using namespace kiosk;

namespace {

// What the kiosk reads itself, with MeCab's part shown as "[text]".
std::string preread(const std::string& text, const ReadingGlossary& glossary = {}) {
    std::string out;
    for (const auto& p : prereadJapanese(text, glossary))
        out += p.forMecab() ? "[" + p.text + "]" : p.reading;
    return out;
}

}  // namespace

TEST_CASE("numbers are read as numbers, not digit by digit as MeCab does") {
    CHECK(readJapaneseNumber(2016) == "ニセンジュウロク");  // MeCab: ニゼロイチロク
    CHECK(readJapaneseNumber(1105) == "センヒャクゴ");
    CHECK(readJapaneseNumber(300) == "サンビャク");
    CHECK(readJapaneseNumber(600) == "ロッピャク");
    CHECK(readJapaneseNumber(800) == "ハッピャク");
    CHECK(readJapaneseNumber(8000) == "ハッセン");
    CHECK(readJapaneseNumber(3000) == "サンゼン");
    CHECK(readJapaneseNumber(0) == "ゼロ");
    CHECK(readJapaneseNumber(10) == "ジュウ");
    CHECK(readJapaneseNumber(144) == "ヒャクヨンジュウヨン");
    CHECK(readJapaneseNumber(10000) == "イチマン");
    CHECK(readJapaneseNumber(10000000) == "イッセンマン");
    CHECK(readJapaneseNumber(120000000) == "イチオクニセンマン");
}

TEST_CASE("counters change the number's last sound as a reader does") {
    CHECK(readJapaneseCount(1, "件") == "イッケン");
    CHECK(readJapaneseCount(10, "件") == "ジュッケン");
    CHECK(readJapaneseCount(6, "回") == "ロッカイ");
    CHECK(readJapaneseCount(100, "回") == "ヒャッカイ");
    CHECK(readJapaneseCount(1, "人") == "ヒトリ");
    CHECK(readJapaneseCount(2, "人") == "フタリ");
    CHECK(readJapaneseCount(4, "人") == "ヨニン");
    CHECK(readJapaneseCount(4, "年") == "ヨネン");
    CHECK(readJapaneseCount(13, "団体") == "ジュウサンダンタイ");
    CHECK(readJapaneseCount(144, "市町村") == "ヒャクヨンジュウヨンシチョウソン");
}

TEST_CASE("months and days are read as dates") {
    CHECK(readJapaneseMonth(4) == "シガツ");
    CHECK(readJapaneseMonth(9) == "クガツ");
    CHECK(readJapaneseMonth(11) == "ジュウイチガツ");
    CHECK(readJapaneseDay(1) == "ツイタチ");
    CHECK(readJapaneseDay(16) == "ジュウロクニチ");
    CHECK(readJapaneseDay(20) == "ハツカ");
    CHECK(readJapaneseDay(14) == "ジュウヨッカ");
    CHECK(readJapaneseDay(17) == "ジュウシチニチ");
    CHECK(readJapaneseDay(29) == "ニジュウクニチ");
}

TEST_CASE("dates as the kiosk shows them are read before MeCab sees them") {
    CHECK(preread("2016年9月16日") == "ニセンジュウロクネンクガツジュウロクニチ");
    CHECK(preread("平成28年（2016年）4月26日") ==
          "ヘイセイニジュウハチネン[（]ニセンジュウロクネン[）]シガツニジュウロクニチ");
    CHECK(preread("令和元年度") == "レイワガンネンド");
    CHECK(preread("令和4年") == "レイワヨネン");
    CHECK(preread("令和3年（2021年）1月") ==
          "レイワサンネン[（]ニセンニジュウイチネン[）]イチガツ");
    CHECK(preread("8月21日～9月29日") == "ハチガツニジュウイチニチ[～]クガツニジュウクニチ");
    CHECK(joinReading(prereadJapanese("8月21日～9月29日", {}), {"～"}) ==
          "ハチガツニジュウイチニチカラクガツニジュウクニチ");
}

TEST_CASE("counts with thousands commas and the pack's counters") {
    CHECK(preread("1,105件") == "センヒャクゴケン");
    CHECK(preread("全300人") == "[全]サンビャクニン");
    CHECK(preread("13団体") == "ジュウサンダンタイ");
    CHECK(preread("144市町村") == "ヒャクヨンジュウヨンシチョウソン");
    CHECK(preread("第1回") == "[第]イッカイ");
    CHECK(preread("2020年度") == "ニセンニジュウネンド");
    CHECK(preread("13件中3件目") == "ジュウサンケンチュウサンケンメ");
    CHECK(preread("1, 2") == "イチ[, ]ニ");
}

TEST_CASE("glossary terms win over MeCab, the longest first") {
    ReadingGlossary glossary;
    glossary.terms = {{"町村会", "チョウソンカイ"},  // MeCab: 北海道町村会 ホッカイドウマチソンカイ
                      {"特別区", "トクベツク"},
                      {"特別区長会", "トクベツクチョウカイ"}};
    CHECK(preread("北海道町村会", glossary) == "[北海道]チョウソンカイ");
    CHECK(preread("特別区長会の総会", glossary) == "トクベツクチョウカイ[の総会]");
    CHECK(preread("特別区全国連携", glossary) == "トクベツク[全国連携]");
}

TEST_CASE("the joined reading pauses at brackets and drops spaces") {
    const auto pieces = prereadJapanese("平成28年（2016年）", {});
    CHECK(joinReading(pieces, {"（", "）"}) == "ヘイセイニジュウハチネン、ニセンジュウロクネン、");
    CHECK(hasJapaneseScript("English") == false);
    CHECK(hasJapaneseScript("ホーム"));
    CHECK(readingHasKanji("ツマ恋"));
    CHECK_FALSE(readingHasKanji("ツマゴイ、"));
}
