// What the loader says about problems across files (references, duplicate ids,
// images) and about the disagreements it only warns of: each test breaks one
// thing in a copy of the default pack and pins the exact problem line.
#include <catch2/catch.hpp>

#include <stb_image_write.h>
#include <cstdint>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

const std::string kEvents = "events/2014.json";

void appendBytes(std::string* out, void* data, int size) {
    out->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

// A real PNG of width x height, red, written by stb_image_write.
std::string smallPng(int width = 4, int height = 3) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
    for (size_t i = 0; i < pixels.size(); i += 3) pixels[i] = 0xFF;
    std::string png;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            appendBytes(static_cast<std::string*>(context), data, size);
        },
        &png, width, height, 3, pixels.data(), width * 3);
    return png;
}

uint32_t crc32(const std::string& bytes) {
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char b : bytes) {
        crc ^= b;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

std::string be32(uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

// Just the signature and a valid IHDR chunk: a few dozen bytes claiming any size.
std::string pngHeaderClaiming(uint32_t width, uint32_t height) {
    const std::string ihdr =
        "IHDR" + be32(width) + be32(height) + std::string("\x08\x02\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + ihdr + be32(crc32(ihdr));
}

void setImage(TempPack& pack, const std::string& image) {
    editEvent(pack, kEvents, 0, [&](json& e) { e["image"] = image; });
}

}  // namespace

// --- references ------------------------------------------------------------------------

TEST_CASE("Duplicate event ids in one file") {
    TempPack pack;
    editJson(pack, kEvents, [](json& d) { d["events"][1]["id"] = d["events"][0]["id"]; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/1/id: id \"2014-09-10-roundtable-mayors-exchange\" is used "
            "twice (also in events/2014.json); expected unique ids"});
}

TEST_CASE("Duplicate event ids across files") {
    TempPack pack;
    editEvent(pack, "events/2015.json", 2,
              [](json& e) { e["id"] = "2014-09-16-project-launched"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2015.json: /events/2/id: id "
                                      "\"2014-09-16-project-launched\" is used twice (also "
                                      "in events/2014.json); expected unique ids"});
}

TEST_CASE("Duplicate association id") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) { p["associations"][12]["id"] = "chiba-cities"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const auto errors = errorLines(result);
    REQUIRE_FALSE(errors.empty());
    CHECK(
        errors.front() ==
        "partners.json: /associations/12/id: \"chiba-cities\" is used twice; expected unique ids");
}

TEST_CASE("Duplicate ids are reported at their place in the file even after a dropped entry") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) {
        p["associations"][0].erase("color");                 // dropped: error
        p["associations"][12]["id"] = "chiba-cities";        // duplicate of 11
        p["companies"][0]["agreement_date"] = "2018-02-30";  // dropped: error
        p["companies"][3]["id"] = "sompo-japan";             // duplicate of 1
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const auto errors = errorLines(result);
    CAPTURE(errors);
    CHECK(
        contains(errors, "partners.json: /associations/0/color: missing; this field is required"));
    CHECK(contains(errors,
                   "partners.json: /companies/0/agreement_date: \"2018-02-30\" is not a real "
                   "date; expected YYYY-MM-DD"));
    CHECK(contains(errors,
                   "partners.json: /associations/12/id: \"chiba-cities\" is used twice; "
                   "expected unique ids"));
    CHECK(contains(errors,
                   "partners.json: /companies/3/id: \"sompo-japan\" is used twice; expected "
                   "unique ids"));
}

TEST_CASE("Event naming an unknown association") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["associations"] = {"nagano-towns"}; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: /events/0/associations: \"nagano-towns\" is not an association of "
              "partners.json"});
}

TEST_CASE("Event naming an unknown place code") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["places"] = {"01000", "99999"}; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/places: \"99999\" is not in the municipality list"});
}

TEST_CASE("Association member not in the municipality list") {
    TempPack pack;
    editJson(pack, "partners.json",
             [](json& p) { p["associations"][12]["members"].push_back("99999"); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(contains(errorLines(result),
                   "partners.json: /associations/12/members: \"99999\" is not in the "
                   "municipality list"));
}

TEST_CASE("Event place that is not a local-government code") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["places"] = {"1000"}; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/places/0: \"1000\" is not a "
                                      "local-government code; expected "
                                      "five digits"});
}

