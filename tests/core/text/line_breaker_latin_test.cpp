// English and other Latin text: dashes that join words, currency signs, numbers
// with their units, brackets and quotes.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "fixed_width.hpp"
#include "text/line_breaker.hpp"
#include "text/utf8.hpp"

using namespace kiosk;
using test::Lines;

TEST_CASE("Dashes never start a line and currency signs never end one") {
    for (char32_t c : std::u32string(U"–—‐")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotStartLine(c));
        CHECK_FALSE(cannotEndLine(c));
    }
    for (char32_t c : std::u32string(U"￥¥$€£＄￡₩￦")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotEndLine(c));
        CHECK_FALSE(cannotStartLine(c));
    }
}

TEST_CASE("A dash joining words breaks after itself, never before") {
    // The pack's own title, once split as "Taito–Sumida" / "–Tokachi Week".
    const std::string week = "Taito–Sumida–Tokachi Week";
    CHECK(test::wrapFixed(week, 50) == Lines{"Taito–", "Sumida–", "Tokachi", "Week"});
    CHECK(test::wrapFixed(week, 70) == Lines{"Taito–", "Sumida–", "Tokachi Week"});
    CHECK(test::wrapFixed(week, 100) == Lines{"Taito–Sumida–", "Tokachi Week"});
    CHECK(test::wrapFixed(week, 200) == Lines{"Taito–Sumida–Tokachi Week"});
    CHECK(test::wrapFixed("the agreements—signed in 2016—cover 372 municipalities", 90) ==
          Lines{"the agreements—", "signed in", "2016—cover 372", "municipalities"});
    // Between numbers a dash is a range, which stays whole where it fits.
    CHECK(test::wrapFixed("FY2015–2016 budget", 40) == Lines{"FY2015–", "2016", "budget"});
    CHECK(test::wrapFixed("FY2015–2016 budget", 60) == Lines{"FY2015–2016", "budget"});
}

TEST_CASE("A spaced dash stays at the end of the line before") {
    const std::string wards = "Tokyo 23 Special Wards – Kyoto Prefecture Associations";
    CHECK(test::wrapFixed(wards, 110) ==
          Lines{"Tokyo 23 Special", "Wards – Kyoto", "Prefecture", "Associations"});
    CHECK(test::wrapFixed(wards, 125) ==
          Lines{"Tokyo 23 Special Wards –", "Kyoto Prefecture", "Associations"});
    CHECK(test::wrapFixed("21 August – 29 September 2017 (Heisei 29)", 45) ==
          Lines{"21", "August –", "29", "September", "2017", "(Heisei", "29)"});
    CHECK(test::wrapFixed("30 – 31 May 2015 (Heisei 27)", 25) ==
          Lines{"30 –", "31", "May", "2015", "(Heis", "ei", "27)"});
    // Only when the word before fills the line alone does the dash move down,
    // rather than split "30".
    CHECK(test::wrapFixed("30 – 31 May 2015 (Heisei 27)", 20) ==
          Lines{"30", "–", "31", "May", "2015", "(Hei", "sei", "27)"});
}

TEST_CASE("A currency sign stays with the amount after it") {
    CHECK(test::wrapFixed("Tickets ￥1,000 each", 50) == Lines{"Tickets", "￥1,000", "each"});
    CHECK(test::wrapFixed("Tickets ¥ 1,000 each", 45) == Lines{"Tickets", "¥ 1,000", "each"});
    CHECK(test::wrapFixed("Admission $5 or € 4.50 for adults", 50) ==
          Lines{"Admission", "$5 or", "€ 4.50", "for adults"});
    CHECK(test::wrapFixed("Tickets £12 or €15 or ＄20", 40) ==
          Lines{"Tickets", "£12 or", "€15 or", "＄20"});
    // In Japanese too: the full-width yen sign was left at a line's end.
    CHECK(test::wrapFixed("参加費：￥1,000、定員：50名", 60) ==
          Lines{"参加費：", "￥1,000、定", "員：50名"});
    CHECK(test::wrapFixed("地方の特産品（￥500～）を販売", 50) ==
          Lines{"地方の特産", "品", "（￥500～）", "を販売"});
}

TEST_CASE("A number stays with its unit or percent sign") {
    CHECK(test::wrapFixed("A 12.5% rise", 25) == Lines{"A", "12.5%", "rise"});
    CHECK(test::wrapFixed("a 10km walk", 25) == Lines{"a", "10km", "walk"});
    CHECK(test::wrapFixed("気温は20℃、距離は5㎞", 40) == Lines{"気温は", "20℃、距", "離は5㎞"});
    CHECK(test::wrapFixed("面積は約20㎢です", 50) == Lines{"面積は約", "20㎢です"});
}

TEST_CASE("No line ends with an opening bracket or quote") {
    CHECK(test::wrapFixed("the (Heisei 27) fair", 35) == Lines{"the", "(Heisei", "27)", "fair"});
    CHECK(test::wrapFixed("the “Treasures of the Land” fair", 45) ==
          Lines{"the", "“Treasur", "es of the", "Land”", "fair"});
    // ASCII quotes open at the start of a word, close at its end.
    const std::string quoted = "partnership: \"Treasures of the Land\" and 'Wisdom' fair";
    for (int maxWidth = 20; maxWidth <= 300; ++maxWidth) {
        INFO("width " << maxWidth);
        const Lines lines = test::wrapFixed(quoted, float(maxWidth));
        for (size_t i = 0; i + 1 < lines.size(); ++i) {
            const std::string& line = lines[i];
            const std::string& next = lines[i + 1];
            const bool opensAtEnd = (line.back() == '"' || line.back() == '\'') &&
                                    (line.size() == 1 || line[line.size() - 2] == ' ');
            CHECK_FALSE(opensAtEnd);
            CHECK_FALSE(((next[0] == '"' || next[0] == '\'') && next.size() > 1 && next[1] == ' '));
        }
    }
}

TEST_CASE("English laid out at its spaces keeps the same breaks, dashes included") {
    const auto atSpaces = [](const std::string& text, float maxWidth) {
        return layoutText(text, TextBox{maxWidth, 0}, test::kFixedWidth, WordBreaks::AtSpaces)
            .lines;
    };
    CHECK(atSpaces("Taito–Sumida–Tokachi Week", 70) == Lines{"Taito–", "Sumida–", "Tokachi Week"});
    CHECK(atSpaces("Tickets ￥1,000 each", 50) == Lines{"Tickets", "￥1,000", "each"});
    CHECK(atSpaces("the Tokyo 23 Wards (東京23区) partnership", 50) ==
          Lines{"the Tokyo", "23 Wards", "(東京23区)", "partnershi", "p"});
    // A Japanese name in English text is one word; wider than the line, it
    // breaks where Japanese would.
    CHECK(atSpaces("forest bathing (うららパーク たいとう・すみだ)", 70) ==
          Lines{"forest bathing", "(うららパーク", "たいとう・すみ", "だ)"});
}
