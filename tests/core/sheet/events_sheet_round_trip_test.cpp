#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "sheet/event_cells.hpp"
#include "sheet/events_sheet_files.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

std::string defaultSource() {
    return test::sourceDir() + "/content/src/default";
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("the default pack's events go through the sheet and come back byte for byte") {
    ProblemList problems;
    const auto records = readPackEventsSheet(defaultSource(), std::nullopt, problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(records);
    CHECK(records->size() == 161);  // the header and 160 events
    const auto bytes =
        encodeSheetFile(*records, SheetEncoding::Utf8WithBom, "events.csv", problems);
    REQUIRE(bytes);
    const auto decoded = decodeSheet(*bytes, "events.csv", problems);
    REQUIRE(decoded);
    CHECK(decoded->encoding == SheetEncoding::Utf8WithBom);
    const auto table = parseCsv(decoded->text, "events.csv", problems);
    const auto context = readImportContext(defaultSource(), problems);
    REQUIRE(context);
    CHECK(context->placeCodes.count("01000"));
    CHECK(context->associations.count("hokkaido-towns"));
    const auto imported = sheetToEvents(table, *context, "events.csv", problems);
    INFO((problems.size() ? problems.all().front().format() : ""));
    REQUIRE(problems.size() == 0);
    REQUIRE(imported);
    CHECK(imported->events == 160);
    REQUIRE(imported->files.size() == 9);
    for (const auto& [path, text] : imported->files) {
        INFO(path);
        CHECK(text == readFile(defaultSource() + "/" + path));
    }
}

TEST_CASE("a body's paragraphs and lists, and the people, are one cell per language") {
    ProblemList problems;
    const auto records = readPackEventsSheet(defaultSource(), std::nullopt, problems);
    REQUIRE(records);
    const auto& header = records->front();
    const auto column = [&](const std::string& name) {
        return size_t(std::find(header.begin(), header.end(), name) - header.begin());
    };
    // 2014-09-16's body: a list of two items in each language.
    const auto& row = (*records)[2];
    CHECK(row[column("id")] == "2014-09-16-project-launched");
    CHECK(row[column("body.ja")] ==
          "・全国の市町村に向けてプロジェクトをお知らせ\n・連携・交流についてのアンケートも実施");
    bool sawParagraphThenList = false, sawPeople = false;
    for (const auto& r : *records) {
        const std::string& body = r[column("body.en")];
        sawParagraphThenList = sawParagraphThenList || (body.find("\n\n・") != std::string::npos &&
                                                        body.rfind("・", 0) != 0);
        sawPeople = sawPeople || r[column("people.ja")].find('\n') != std::string::npos;
    }
    CHECK(sawParagraphThenList);
    CHECK(sawPeople);
}

TEST_CASE("a built pack exports too, its drawn title cards and their focus included") {
    ProblemList problems;
    const auto records = readPackEventsSheet(test::defaultPackDir(), std::nullopt, problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(records);
    const auto& header = records->front();
    const size_t image = size_t(std::find(header.begin(), header.end(), "image") - header.begin());
    const size_t focusX =
        size_t(std::find(header.begin(), header.end(), "image_focus.x") - header.begin());
    size_t withImage = 0;
    for (size_t r = 1; r < records->size(); ++r)
        if (!(*records)[r][image].empty()) {
            ++withImage;
            CHECK((*records)[r][image].rfind("images/events/", 0) == 0);
            CHECK(!(*records)[r][focusX].empty());
        }
    CHECK(withImage > 0);
    // And an import into a built pack is refused: its files are hashed.
    CHECK(!readImportContext(test::defaultPackDir(), problems));
    CHECK(problems.errors().back().format().find(
              "pack.json: /files: is there: this is a built pack") == 0);
}

TEST_CASE("an event the sheet cannot hold is refused on export by file and pointer") {
    const auto event = nlohmann::ordered_json::parse(R"({"id": "a", "body": [
        {"p": {"ja": "一行目\n・二行目は箇条書きに見える", "en": "fine"}},
        {"list": [{"ja": "項目", "en": " leading space"}]}],
        "people": [{"ja": "山田\n氏", "en": "Yamada"}], "colour": "red"})");
    ProblemList problems;
    CHECK(!eventToCells(event, "events/2016.json", "/events/0", problems));
    std::vector<std::string> lines;
    for (const auto& p : problems.errors()) lines.push_back(p.format());
    CHECK(lines ==
          std::vector<std::string>{
              "events/2016.json: /events/0/body/0/p/ja: is empty, has a line starting with \"・\" "
              "or \"- \" or holds an empty line, which its sheet cell cannot tell apart from a "
              "list or a new block",
              "events/2016.json: /events/0/body/1/list/0/en: is empty, starts with a space or "
              "holds a line break; the sheet writes one item a line",
              "events/2016.json: /events/0/people/0/ja: is empty, starts with a space or holds a "
              "line break; the sheet writes one item a line",
              "events/2016.json: /events/0/colour: is not a field of an event the events sheet "
              "has a column for"});
}