TEST_CASE("Undated event following an unknown event") {
    TempPack pack;
    editEvent(pack, kEvents, 4, [](json& e) {
        e["date"] = {{"precision", "unknown"}, {"after", "2014-12-31-nothing"}};
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"events/2014.json: /events/4/date/after: \"2014-12-31-nothing\" is not an event id"});
}

TEST_CASE("Playlist slide referencing a missing event") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back(
            {{"type", "event"}, {"event", "2014-01-01-nothing"}, {"seconds", 10}});
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides/7/event: \"2014-01-01-nothing\" is not an event id"});
}

TEST_CASE("Playlist event slide without an event is reported once") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) { p["slides"].push_back({{"type", "event"}}); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides/7/event: missing; this field is required"});
}

TEST_CASE("Playlist slide pointers stay right after a slide of unknown type") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"][0]["type"] = "video";
        p["slides"].push_back({{"type", "event"}, {"event", "2014-01-01-nothing"}});
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "playlist.json: /slides/0/type: \"video\" is not a slide type; expected title, event, "
            "highlights, numbers, partners, map, qr, tour or spotlight",
            "playlist.json: /slides/7/event: \"2014-01-01-nothing\" is not an event id"});
}

TEST_CASE("Event slide referencing an existing event loads") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "event"}, {"event", "2014-09-16-project-launched"}});
    });
    const auto result = loadPack(pack.dir());
    CHECK(result.pack.has_value());
    CHECK(errorLines(result).empty());
}

TEST_CASE("Missing UI string key") {
    TempPack pack;
    editJson(pack, "strings.json", [](json& s) { s.erase("still_there"); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"strings.json: /still_there: missing; the kiosk draws this "
                                      "UI string (expected {\"ja\": …, "
                                      "\"en\": …})"});
}

// --- images ---------------------------------------------------------------------------------

TEST_CASE("A small real PNG, listed and referenced, loads") {
    TempPack pack;
    pack.writeText("images/cards/test.png", smallPng());
    setImage(pack, "images/cards/test.png");
    const auto result = loadPack(pack.dir());
    CHECK(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("PNG header claiming 100000x100000 pixels") {
    TempPack pack;
    pack.writeText("images/huge.png", pngHeaderClaiming(100000, 100000));
    setImage(pack, "images/huge.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/image: image \"images/huge.png\" is 100000x100000 pixels; "
            "expected at most 8192x8192 and 40 megapixels"});
}

TEST_CASE("PNG header claiming 9000x9000 pixels") {
    TempPack pack;
    pack.writeText("images/big.png", pngHeaderClaiming(9000, 9000));
    setImage(pack, "images/big.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/image: image \"images/big.png\" is 9000x9000 pixels; "
                "expected at most 8192x8192 and 40 megapixels"});
}

TEST_CASE("Truncated PNG") {
    TempPack pack;
    const std::string png = smallPng(64, 64);
    // Drops IEND (12 bytes) and the end of IDAT: the header still reads.
    pack.writeText("images/cut.png", png.substr(0, png.size() - 20));
    setImage(pack, "images/cut.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/image: image \"images/cut.png\" is damaged: its IDAT chunk "
            "at byte 33 is cut short"});
}

TEST_CASE("Truncated PNG passes the kiosk's header-only check, its decoder shows it broken") {
    TempPack pack;
    const std::string png = smallPng(64, 64);
    pack.writeText("images/cut.png", png.substr(0, png.size() - 20));
    setImage(pack, "images/cut.png");
    PackLoadOptions kiosk;
    kiosk.imageLimits.decode = false;
    CHECK(loadPack(pack.dir(), kiosk).pack.has_value());
    pack.writeText("images/garbage.png", "not a picture");
    setImage(pack, "images/garbage.png");
    CHECK(errorLines(loadPack(pack.dir(), kiosk)) ==
          Lines{"events/2014.json: /events/0/image: image \"images/garbage.png\" is not a PNG or "
                "JPEG picture (its first bytes are no picture format)"});
}

TEST_CASE("Association picture that is missing") {
    TempPack pack;
    auto partners = pack.readJson("partners.json");
    partners["associations"][2]["image"] = "images/partners/nowhere.png";
    pack.writeJson("partners.json", partners);
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"partners.json: /associations/2/image: \"images/partners/"
                                      "nowhere.png\" is not listed in pack.json files"});
}

