#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "fixed_width.hpp"
#include "text/line_breaker.hpp"
#include "text/utf8.hpp"

using namespace kiosk;
using test::Lines;

namespace {

// Sentences from the seed document (the project's chronology).
const std::string kDecided = "「特別区全国連携プロジェクトの実施を決定」";
const std::string kStrategy =
    "「まち・ひと・しごと創生総合戦略（2017改訂版）」が12月22日（金）に閣議決定され、"
    "「特別区全国連携プロジェクト」を踏まえた東京23区と全国各地域が連携した取り組みについて、"
    "国が促進・推進する事業として位置付けられる";
const std::string kKizuna = "「東京23区と京都市市町村の絆づくりプロジェクト」をまとめた。";
const std::string kMembers = "参加自治体：広域連携協定締結地域自治体372自治体（9地域13団体）";
const std::string kExhibition = "平成30年度 第1回全国連携展示（北海道町村）開催";
const std::string kShinrinyoku =
    "デジタル森林浴「uralaa park taito-sumida（うららパーク たいとう・すみだ）」";
const std::string kNegi = "全国ねぎサミット2016 in TOKYOの開催";
const std::string kSdgs = "・テーマ:「地方創生におけるSDGsの取組みと自治体間連携」";
const std::string kEnglish =
    "The Special Wards nationwide cooperation project was launched on 2016-04-26 with 1,004 "
    "partner municipalities.";

// Whether the lines, with the spaces dropped at each break put back, are the text.
bool reassembles(const std::string& text, const Lines& lines) {
    size_t pos = 0;
    for (const std::string& line : lines) {
        if (pos > 0) {
            while (pos < text.size() && text[pos] == ' ') ++pos;
        }
        if (text.compare(pos, line.size(), line) != 0) return false;
        pos += line.size();
    }
    while (pos < text.size() && text[pos] == ' ') ++pos;
    return pos == text.size();
}

bool isAsciiDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

}  // namespace

TEST_CASE("Kinsoku classes cover the listed marks in both widths") {
    for (char32_t c : std::u32string(U"。、，．・：；？！ー」』）］｝〕〉》】ぁぃぅぇぉっゃゅょゎァ"
                                     U"ィゥェォッャュョヮヵヶ々〻"
                                     U"｡､･｣ｰｧｯ)]}!?,.’”»…")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotStartLine(c));
        CHECK_FALSE(cannotEndLine(c));
    }
    for (char32_t c : std::u32string(U"「『（［｛〔〈《【｢([{“‘«")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotEndLine(c));
        CHECK_FALSE(cannotStartLine(c));
    }
    for (char32_t c : std::u32string(U"特区あアカ1Aa -")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK_FALSE(cannotStartLine(c));
        CHECK_FALSE(cannotEndLine(c));
    }
}

TEST_CASE("Japanese breaks between characters and hangs a closing mark that overflows by one") {
    CHECK(test::wrapFixed(kDecided, 90) ==
          Lines{"「特別区全国連携プ", "ロジェクトの実施を", "決定」"});
    // 」 and the small ェ may not start a line: each is pulled up past the edge.
    CHECK(test::wrapFixed(kDecided, 100) ==
          Lines{"「特別区全国連携プロ", "ジェクトの実施を決定」"});
    CHECK(test::wrapFixed(kDecided, 110) ==
          Lines{"「特別区全国連携プロジェ", "クトの実施を決定」"});
    CHECK(test::wrapFixed(kDecided, 200) == Lines{"「特別区全国連携プロジェクトの実施を決定」"});
    // The space after a hung mark is dropped like any space at a break.
    CHECK(test::wrapFixed("ロゴマークを決定（区長会総会） Logo", 140) ==
          Lines{"ロゴマークを決定（区長会総会）", "Logo"});
    CHECK(test::wrapFixed(kKizuna, 60) ==
          Lines{"「東京23区と", "京都市市町村", "の絆づくりプ", "ロジェクト」", "をまとめた。"});
    CHECK(test::wrapFixed(kKizuna, 40) == Lines{"「東京23", "区と京都", "市市町村", "の絆づく",
                                                "りプロジェ", "クト」を", "まとめた。"});
}

