// Event titles within a year must differ in every language the pack offers:
// each test gives events of the default pack the same title and pins the warning.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

const std::string k2014 = "events/2014.json";

void setTitle(TempPack& pack, const std::string& file, size_t index, const std::string& language,
              const std::string& title) {
    editEvent(pack, file, index, [&](json& e) { e["title"][language] = title; });
}

}  // namespace

TEST_CASE("The default pack's event titles are distinct within each year") {
    TempPack pack;
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("Two events of a year with one Japanese title: a warning names both") {
    TempPack pack;
    setTitle(pack, k2014, 1, "ja", "区長会総会");
    setTitle(pack, k2014, 2, "ja", "区長会総会");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) ==
          Lines{"events/2014.json: /events/2/title/ja: \"区長会総会\" is also the title of "
                "2014-09-16-project-launched (events/2014.json) in 2014; expected "
                "2014-11-14-survey-preliminary-report to have a title of its own that says what "
                "happened"});
}

TEST_CASE("A repeated English title is reported in English only, once per repeat") {
    TempPack pack;
    for (size_t index : {0, 2, 4})
        setTitle(pack, k2014, index, "en", "Special Wards Mayors' Association general meeting");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const Lines added = addedWarnings(result);
    REQUIRE(added.size() == 2);
    CHECK(added[0].rfind("events/2014.json: /events/2/title/en: ", 0) == 0);
    CHECK(added[1].rfind("events/2014.json: /events/4/title/en: ", 0) == 0);
    for (const auto& line : added)
        CHECK(line.find("is also the title of 2014-09-10-roundtable-mayors-exchange") !=
              std::string::npos);
}

TEST_CASE("The same title in different years is no repeat") {
    TempPack pack;
    setTitle(pack, k2014, 3, "ja", "特別区制度懇談会");
    setTitle(pack, "events/2015.json", 2, "ja", "特別区制度懇談会");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("An undated event is compared within the year the timeline files it under") {
    TempPack pack;
    setTitle(pack, "events/2017.json", 1, "ja", "千葉県町村会との連携協定締結式の実施");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) ==
          Lines{"events/2017.json: /events/1/title/ja: \"千葉県町村会との連携協定締結式の実施\" is "
                "also the title of 2017-01-19-chiba-towns-agreement (events/2017.json) in 2017; "
                "expected 2017-unknown-second-nationwide-symposium to have a title of its own "
                "that says what happened"});
}

TEST_CASE("A repeated Korean title is reported where the pack offers Korean") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["languages"] = {"ja", "en", "ko"}; });
    setTitle(pack, k2014, 1, "ko", "특별구청장회 총회");
    setTitle(pack, k2014, 2, "ko", "특별구청장회 총회");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(contains(addedWarnings(result),
                   "events/2014.json: /events/2/title/ko: \"특별구청장회 총회\" is also the title "
                   "of 2014-09-16-project-launched (events/2014.json) in 2014; expected "
                   "2014-11-14-survey-preliminary-report to have a title of its own that says what "
                   "happened"));
}

TEST_CASE("A language the pack does not offer is not compared") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& p) { p["languages"] = json::array({"ja", "en"}); });
    setTitle(pack, k2014, 1, "ko", "특별구청장회 총회");
    setTitle(pack, k2014, 2, "ko", "특별구청장회 총회");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    for (const auto& line : addedWarnings(result))
        CHECK(line.find("is also the title of") == std::string::npos);
}
