#include <catch2/catch.hpp>

#include "sheet/csv_table.hpp"

using namespace kiosk;

namespace {

CsvTable parse(const std::string& text, ProblemList& problems) {
    return parseCsv(text, "events.csv", problems);
}

std::vector<std::string> errors(const std::string& text) {
    ProblemList problems;
    parse(text, problems);
    std::vector<std::string> lines;
    for (const auto& p : problems.errors()) lines.push_back(p.format());
    return lines;
}

}  // namespace

TEST_CASE("a CSV file's cells hold commas, quotes and line breaks when quoted") {
    ProblemList problems;
    const auto table = parse(
        "id,title.ja\r\n"
        "a,\"東京, 大阪\"\r\n"
        "b,\"「\"\"引用\"\"」\"\r\n"
        "c,\"一行目\r\n二行目\"\r\n",
        problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[1].cells == std::vector<std::string>{"a", "東京, 大阪"});
    CHECK(table.records[2].cells[1] == "「\"引用\"」");
    // A line break inside a cell is LF whatever the file's line ends are, and
    // does not start a new row.
    CHECK(table.records[3].cells[1] == "一行目\n二行目");
    CHECK(table.records[3].number == 4);
}

TEST_CASE("LF line ends, a missing last line end and empty cells read the same") {
    ProblemList problems;
    const auto table = parse("id,title.ja,title.en\na,,x\nb,y,", problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[1].cells == std::vector<std::string>{"a", "", "x"});
    CHECK(table.records[2].cells == std::vector<std::string>{"b", "y", ""});
}

TEST_CASE("rows of empty cells are left out, and rows keep the numbers a spreadsheet shows") {
    ProblemList problems;
    const auto table = parse("id,title.ja\n,\na,\"x\ny\"\n\n,,\nb,z\n", problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[1].number == 3);
    CHECK(table.records[2].number == 6);
}

TEST_CASE("text that breaks the quoting rules is a problem at its row and column") {
    CHECK(errors("id,title.ja\na,ab\"c\n") ==
          std::vector<std::string>{
              "events.csv: row 2, column B: a quote inside a cell that does not start with one; "
              "expected the whole cell in quotes with each quote doubled (\"\")"});
    CHECK(errors("id,title.ja\na,\"ab\"c\n") ==
          std::vector<std::string>{"events.csv: row 2, column B: text follows a quoted cell's "
                                   "closing quote; expected a comma or the end of the line "
                                   "(write a quote inside a cell as \"\")"});
    CHECK(errors("id,title.ja\na,b\nc,\"never closed\nd,e\n") ==
          std::vector<std::string>{"events.csv: row 3, column B: a quoted cell runs to the end "
                                   "of the file; its closing quote is missing"});
}

TEST_CASE("written records read back the same, with CRLF line ends and quotes only where needed") {
    const std::vector<std::vector<std::string>> records = {{"id", "title.ja", "body.ja"},
                                                           {"a", "x, y", "- 一\n- 二"},
                                                           {"b", "say \"hi\"", " leading space"},
                                                           {"c", "", "plain"}};
    const std::string text = writeCsv(records);
    CHECK(text ==
          "id,title.ja,body.ja\r\na,\"x, y\",\"- 一\n- 二\"\r\n"
          "b,\"say \"\"hi\"\"\",\" leading space\"\r\nc,,plain\r\n");
    ProblemList problems;
    const auto table = parse(text, problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(table.records.size() == records.size());
    for (size_t i = 0; i < records.size(); ++i) CHECK(table.records[i].cells == records[i]);
}

TEST_CASE("columns are labelled with a spreadsheet's letters") {
    CHECK(columnLetters(0) == "A");
    CHECK(columnLetters(25) == "Z");
    CHECK(columnLetters(26) == "AA");
    CHECK(columnLetters(27) == "AB");
    CHECK(columnLetters(701) == "ZZ");
    CHECK(columnLetters(702) == "AAA");
    CHECK(cellPlace(12, "title.en", 9) == "row 12, column title.en (J)");
    CHECK(cellPlace(3, "", 0) == "row 3, column A");
}