TEST_CASE("A break that kinsoku forbids and burasage cannot fix moves back") {
    // "（" cannot end line 2, and "）」" cannot be hung as one character.
    CHECK(test::wrapFixed(kStrategy, 90) ==
          Lines{"「まち・ひと・しご", "と創生総合戦略", "（2017改訂版）」が", "12月22日（金）に閣",
                "議決定され、「特別", "区全国連携プロジェ", "クト」を踏まえた東",
                "京23区と全国各地域", "が連携した取り組み", "について、国が促進・",
                "推進する事業として", "位置付けられる"});
    CHECK(test::wrapFixed(kStrategy, 30)[6] ==
          "改訂");  // not "改訂版" with "）」" starting the next line
    CHECK(test::wrapFixed(kStrategy, 30)[7] == "版）」");
}

TEST_CASE("Digits and Latin letters inside Japanese stay together") {
    CHECK(test::wrapFixed(kMembers, 100) ==
          Lines{"参加自治体：広域連携", "協定締結地域自治体", "372自治体（9地域13団", "体）"});
    CHECK(test::wrapFixed(kExhibition, 60) ==
          Lines{"平成30年度", "第1回全国連", "携展示（北海", "道町村）開催"});
    CHECK(test::wrapFixed(kExhibition, 90) ==
          Lines{"平成30年度 第1回全", "国連携展示（北海道", "町村）開催"});
    CHECK(test::wrapFixed("令和元年度 第1回全国連携展示（群馬県市町村）開催", 100) ==
          Lines{"令和元年度 第1回全国", "連携展示（群馬県市町", "村）開催"});
    CHECK(test::wrapFixed(kNegi, 60) == Lines{"全国ねぎサミッ", "ト2016 in", "TOKYOの開催"});
    CHECK(test::wrapFixed(kNegi, 80) == Lines{"全国ねぎサミット", "2016 in TOKYOの", "開催"});
    CHECK(test::wrapFixed("平成28年（2016年）4月26日", 40) ==
          Lines{"平成28年", "（2016年）", "4月26日"});
    // "（2016" fits only alone: it is neither split nor left without its bracket.
    CHECK(test::wrapFixed("平成28年（2016年）4月26日", 35) ==
          Lines{"平成28", "年", "（2016", "年）4月", "26日"});
}

TEST_CASE("Latin text wraps at spaces, which are dropped") {
    CHECK(test::wrapFixed(kEnglish, 100) ==
          Lines{"The Special Wards", "nationwide", "cooperation project", "was launched on",
                "2016-04-26 with", "1,004 partner", "municipalities."});
    CHECK(test::wrapFixed("Special   Wards", 50) == Lines{"Special", "Wards"});
}

TEST_CASE("A word longer than the line is broken by character") {
    CHECK(test::wrapFixed(kEnglish, 60) ==
          Lines{"The Special", "Wards", "nationwide", "cooperation", "project was", "launched on",
                "2016-04-26", "with 1,004", "partner", "municipaliti", "es."});
    CHECK(test::wrapFixed("municipalities", 30) == Lines{"munici", "paliti", "es"});
    CHECK(test::wrapFixed(kShinrinyoku, 40) == Lines{"デジタル", "森林浴", "「uralaa", "park",
                                                     "taito-su", "mida（う", "ららパー", "ク たい",
                                                     "とう・す", "みだ）」"});
}

TEST_CASE("A newline forces a break, a final one adds no empty line") {
    const Lines expected{"区長会総会", "特別区全国連携プロジェ", "クトの実施を決定"};
    CHECK(test::wrapFixed("区長会総会\n特別区全国連携プロジェクトの実施を決定", 100) == expected);
    CHECK(test::wrapFixed("区長会総会\r\n特別区全国連携プロジェクトの実施を決定\n", 100) ==
          expected);
    CHECK(test::wrapFixed("区長会総会\n\n報告", 100) == Lines{"区長会総会", "", "報告"});
}

