#include <catch2/catch.hpp>

#include "sheet/events_sheet.hpp"
#include "sheet/sheet_values.hpp"

using namespace kiosk;

namespace {

const std::vector<std::string> kColumns = {
    "id",       "category",     "date.precision", "date.start",
    "date.end", "date.year",    "date.after",     "era",
    "title.ja", "title.en",     "summary.ja",     "summary.en",
    "body.ja",  "body.en",      "people.ja",      "people.en",
    "places",   "associations", "image_focus.x",  "image_focus.y",
    "url",      "highlight"};

using Row = std::map<std::string, std::string>;

// A good row; each test changes a cell or two.
Row goodRow(const std::string& id = "2016-04-26-agreement") {
    return {{"id", id},
            {"category", "agreement"},
            {"date.precision", "day"},
            {"date.start", "2016-04-26"},
            {"era", "平成28年"},
            {"title.ja", "連携協定の締結"},
            {"title.en", "Partnership agreement signed"},
            {"summary.ja", "協定を締結した。"},
            {"summary.en", "The agreement was signed."}};
}

CsvTable table(const std::vector<Row>& rows, const std::vector<std::string>& columns = kColumns) {
    CsvTable t;
    t.records.push_back({1, columns});
    for (size_t r = 0; r < rows.size(); ++r) {
        CsvRecord record{r + 2, {}};
        for (const auto& c : columns) {
            const auto it = rows[r].find(c);
            record.cells.push_back(it == rows[r].end() ? "" : it->second);
        }
        t.records.push_back(record);
    }
    return t;
}

EventSheetContext context() {
    return {{"01000", "13101", "01303"}, {"hokkaido-towns", "kyoto-cities"}};
}

std::optional<ImportedEvents> import(const CsvTable& t, ProblemList& problems) {
    return sheetToEvents(t, context(), "events.csv", problems);
}

std::vector<std::string> errors(const std::vector<Row>& rows,
                                const std::vector<std::string>& columns = kColumns) {
    ProblemList problems;
    CHECK(!import(table(rows, columns), problems));
    std::vector<std::string> lines;
    for (const auto& p : problems.errors()) lines.push_back(p.format());
    return lines;
}

Row with(Row row, const std::string& column, const std::string& value) {
    row[column] = value;
    return row;
}

}  // namespace

TEST_CASE("a good row becomes an event in its year's file, fields in the files' order") {
    Row row = goodRow();
    row["body.ja"] = "本文の段落。\n\n・一つ目\n・二つ目";
    row["body.en"] = "A paragraph.\n\n- First\n- Second";  // "- " as other tools write lists
    row["people.ja"] = "山田 太郎 氏\n鈴木 花子 氏";
    row["people.en"] = "Mr Taro Yamada\nMs Hanako Suzuki";
    row["places"] = "1000 13101";  // Excel drops the leading zero of 01000
    row["associations"] = "hokkaido-towns";
    row["highlight"] = "TRUE";
    row["image_focus.x"] = "0.25";
    row["image_focus.y"] = "1";
    ProblemList problems;
    const auto imported = import(table({row}), problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(imported);
    CHECK(imported->rows.at("events/2016.json") == std::vector<size_t>{2});
    CHECK(imported->files.at("events/2016.json") == R"({
  "events": [
    {
      "id": "2016-04-26-agreement",
      "category": "agreement",
      "date": {
        "precision": "day",
        "start": "2016-04-26"
      },
      "era": "平成28年",
      "title": {
        "ja": "連携協定の締結",
        "en": "Partnership agreement signed"
      },
      "summary": {
        "ja": "協定を締結した。",
        "en": "The agreement was signed."
      },
      "body": [
        {
          "p": {
            "ja": "本文の段落。",
            "en": "A paragraph."
          }
        },
        {
          "list": [
            {
              "ja": "一つ目",
              "en": "First"
            },
            {
              "ja": "二つ目",
              "en": "Second"
            }
          ]
        }
      ],
      "people": [
        {
          "ja": "山田 太郎 氏",
          "en": "Mr Taro Yamada"
        },
        {
          "ja": "鈴木 花子 氏",
          "en": "Ms Hanako Suzuki"
        }
      ],
      "places": [
        "01000",
        "13101"
      ],
      "associations": [
        "hokkaido-towns"
      ],
      "image_focus": {
        "x": 0.25,
        "y": 1
      },
      "highlight": true
    }
  ]
}
)");
}

