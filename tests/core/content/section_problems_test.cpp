// What the loader says about broken content files (events, partners, stats,
// playlist, theme, strings): each test breaks one thing in a copy of the default
// pack and pins the exact problem line.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {
const std::string kEvents = "events/2014.json";  // five day-precision events nothing refers to
}

// --- broken JSON ------------------------------------------------------------------

TEST_CASE("Truncated events file") {
    TempPack pack;
    pack.writeText(kEvents, "{\"events\": [{\"id\": \"2014-09-10-x\", ");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: (file): not valid JSON: at line 1, column 36: syntax error while "
              "parsing object key - unexpected end of input; expected string literal"});
}

TEST_CASE("Trailing comma in an events file") {
    TempPack pack;
    pack.writeText(kEvents, "{\"events\": [],}");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: (file): not valid JSON: at line 1, column 15: syntax error while "
              "parsing object key - unexpected '}'; expected string literal"});
}

TEST_CASE("Events file that is not UTF-8") {
    TempPack pack;
    // "Tōkyō" in Latin-1: 0xF4 starts no valid UTF-8 sequence here. The line
    // shows the byte escaped, never raw.
    pack.writeText(kEvents, "{\"events\": [], \"note\": \"T\xF4ky\xF4\"}");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: (file): not valid JSON: at line 1, column 27: syntax error while "
              "parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"T\\xf4k'"});
}

TEST_CASE("Number too large for a double is refused, not a crash") {
    TempPack pack;
    pack.writeText(kEvents, "{\"events\": [], \"n\": 1e400}");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: (file): not valid JSON: number overflow parsing '1e400'"});
}

TEST_CASE("Empty events file") {
    TempPack pack;
    pack.writeText(kEvents, "");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: (file): not valid JSON: at line 1, column 1: syntax error while "
                "parsing value - unexpected end of input; expected '[', '{', or a literal"});
}

// --- wrong types ---------------------------------------------------------------------

TEST_CASE("Events given as an object instead of an array") {
    TempPack pack;
    pack.writeJson(kEvents, {{"events", json::object()}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events: is an object; expected an array"});
}

TEST_CASE("Event id given as an integer") {
    TempPack pack;
    editEvent(pack, kEvents, 1, [](json& e) { e["id"] = 42; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/1/id: is an integer; expected a string"});
}

TEST_CASE("Event title given as a number") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["title"] = 3.5; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: /events/0/title: is a number; expected an object with \"ja\" and "
              "\"en\" strings"});
}

TEST_CASE("Event date given as a string") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"] = "2014-09-10"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/date: is a string; expected an object"});
}

TEST_CASE("Event translation given as a number") {
    TempPack pack;
    editEvent(pack, kEvents, 2, [](json& e) { e["summary"]["en"] = 7; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/2/summary/en: is an integer; expected a string"});
}

TEST_CASE("Event highlight given as a string") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["highlight"] = "yes"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/highlight: is a string; expected true or false"});
}

TEST_CASE("Event that is not an object") {
    TempPack pack;
    editJson(pack, kEvents, [](json& d) { d["events"][3] = json::array(); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/3: is an array; expected an object"});
}

// --- missing required event fields ----------------------------------------------------

TEST_CASE("Event field missing: id, category, date, title or summary") {
    const std::string field =
        GENERATE(as<std::string>{}, "id", "category", "date", "title", "summary");
    TempPack pack;
    editEvent(pack, kEvents, 2, [&](json& e) { e.erase(field); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/2/" + field + ": missing; this field is required"});
}

TEST_CASE("Event field set to null counts as missing") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["title"] = nullptr; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/title: missing; this field is required"});
}

TEST_CASE("Event category that is not in the vocabulary") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["category"] = "meeting"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/category: \"meeting\" is not a category; expected one of "
            "agreement, event_fair, exhibition, lecture_symposium, mayors_meeting, "
            "national_policy, "
            "publication_web, other"});
}

TEST_CASE("Event id with upper-case letters") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["id"] = "2014-09-10-Roundtable"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/id: \"2014-09-10-Roundtable\" is not an id; expected a-z, "
            "0-9 and '-'"});
}

