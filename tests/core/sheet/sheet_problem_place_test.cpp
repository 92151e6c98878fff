#include <catch2/catch.hpp>

#include "sheet/sheet_problem_place.hpp"

using namespace kiosk;

TEST_CASE("a pointer inside an event names the sheet's column") {
    CHECK(columnOfEventPointer("/title/en") == "title.en");
    CHECK(columnOfEventPointer("/title") == "title.ja");
    CHECK(columnOfEventPointer("/body/2/list/0/ko") == "body.ko");
    CHECK(columnOfEventPointer("/body/0/p/zh-Hant") == "body.zh-Hant");
    CHECK(columnOfEventPointer("/people/1/en") == "people.en");
    CHECK(columnOfEventPointer("/date/start") == "date.start");
    CHECK(columnOfEventPointer("/date") == "date.precision");
    CHECK(columnOfEventPointer("/image_focus/y") == "image_focus.y");
    CHECK(columnOfEventPointer("/places/3") == "places");
    CHECK(columnOfEventPointer("/url") == "url");
    CHECK(columnOfEventPointer("") == "id");
}

TEST_CASE("the pack's own problems move to the row and column they came from") {
    ImportedEvents imported;
    imported.rows["events/2016.json"] = {2, 7, 9};
    imported.header = EventSheetHeader{};
    imported.header->columns = {{"id", 0}, {"title.en", 9}, {"image", 35}};
    const Problem inEvent{Problem::Severity::Warning, "events/2016.json", "/events/1/title/en",
                          "missing translation; expected the text in English"};
    CHECK(placeInSheet(inEvent, imported, "events.csv").format() ==
          "events.csv: row 7, column title.en (J): missing translation; expected the text in "
          "English (events/2016.json: /events/1/title/en)");
    const Problem elsewhere{Problem::Severity::Error, "playlist.json", "/slides/3/event",
                            "\"x\" is not an event id"};
    CHECK(placeInSheet(elsewhere, imported, "events.csv").format() ==
          "playlist.json: /slides/3/event: \"x\" is not an event id");
    const Problem beyond{Problem::Severity::Error, "events/2016.json", "/events/5/id", "?"};
    CHECK(placeInSheet(beyond, imported, "events.csv").file == "events/2016.json");
}