TEST_CASE("dates as Excel saves them are read as meant") {
    Row row = with(goodRow(), "date.precision", "range");
    row["date.start"] = "2016/4/2";
    row["date.end"] = "2016/04/30";
    ProblemList problems;
    const auto imported = import(table({row}), problems);
    REQUIRE(imported);
    CHECK(imported->files.at("events/2016.json").find(R"("start": "2016-04-02",)") !=
          std::string::npos);
    CHECK(imported->files.at("events/2016.json").find(R"("end": "2016-04-30")") !=
          std::string::npos);
}

TEST_CASE("spaces around a value are not part of it, a text keeps its own") {
    Row row = goodRow();
    row["category"] = " agreement\u3000";
    row["date.start"] = "2016/4/26 ";
    row["highlight"] = " TRUE";
    row["title.en"] = "Partnership agreement signed ";
    ProblemList problems;
    const auto imported = import(table({row}), problems);
    REQUIRE(imported);
    const std::string& file = imported->files.at("events/2016.json");
    CHECK(file.find(R"("category": "agreement",)") != std::string::npos);
    CHECK(file.find(R"("highlight": true)") != std::string::npos);
    CHECK(file.find(R"("en": "Partnership agreement signed ")") != std::string::npos);
    CHECK(trimmed("\u3000 x y\t\u3000") == "x y");
    CHECK(trimmed("\u3000").empty());
    CHECK(trimmed("") == "");
}

TEST_CASE("a month Excel saved as its first day is read as the month") {
    for (const char* excel : {"2021/1/1", "2021/1", "2021-01", "2021-01-01"}) {
        Row row = with(with(goodRow(), "date.precision", "month"), "date.start", excel);
        row["era"] = "令和3年";
        ProblemList problems;
        const auto imported = import(table({row}), problems);
        INFO(excel);
        REQUIRE(imported);
        CHECK(imported->files.at("events/2021.json").find(R"("start": "2021-01")") !=
              std::string::npos);
    }
}