TEST_CASE("Event url that is not a web address") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["url"] = "ftp://example.org/x"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/url: \"ftp://example.org/x\" does not start with "
                "https://; a link for visitors is https only"});
}

TEST_CASE("Event body block that is neither paragraph nor list") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["body"] = json::array({{{"q", "?"}}}); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/body/0: has neither \"p\" nor \"list\"; expected a "
                "paragraph or a bullet list"});
}

TEST_CASE("Event text with no language at all") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["summary"] = json::object(); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/summary: has no text in any "
                                      "language; expected \"ja\" and \"en\""});
}

// --- impossible dates -----------------------------------------------------------------

TEST_CASE("Date that does not exist: 2019-02-30") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"]["start"] = "2019-02-30"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: /events/0/date/start: \"2019-02-30\" is not a real date; expected "
              "YYYY-MM-DD"});
}

TEST_CASE("Date range whose end precedes its start") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) {
        e["date"] = {{"precision", "range"}, {"start", "2014-09-10"}, {"end", "2014-09-01"}};
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/date/end: \"2014-09-01\" is before the start 2014-09-10; "
            "expected the end on or after the start"});
}

TEST_CASE("Days precision without an end") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"]["precision"] = "days"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/date/end: missing; this field is required"});
}

TEST_CASE("Month precision given a full date") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"]["precision"] = "month"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/date/start: \"2014-09-10\" is a "
                                      "full date; precision month "
                                      "expects YYYY-MM"});
}

TEST_CASE("Month precision with a month alone loads") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) {
        e["date"] = {{"precision", "month"}, {"start", "2014-09"}};
    });
    const auto result = loadPack(pack.dir());
    CHECK(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("Day precision given a month alone") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"]["start"] = "2014-09"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/date/start: \"2014-09\" is not "
                                      "a real date; expected YYYY-MM-DD"});
}

TEST_CASE("Date precision that is not in the vocabulary") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["date"]["precision"] = "week"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/date/precision: \"week\" is not "
                                      "a precision; expected day, "
                                      "days, range, month or unknown"});
}

// --- enormous strings ----------------------------------------------------------------------

TEST_CASE("String over 16384 bytes") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["title"]["en"] = std::string(16385, 'a'); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/title/en: string is 16385 bytes; expected at most 16384"});
}

TEST_CASE("String of exactly 16384 bytes is accepted") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["summary"]["en"] = std::string(16384, 'a'); });
    const auto result = loadPack(pack.dir());
    CHECK(result.pack.has_value());
    CHECK(errorLines(result).empty());
}

// --- partners ----------------------------------------------------------------------------

TEST_CASE("Association field missing") {
    const std::string field = GENERATE(as<std::string>{}, "id", "name", "prefecture", "kind",
                                       "agreement_date", "declared_members", "color", "members");
    TempPack pack;
    editJson(pack, "partners.json", [&](json& p) { p["associations"][12].erase(field); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    // The broken association is dropped, so events naming it are reported too;
    // the first line is the cause.
    const auto errors = errorLines(result);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front() ==
          "partners.json: /associations/12/" + field + ": missing; this field is required");
    for (size_t i = 1; i < errors.size(); ++i)
        CHECK(errors[i].find("\"yamanashi-towns\" is not an association of partners.json") !=
              std::string::npos);
}

TEST_CASE("Association declared_members given as a string") {
    TempPack pack;
    editJson(pack, "partners.json",
             [](json& p) { p["associations"][12]["declared_members"] = "14"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const auto errors = errorLines(result);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front() ==
          "partners.json: /associations/12/declared_members: is a string; expected an integer");
}

TEST_CASE("Association kind and colour out of vocabulary") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) {
        p["associations"][12]["kind"] = "villages";
        p["associations"][12]["color"] = "blue";
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const auto errors = errorLines(result);
    REQUIRE(errors.size() >= 2);
    CHECK(errors[0] ==
          "partners.json: /associations/12/kind: \"villages\" is not a kind; expected cities or "
          "towns");
    CHECK(errors[1] ==
          "partners.json: /associations/12/color: \"blue\" is not a colour; expected #RRGGBB");
}

TEST_CASE("Associations given as an object") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) { p["associations"] = json::object(); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const auto errors = errorLines(result);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front() == "partners.json: /associations: is an object; expected an array");
}