TEST_CASE("Text beyond maxLines ends in an ellipsis that fits the width") {
    const LaidOutText cut = layoutText(kStrategy, TextBox{200, 2}, test::kFixedWidth);
    CHECK(cut.truncated);
    CHECK(cut.lines == Lines{"「まち・ひと・しごと創生総合戦略（2017改",
                             "訂版）」が12月22日（金）に閣議決定され…"});
    CHECK(cut.widths == std::vector<float>{200, 200});

    // A line already short enough keeps all of its text.
    const LaidOutText english = layoutText(kEnglish, TextBox{100, 2}, test::kFixedWidth);
    CHECK(english.truncated);
    CHECK(english.lines == Lines{"The Special Wards", "nationwide…"});
    CHECK(test::wrapFixed("区長会総会\n特別区全国連携プロジェクトの実施を決定", 100, 1) ==
          Lines{"区長会総会…"});

    const LaidOutText fits = layoutText(kKizuna, TextBox{200, 2}, test::kFixedWidth);
    CHECK_FALSE(fits.truncated);
    CHECK(fits.lines == Lines{"「東京23区と京都市市町村の絆づくりプロジェ", "クト」をまとめた。"});
    CHECK_FALSE(layoutText("区長会総会\n\n", TextBox{100, 1}, test::kFixedWidth).truncated);
}

TEST_CASE("A box narrower than one character still advances one character per line") {
    const LaidOutText narrow = layoutText("特別区 PR", TextBox{5, 0}, test::kFixedWidth);
    CHECK(narrow.lines == Lines{"特", "別", "区", "P", "R"});
    CHECK_FALSE(narrow.truncated);
    CHECK(test::wrapFixed("特別区", 0, 1) == Lines{"特…"});
    CHECK(test::wrapFixed("特別区", -1, 2) == Lines{"特", "別…"});
}

TEST_CASE("Empty text has no lines") {
    const LaidOutText empty = layoutText("", TextBox{100, 3}, test::kFixedWidth);
    CHECK(empty.lines.empty());
    CHECK(empty.widths.empty());
    CHECK_FALSE(empty.truncated);
}

TEST_CASE("Every width keeps kinsoku, reports true widths and loses no text") {
    const std::u32string forbiddenStarts = U"。、」）ーぁぃぅぇぉっゃゅょァィゥェォッャュョ";
    for (const std::string& text :
         {kDecided, kStrategy, kKizuna, kMembers, kExhibition, kShinrinyoku, kNegi, kSdgs}) {
        for (int maxWidth = 30; maxWidth <= 400; ++maxWidth) {
            INFO(text << " at " << maxWidth << " px");
            for (int maxLines : {0, 2}) {
                const LaidOutText laid =
                    layoutText(text, TextBox{float(maxWidth), maxLines}, test::kFixedWidth);
                REQUIRE(!laid.lines.empty());
                REQUIRE(laid.widths.size() == laid.lines.size());
                for (size_t i = 0; i < laid.lines.size(); ++i) {
                    const std::u32string line = decodeUtf8(laid.lines[i]);
                    REQUIRE(!line.empty());
                    float sum = 0;
                    for (char32_t c : line) sum += test::kFixedWidth(c);
                    CHECK(laid.widths[i] == sum);
                    // Only burasage may cross the edge, by the one mark it hangs.
                    if (sum > float(maxWidth)) {
                        CHECK(cannotStartLine(line.back()));
                        CHECK(sum - test::kFixedWidth(line.back()) <= float(maxWidth));
                    }
                    // The first line starts where the text does ("・テーマ").
                    if (line.size() > 1 && i > 0) {
                        CHECK_FALSE(cannotStartLine(line.front()));
                        CHECK(forbiddenStarts.find(line.front()) == std::u32string::npos);
                    }
                    if (line.size() > 1) CHECK_FALSE(cannotEndLine(line.back()));
                    // No digit run here is wider than 30 px, so none is ever split.
                    if (i + 1 < laid.lines.size()) {
                        CHECK_FALSE(
                            (isAsciiDigit(line.back()) && isAsciiDigit(laid.lines[i + 1][0])));
                    }
                }
                if (maxLines == 0) {
                    CHECK_FALSE(laid.truncated);
                    CHECK(reassembles(text, laid.lines));
                } else if (laid.truncated) {
                    CHECK(laid.lines.size() == 2);
                    CHECK(laid.widths.back() <= float(maxWidth));
                    CHECK(decodeUtf8(laid.lines.back()).back() == U'…');
                }
            }
        }
    }
}