TEST_CASE("each bad cell is one line naming the file, row and column") {
    CHECK(errors({with(goodRow(), "date.start", "2016-02-30")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.start (D): \"2016-02-30\" is "
                                   "not a real date; expected YYYY-MM-DD (or YYYY/M/D)"});
    CHECK(errors({with(goodRow(), "category", "party")}) ==
          std::vector<std::string>{
              "events.csv: row 2, column category (B): \"party\" is not a category; expected "
              "agreement, event_fair, exhibition, lecture_symposium, mayors_meeting, "
              "national_policy, publication_web or other"});
    CHECK(errors({with(goodRow(), "places", "01000 99999")}) ==
          std::vector<std::string>{"events.csv: row 2, column places (Q): \"99999\" is not a "
                                   "place of the pack's places.json"});
    CHECK(errors({with(goodRow(), "places", "Sapporo")}) ==
          std::vector<std::string>{
              "events.csv: row 2, column places (Q): \"Sapporo\" is not a local-government "
              "code; expected five digits (01000 for Hokkaido, 13101 for Chiyoda)"});
    CHECK(errors({with(goodRow(), "associations", "hokkaido-towns osaka-towns")}) ==
          std::vector<std::string>{"events.csv: row 2, column associations (R): \"osaka-towns\" "
                                   "is not an association of partners.json"});
    CHECK(errors({with(goodRow(), "highlight", "yes")}) ==
          std::vector<std::string>{"events.csv: row 2, column highlight (V): \"yes\" is not true "
                                   "or false; expected true, false or empty"});
    CHECK(errors({with(goodRow(), "title.ja", "")}) ==
          std::vector<std::string>{"events.csv: row 2, column title.ja (I): is empty; every "
                                   "event needs its title in Japanese"});
    // Links are held to the loader's rule: https only, a host name with a dot.
    CHECK(errors({with(goodRow(), "url", "www.example.jp")}) ==
          std::vector<std::string>{"events.csv: row 2, column url (U): \"www.example.jp\" does "
                                   "not start with https://; a link for visitors is https only"});
    CHECK(errors({with(goodRow(), "url", "http://www.example.jp/")}) ==
          std::vector<std::string>{"events.csv: row 2, column url (U): \"http://www.example.jp/\" "
                                   "does not start with https://; a link for visitors is https "
                                   "only"});
    CHECK(errors({with(goodRow(), "url", "https://intranet/page")}) ==
          std::vector<std::string>{"events.csv: row 2, column url (U): \"https://intranet/page\" "
                                   "has \"intranet\" as its host; expected a name with a dot "
                                   "(www.example.jp)"});
    CHECK(errors({with(goodRow(), "id", "Event 1")}) ==
          std::vector<std::string>{"events.csv: row 2, column id (A): \"Event 1\" is not an id; "
                                   "expected a-z, 0-9 and '-'"});
}

TEST_CASE("a duplicate id names the row that has it first") {
    CHECK(errors({goodRow("a"), goodRow("b"), goodRow("a")}) ==
          std::vector<std::string>{"events.csv: row 4, column id (A): \"a\" is the id of row 2 "
                                   "too; expected each event's id once"});
}

TEST_CASE("dates: what each precision needs, and an end before the start") {
    CHECK(errors({with(with(goodRow(), "date.precision", "days"), "date.end", "2016-04-25")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.end (E): \"2016-04-25\" is "
                                   "before the start 2016-04-26; expected the end on or after "
                                   "the start"});
    CHECK(errors({with(goodRow(), "date.precision", "range")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.end (E): is empty; a date of "
                                   "precision range needs its end"});
    CHECK(errors({with(goodRow(), "date.precision", "month")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.start (D): \"2016-04-26\" is "
                                   "not a real date; expected YYYY-MM (or YYYY/M)"});
    CHECK(errors({with(goodRow(), "date.precision", "unknown")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.start (D): is given for a "
                                   "date of precision unknown; leave it empty or give the "
                                   "precision"});
    Row undated = with(with(goodRow("b"), "date.precision", "unknown"), "date.start", "");
    CHECK(errors({with(undated, "date.after", "zzz")}) ==
          std::vector<std::string>{"events.csv: row 2, column date.after (G): \"zzz\" is not the "
                                   "id of an event in the sheet"});
    CHECK(errors({undated}) ==
          std::vector<std::string>{"events.csv: row 2, column date.year (F): is empty, the date "
                                   "unknown and no row above it dated; give the year the "
                                   "timeline files the event under"});
}

TEST_CASE("an undated event goes in the file of the event it follows") {
    Row undated = with(with(goodRow("b"), "date.precision", "unknown"), "date.start", "");
    undated["date.after"] = "c";
    Row later = with(goodRow("c"), "date.start", "2019-05-01");
    ProblemList problems;
    const auto imported = import(table({goodRow("a"), undated, later}), problems);
    REQUIRE(imported);
    CHECK(imported->rows.at("events/2016.json") == std::vector<size_t>{2});
    CHECK(imported->rows.at("events/2019.json") == std::vector<size_t>{3, 4});
}

TEST_CASE("languages must agree on a body's blocks and on the people's lines") {
    Row row = goodRow();
    row["body.ja"] = "段落。\n\n・一\n・二";
    row["body.en"] = "Paragraph.\n・ One\n・ Two\n・ Three";
    row["people.ja"] = "山田 氏\n鈴木 氏";
    row["people.en"] = "Mr Yamada";
    CHECK(errors({row}) ==
          std::vector<std::string>{
              "events.csv: row 2, column body.en (N): has a paragraph, a list of 3 but body.ja "
              "has a paragraph, a list of 2; expected the same paragraphs and lists in every "
              "language",
              "events.csv: row 2, column people.en (P): has 1 lines but people.ja has 2; "
              "expected one line for each item in every language"});
}

TEST_CASE("a list item with no text is named") {
    Row row = goodRow();
    row["body.ja"] = "・一\n・\n・三";
    CHECK(errors({row}) ==
          std::vector<std::string>{"events.csv: row 2, column body.ja (M): has a list item with no "
                                   "text; expected text after each \"・\""});
}

TEST_CASE("the header: unknown, repeated and missing columns are named") {
    std::vector<std::string> columns = kColumns;
    columns.push_back("titel.fr");
    columns.push_back("title.en");
    columns.erase(columns.begin() + 1);  // category
    CHECK(errors({goodRow()}, columns) ==
          std::vector<std::string>{
              "events.csv: row 1, column V: \"titel.fr\" is not a column of the "
              "events sheet; expected id, category, date.start, title.ja, ... (see the staff "
              "instructions)",
              "events.csv: row 1, column title.en (W): \"title.en\" is a second column of that "
              "name; expected each column once",
              "events.csv: row 1: has no column \"category\"; every events sheet needs it"});
}

TEST_CASE("a long value is cut in the message, and its line breaks are shown escaped") {
    const std::string longCategory = "とても長い\n分類" + std::string(60, 'x');
    CHECK(errors({with(goodRow(), "category", longCategory)}).front() ==
          "events.csv: row 2, column category (B): \"とても長い\\n分類" + std::string(32, 'x') +
              "...\" is not a category; expected agreement, event_fair, exhibition, "
              "lecture_symposium, mayors_meeting, national_policy, publication_web or other");
}

TEST_CASE("in a Shift_JIS sheet, a \"?\" in a Chinese or Korean text is a character Excel lost") {
    std::vector<std::string> columns = kColumns;
    columns.push_back("title.ko");
    Row row = with(goodRow(), "title.ko", "?? ??? ??");
    row["title.en"] = "Why?";  // English has question marks of its own
    auto context = EventSheetContext{{"01000"}, {}};
    context.shiftJis = true;
    ProblemList problems;
    CHECK(!sheetToEvents(table({row}, columns), context, "events.csv", problems));
    REQUIRE(problems.errors().size() == 1);
    CHECK(problems.errors()[0].format() ==
          "events.csv: row 2, column title.ko (W): \"?? ??? ??\" holds \"?\" where Shift_JIS "
          "(Excel's plain \"CSV\") could not hold a character; save the sheet as \"CSV UTF-8\" "
          "and import it again");
    context.shiftJis = false;  // in UTF-8 a question mark is a question mark
    ProblemList utf8Problems;
    CHECK(sheetToEvents(table({row}, columns), context, "events.csv", utf8Problems));
}

TEST_CASE("a column the sheet leaves out keeps the pack's value, while it still fits") {
    const auto before = nlohmann::ordered_json::parse(R"({
      "id": "2016-04-26-agreement", "category": "agreement",
      "date": {"precision": "day", "start": "2016-04-26"},
      "title": {"ja": "旧題", "en": "Old title", "ko": "옛 제목"},
      "summary": {"ja": "旧要約", "ko": "옛 요약"},
      "body": [{"p": {"ja": "段落", "ko": "단락"}}, {"list": [{"ja": "一", "ko": "하나"}]}],
      "people": [{"ja": "山田 氏", "ko": "야마다 씨"}],
      "url": "https://www.tokyo23city.or.jp/"})");
    EventSheetContext context{{"01000"}, {}};
    context.existing[before["id"].get<std::string>()] = before;
    Row row = goodRow();
    row["body.ja"] = "新しい段落\n\n・一\n・二";  // the list grew: the Korean body no longer fits
    row["body.en"] = "New paragraph\n\n・One\n・Two";
    row["people.ja"] = "鈴木 氏";
    row["people.en"] = "Ms Suzuki";
    std::vector<std::string> columns = kColumns;
    columns.erase(std::find(columns.begin(), columns.end(), "url"));
    ProblemList problems;
    const auto imported = sheetToEvents(table({row}, columns), context, "events.csv", problems);
    REQUIRE(imported);
    REQUIRE(problems.warnings().size() == 1);
    CHECK(problems.warnings()[0].format() ==
          "events.csv: row 2, column body.ko: is not in the sheet, and the pack's ko body no "
          "longer matches the sheet's: it is dropped");
    const auto event =
        nlohmann::ordered_json::parse(imported->files.at("events/2016.json"))["events"][0];
    CHECK(event["title"].dump() ==
          R"({"ja":"連携協定の締結","en":"Partnership agreement signed","ko":"옛 제목"})");
    CHECK(event["summary"]["ko"] == "옛 요약");
    CHECK(!event["body"][0]["p"].contains("ko"));
    CHECK(event["people"].dump() == R"([{"ja":"鈴木 氏","en":"Ms Suzuki","ko":"야마다 씨"}])");
    CHECK(event["url"] == "https://www.tokyo23city.or.jp/");  // its column was left out
    CHECK(!event.contains("highlight"));  // an empty cell of a column there is no value
}
