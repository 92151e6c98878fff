// The form of the links events and partners carry, which a visitor's phone
// opens from the QR code the kiosk draws: each problem is one line.
#include <catch2/catch.hpp>

#include "content/link_codes.hpp"
#include "content/web_link.hpp"
#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {
std::string problemOf(const std::string& link) {
    return webLinkProblem(link).value_or("fine");
}
}  // namespace

TEST_CASE("Links a visitor's phone opens are fine") {
    CHECK(problemOf("https://collabo.tokyo-23city.or.jp/") == "fine");
    CHECK(problemOf("https://www.city.shinjuku.lg.jp") == "fine");
    CHECK(problemOf("https://example.jp:8443/a/b?x=1&y=%E3%81%82#top") == "fine");
    CHECK(problemOf("https://xn--eckwd4c7c.xn--zckzah/") == "fine");
}

TEST_CASE("A link that is not https is refused") {
    CHECK(problemOf("http://www.city.shinjuku.lg.jp/") ==
          "\"http://www.city.shinjuku.lg.jp/\" does not start with https://; a link for visitors "
          "is https only");
    CHECK(
        problemOf("HTTPS://example.jp/") ==
        "\"HTTPS://example.jp/\" does not start with https://; a link for visitors is https only");
    CHECK(problemOf("www.example.jp") ==
          "\"www.example.jp\" does not start with https://; a link for visitors is https only");
}

TEST_CASE("A link's host must be a name with a dot") {
    CHECK(problemOf("https://localhost/") ==
          "\"https://localhost/\" has \"localhost\" as its host; expected a name with a dot "
          "(www.example.jp)");
    CHECK(problemOf("https:///path") == "\"https:///path\" has no host name after https://");
    CHECK(problemOf("https://192.168.1.10/") ==
          "\"https://192.168.1.10/\" has \"192.168.1.10\" as its host; expected a name, not an "
          "address by number");
    CHECK(problemOf("https://-bad.example.jp/") ==
          "\"https://-bad.example.jp/\" has \"-bad.example.jp\" as its host; expected names of "
          "a-z, 0-9 and '-' between dots (www.example.jp)");
    CHECK(problemOf("https://example..jp/") ==
          "\"https://example..jp/\" has \"example..jp\" as its host; expected names of a-z, 0-9 "
          "and '-' between dots (www.example.jp)");
    CHECK(problemOf("https://example.jp:0/") ==
          "\"https://example.jp:0/\" has \"0\" as its port; expected a number from 1 to 65535");
}

TEST_CASE("A link may not carry a user name or password") {
    CHECK(problemOf("https://staff:secret@example.jp/") ==
          "\"https://staff:secret@example.jp/\" holds a user name or password (before @); a link "
          "for visitors never does");
}

TEST_CASE("A link's characters: no spaces, controls or raw non-ASCII, valid percent-encoding") {
    CHECK(problemOf("https://example.jp/a b") ==
          "\"https://example.jp/a b\" holds a space; write it as %20");
    CHECK(problemOf("https://example.jp/a\tb") ==
          "\"https://example.jp/a\\tb\" holds a control character");
    CHECK(problemOf("https://example.jp/\xE3\x81\x82") ==
          "\"https://example.jp/\xE3\x81\x82\" holds a character that is not ASCII; write it "
          "percent-encoded (%E3%81%82 for \xE3\x81\x82), and a Japanese host name in its xn-- "
          "form");
    CHECK(problemOf("https://example.jp/100%") ==
          "\"https://example.jp/100%\" has a % not followed by two hexadecimal digits");
    CHECK(problemOf("https://example.jp/%zz") ==
          "\"https://example.jp/%zz\" has a % not followed by two hexadecimal digits");
    CHECK(problemOf("https://example.jp/\"x\"") ==
          "\"https://example.jp/\"x\"\" holds '\"', which a link must write percent-encoded");
}

TEST_CASE("A link longer than a scannable QR code holds is refused") {
    const std::string base = "https://example.jp/";
    CHECK(problemOf(base + std::string(kMaxWebLinkBytes - base.size(), 'a')) == "fine");
    CHECK(problemOf(base + std::string(kMaxWebLinkBytes + 1 - base.size(), 'a')) ==
          "is 201 bytes long; at most 200 to keep its QR code scannable (use a shorter address)");
}

TEST_CASE("Partners' links are checked where they stand") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) {
        p["associations"][1]["url"] = "https://www.example.jp/ a";
        p["companies"][2]["url"] = "http://www.example.jp/";
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    // (The association refused, the events that name it say so too.)
    const Lines errors = errorLines(result);
    CHECK(contains(errors,
                   "partners.json: /associations/1/url: \"https://www.example.jp/ a\" holds a "
                   "space; write it as %20"));
    CHECK(contains(errors,
                   "partners.json: /companies/2/url: \"http://www.example.jp/\" does not start "
                   "with https://; a link for visitors is https only"));
}

TEST_CASE("A QR slide's link is checked too") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "qr"}, {"url", "https://user@example.jp/"}});
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    const size_t last = pack.readJson("playlist.json")["slides"].size() - 1;
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides/" + std::to_string(last) +
                "/url: \"https://user@example.jp/\" holds a user name or password (before @); a "
                "link for visitors never does"});
}

TEST_CASE("Every link of a loaded pack has its QR code, made once as it loads") {
    TempPack pack;
    editJson(pack, "partners.json", [](json& p) {
        p["associations"][0]["url"] = "https://www.example.jp/association";
        p["companies"][0]["url"] = "https://www.example.jp/company";
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const Pack& loaded = *result.pack;
    const std::vector<std::string> links = packLinks(loaded);
    CHECK(std::find(links.begin(), links.end(), "https://www.example.jp/association") !=
          links.end());
    CHECK(loaded.linkCodes.size() == links.size());
    for (const std::string& link : links) {
        const QrMatrix* code = loaded.findLinkCode(link);
        REQUIRE(code);
        CHECK(*code == *encodeQr(link));
    }
    CHECK(loaded.findLinkCode("https://www.example.jp/elsewhere") == nullptr);
}

TEST_CASE("A pack with links needs the caption of their codes") {
    TempPack pack;
    editJson(pack, "strings.json", [](json& s) { s.erase(kScanCaptionKey); });
    editJson(pack, "partners.json",
             [](json& p) { p["companies"][0]["url"] = "https://www.example.jp/"; });
    const auto result = loadPack(pack.dir());
    CHECK(errorLines(result) ==
          Lines{"strings.json: /scan_with_phone: missing; the pack has links, and their QR codes "
                "need this caption (\"Scan with your phone\")"});
}