TEST_CASE("Company agreement date missing") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) { p["companies"][1].erase("agreement_date"); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"partners.json: /companies/1/agreement_date: missing; this field is required"});
}

// --- stats, playlist, theme, strings --------------------------------------------------------

TEST_CASE("Stats series with fewer values than years") {
    TempPack pack;
    editJson(pack, "stats.json", [](json& s) { s["series"][0]["values"].erase(7); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"stats.json: /series/0/values: has 7 values; expected one per year (8)"});
}

TEST_CASE("Stats value that is not a count") {
    TempPack pack;
    editJson(pack, "stats.json", [](json& s) { s["series"][1]["values"][2] = "237"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "stats.json: /series/1/values/2: is a string; expected a count (0 to 99999) or null"});
}

TEST_CASE("Stats years out of order") {
    TempPack pack;
    editJson(pack, "stats.json", [](json& s) { s["years"][3]["fiscal_year"] = 2016; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"stats.json: /years/3/fiscal_year: is 2016; expected years in increasing order"});
}

TEST_CASE("Playlist slide of unknown type") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) { p["slides"][1]["type"] = "video"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "playlist.json: /slides/1/type: \"video\" is not a slide type; expected title, event, "
            "highlights, numbers, partners, map, qr, tour or spotlight"});
}

TEST_CASE("Playlist that is empty") {
    TempPack pack;
    pack.writeJson("playlist.json", {{"slides", json::array()}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides: is empty; expected at least one slide"});
}

TEST_CASE("QR slide without its url") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) { p["slides"].push_back({{"type", "qr"}}); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides/7/url: missing; this field is required"});
}

TEST_CASE("Slide seconds out of range") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) { p["slides"][0]["seconds"] = 0; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"playlist.json: /slides/0/seconds: is 0; expected 1 to 600"});
}

TEST_CASE("Theme colour that is not #RRGGBB") {
    TempPack pack;
    editJson(pack, "theme.json", [](json& t) { t["colors"]["accent"] = "#EEB90"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /colors/accent: \"#EEB90\" is not a colour; expected #RRGGBB"});
}

TEST_CASE("Theme colour missing and type size out of range") {
    TempPack pack;
    editJson(pack, "theme.json", [](json& t) {
        t["colors"].erase("muted");
        t["type_scale"]["display"] = 0.5;
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"theme.json: /colors/muted: missing; this field is required",
                "theme.json: /type_scale/display: is 0.5; expected 0.005 to 0.25"});
}

TEST_CASE("UI string given as a plain string") {
    TempPack pack;
    editJson(pack, "strings.json", [](json& s) { s["extra_key"] = "Hello"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"strings.json: /extra_key: is a string; expected an object "
                                      "with \"ja\" and \"en\" strings"});
}

TEST_CASE("Municipality code listed twice") {
    TempPack pack;
    editJson(pack, "municipalities.json",
             [](json& m) { m["municipalities"].push_back(m["municipalities"][1]); });
    const size_t last = pack.readJson("municipalities.json")["municipalities"].size() - 1;
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"municipalities.json: /municipalities/" +
                                      std::to_string(last) + "/code: \"01100\" is listed twice"});
}
