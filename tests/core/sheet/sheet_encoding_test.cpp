#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "sheet/csv_table.hpp"
#include "sheet/row_problems.hpp"
#include "sheet/sheet_encoding.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

// 「日本,東京」 and a second row 「区,ＡＢ」 in Shift_JIS (CP932), byte by byte.
const std::string kShiftJis =
    "\x93\xfa\x96\x7b,\x93\x8c\x8b\x9e\r\n"
    "\x8b\xe6,\x82\x60\x82\x61\r\n";

std::string fixture(const std::string& name) {
    std::ifstream in(test::sourceDir() + "/tests/core/sheet/fixtures/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<std::string> errors(const std::string& bytes) {
    ProblemList problems;
    CHECK(!decodeSheet(bytes, "events.csv", problems));
    std::vector<std::string> lines;
    for (const auto& p : problems.errors()) lines.push_back(p.format());
    return lines;
}

}  // namespace

TEST_CASE("a BOM means UTF-8, and the BOM is not part of the text") {
    ProblemList problems;
    const auto sheet = decodeSheet("\xEF\xBB\xBFid,title.ja\n", "events.csv", problems);
    REQUIRE(sheet);
    CHECK(sheet->encoding == SheetEncoding::Utf8WithBom);
    CHECK(sheet->text == "id,title.ja\n");
    CHECK(std::string(sheetEncodingName(sheet->encoding)) == "UTF-8 with a BOM");
}

TEST_CASE("valid UTF-8 without a BOM is UTF-8") {
    ProblemList problems;
    const auto sheet = decodeSheet("id,title.ja\na,日本\n", "events.csv", problems);
    REQUIRE(sheet);
    CHECK(sheet->encoding == SheetEncoding::Utf8);
    CHECK(sheet->text == "id,title.ja\na,日本\n");
}

TEST_CASE("Shift_JIS bytes are read as CP932 and turned into UTF-8") {
    ProblemList problems;
    const auto sheet = decodeSheet(kShiftJis, "events.csv", problems);
    REQUIRE(sheet);
    CHECK(sheet->encoding == SheetEncoding::Cp932);
    CHECK(sheet->text == "日本,東京\r\n区,ＡＢ\r\n");
    CHECK(std::string(sheetEncodingName(sheet->encoding)) == "Shift_JIS (CP932)");
}

TEST_CASE("a sheet Excel saved as plain CSV (made by iconv -t CP932) reads as CP932") {
    const std::string bytes = fixture("events_cp932.csv");
    REQUIRE(!bytes.empty());
    REQUIRE(firstInvalidUtf8(bytes));  // it really is not UTF-8
    ProblemList problems;
    const auto sheet = decodeSheet(bytes, "events.csv", problems);
    REQUIRE(sheet);
    CHECK(sheet->encoding == SheetEncoding::Cp932);
    CHECK(sheet->text == fixture("events_utf8.csv"));
    // CP932's own characters beyond JIS X 0208 (NEC and IBM extensions).
    CHECK(sheet->text.find("①髙﨑") != std::string::npos);
}

TEST_CASE("bytes that are neither UTF-8 nor CP932 are refused at the first bad byte's cell") {
    // 0x82 0xFF: a CP932 lead byte with no trail byte CP932 has, in the third
    // cell of the second row.
    CHECK(errors("id,title.ja,title.en\na,\"x,\ny\",\x82\xff\n") ==
          std::vector<std::string>{
              "events.csv: row 2, column C: byte 0x82 (at byte 30 of the file) is neither "
              "UTF-8 nor Shift_JIS (CP932); save the sheet again as \"CSV UTF-8\" or \"CSV\""});
    CHECK(errors("\xEF\xBB\xBFid\na\nb\xff\n") ==
          std::vector<std::string>{
              "events.csv: row 3, column A: byte 9 is not UTF-8, though the file starts with "
              "UTF-8's BOM"});
}

TEST_CASE("UTF-8 is checked strictly: overlong forms, surrogates and cut characters") {
    CHECK(!firstInvalidUtf8("日本 ok ü 😀"));
    CHECK(firstInvalidUtf8("ab\xC0\xAF") == 2u);        // overlong '/'
    CHECK(firstInvalidUtf8("a\xED\xA0\x80") == 1u);     // a surrogate
    CHECK(firstInvalidUtf8("ab\xE6\x97") == 2u);        // cut short
    CHECK(firstInvalidUtf8("\xF4\x90\x80\x80") == 0u);  // beyond U+10FFFF
}

TEST_CASE("CP932 holds Japanese and refuses Korean, naming the character") {
    size_t bad = 0;
    const auto japanese = encodeCp932("日本,ＡＢ①", bad);
    REQUIRE(japanese);
    CHECK(*japanese == "\x93\xfa\x96\x7b,\x82\x60\x82\x61\x87\x40");
    const std::string korean = "Seoul 서울";
    CHECK(!encodeCp932(korean, bad));
    CHECK(bad == 6);
    CHECK(characterAt(korean, bad) == "서");
    CHECK(codePointLabel(korean, bad) == "U+C11C");
    CHECK(codePointLabel("a – b", 2) == "U+2013");
}

TEST_CASE("a message quotes the text around a character, not only the cell's start") {
    const std::string text =
        "Participants: municipalities with partnership agreements – and others";
    const size_t dash = text.find("–");
    CHECK(quotedValueAround(text, dash) == "\"...hip agreements – and others\"");
    CHECK(quotedValueAround("short – text", 6) == "\"short – text\"");
}