TEST_CASE("Garbage bytes named .png") {
    TempPack pack;
    pack.writeText("images/garbage.png", "this is not an image at all, only text");
    setImage(pack, "images/garbage.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "events/2014.json: /events/0/image: image \"images/garbage.png\" is not a PNG or JPEG "
            "picture (its first bytes are no picture format)"});
}

TEST_CASE("Image referenced by an event but not listed") {
    TempPack pack;
    pack.writeText("images/unlisted.png", smallPng(), /*rehash=*/false);
    setImage(pack, "images/unlisted.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/image: \"images/unlisted.png\" "
                                      "is not listed in pack.json files"});
}

TEST_CASE("Image listed but missing") {
    TempPack pack;
    pack.writeText("images/gone.png", smallPng());
    setImage(pack, "images/gone.png");
    const size_t i = fileIndex(pack, "images/gone.png");
    pack.remove("images/gone.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"images/gone.png: (file): file is missing; the manifest lists it at /files/" +
                std::to_string(i)});
}

TEST_CASE("Image path leaving the pack") {
    TempPack pack;
    setImage(pack, "../outside.png");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"events/2014.json: /events/0/image: path \"../outside.png\" "
                                      "leaves the pack; expected a "
                                      "path inside the pack"});
}

// --- warnings: the pack still loads -------------------------------------------------------

TEST_CASE("Missing translation is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["title"].erase("en"); });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/0/title/en: missing "
                                         "translation; expected the text in English"});
}

TEST_CASE("Empty translation is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 1, [](json& e) { e["summary"]["ja"] = ""; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/1/summary/ja: empty "
                                         "translation; expected the text in Japanese"});
}

TEST_CASE("Era label disagreeing with the date is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["era"] = "平成27年"; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/0/era: \"平成27年\" disagrees "
                                         "with the date 2014-09-10 (平成26年)"});
}

TEST_CASE("Era label that is no era year is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["era"] = "2014年"; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/0/era: \"2014年\" is not an "
                                         "era year; expected e.g. 平成28年 or 令和元年"});
}

TEST_CASE("Events out of order is a warning") {
    TempPack pack;
    editJson(pack, kEvents, [](json& d) { std::swap(d["events"][0], d["events"][1]); });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/1/date/start: 2014-09-10 comes "
                                         "after 2014-09-16-project-launched "
                                         "(2014-09-16); expected timeline order"});
}

TEST_CASE("Undated event with neither year nor after is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 4, [](json& e) { e["date"] = {{"precision", "unknown"}}; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/4/date: date unknown with "
                                         "neither year nor after; it goes to "
                                         "the end of the timeline"});
}

TEST_CASE("Declared members disagreeing with the derived members is a warning") {
    TempPack pack;
    editJson(pack, "partners.json",
             [](json& p) { p["associations"][12]["declared_members"] = 15; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) ==
          Lines{"partners.json: /associations/12/declared_members: 山梨県町村会 declares 15 "
                "members; the "
                "boundary data yields 14 (every 町 and 村 of prefecture 19)"});
}

TEST_CASE("Member outside the association's prefecture is a warning") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) {
        p["associations"][12]["members"].push_back("20321");
        p["associations"][12]["declared_members"] = 15;
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(contains(addedWarnings(result),
                   "partners.json: /associations/12/members: 20321 lies outside prefecture 19"));
}

TEST_CASE("Misspelled municipality name in text is a warning") {
    TempPack pack;
    editEvent(pack, kEvents, 0,
              [](json& e) { e["summary"]["ja"] = "群馬県嬭恋村の職員と意見交換を行った。"; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(addedWarnings(result) == Lines{"events/2014.json: /events/0/summary/ja: \"群馬県嬭恋村\" "
                                         "is not a municipality of 群馬県 "
                                         "in the official list (a misspelling?)"});
}

TEST_CASE("Correctly spelled municipality name in text has no warning") {
    TempPack pack;
    editEvent(pack, kEvents, 0,
              [](json& e) { e["summary"]["ja"] = "群馬県嬬恋村の職員と意見交換を行った。"; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
}
