// What the loader says about a broken manifest, broken file list or a JSON file
// it must refuse before reading it: each test breaks one thing in a copy of the
// default pack and pins the exact problem line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "content/sha256.hpp"
#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("The default pack loads with no errors") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(result.pack->events.size() > 0);
    CHECK(result.pack->associations.size() == 13);
}

TEST_CASE("The default pack has exactly the three warnings kiosk-pack validate lists") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    CHECK(warningLines(result).size() == 3);
    CHECK(warningLines(result) == defaultPackWarnings());
}

TEST_CASE("A copied default pack loads like the original") {
    TempPack pack;
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(errorLines(result).empty());
    CHECK(warningLines(result) == defaultPackWarnings());
}

// --- pack.json is not JSON, or not there -------------------------------------

TEST_CASE("Missing pack.json") {
    TempPack pack;
    pack.remove("pack.json");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: (file): file is missing; expected it in the pack"});
}

TEST_CASE("Truncated pack.json") {
    TempPack pack;
    pack.writeText("pack.json", "{\"schema\": 1, \"id\": \"tokyo");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"pack.json: (file): not valid JSON: at line 1, column 27: syntax error while parsing "
              "value - invalid string: missing closing quote; last read: '\"tokyo'"});
}

TEST_CASE("pack.json whose root is an array") {
    TempPack pack;
    pack.writeText("pack.json", "[1, 2]");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"pack.json: (file): is an array; expected an object"});
}

// --- schema and required fields ----------------------------------------------

TEST_CASE("Unknown schema version 2 is refused without reading further") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) {
        m["schema"] = 2;
        m.erase("id");  // would be an error in schema 1; schema 2 means nothing to us
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"pack.json: /schema: is 2; this kiosk reads schema 1"});
}

TEST_CASE("Manifest field missing: id, version, title, content or files") {
    const std::string field =
        GENERATE(as<std::string>{}, "id", "version", "title", "content", "files");
    TempPack pack;
    editJson(pack, "pack.json", [&](json& m) { m.erase(field); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /" + field + ": missing; this field is required"});
}

TEST_CASE("Manifest content section lacks the partners file") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"].erase("partners"); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /content/partners: missing; this field is required"});
}

TEST_CASE("Manifest version given as a string") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["version"] = "3"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"pack.json: /version: is a string; expected an integer"});
}

TEST_CASE("Manifest version 0 and a version beyond 64 bits of signed integer") {
    TempPack pack;
    SECTION("zero") {
        editJson(pack, "pack.json", [](json& m) { m["version"] = 0; });
        const auto result = loadPack(pack.dir());
        CHECK_FALSE(result.pack.has_value());
        CHECK(errorLines(result) == Lines{"pack.json: /version: is 0; expected 1 to 1000000000"});
    }
    SECTION("2^63 is reported as written, not wrapped to a negative number") {
        editJson(pack, "pack.json", [](json& m) { m["version"] = 9223372036854775808ULL; });
        const auto result = loadPack(pack.dir());
        CHECK_FALSE(result.pack.has_value());
        CHECK(errorLines(result) ==
              Lines{"pack.json: /version: is 9223372036854775808; expected 1 to 1000000000"});
    }
}

TEST_CASE("Manifest title given as a number") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["title"] = 5; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "pack.json: /title: is an integer; expected an object with \"ja\" and \"en\" strings"});
}

TEST_CASE("Manifest files given as an object instead of an array") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["files"] = json::object(); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"pack.json: /files: is an object; expected an array"});
}

TEST_CASE("Manifest content events given as a string instead of a list") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["events"] = "events/2014.json"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /content/events: is a string; expected an array"});
}

TEST_CASE("Manifest id that is not a pack id") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["id"] = "Tokyo 23"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "pack.json: /id: \"Tokyo 23\" is not a pack id; expected 1 to 64 of a-z, 0-9 and '-'"});
}

TEST_CASE("Manifest file size that is negative") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["files"][0]["size"] = -1; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /files/0/size: is -1; expected a byte count (0 or more)"});
}

TEST_CASE("Manifest SHA-256 that is not hex") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["files"][0]["sha256"] = "ABC"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /files/0/sha256: is not a SHA-256; expected 64 lower-case hex digits"});
}

// --- paths that leave the pack ---------------------------------------------------

TEST_CASE("Content path with .. leaves the pack") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["partners"] = "../x.json"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /content/partners: path \"../x.json\" leaves the pack; expected a path "
                "inside the pack"});
}

TEST_CASE("Absolute content path") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["events"][0] = "/etc/passwd"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"pack.json: /content/events/0: absolute path \"/etc/passwd\"; expected a path inside "
              "the pack"});
}

TEST_CASE("Backslash in a listed file path") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["files"][0]["path"] = "events\\2014.json"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{"pack.json: /files/0/path: backslash in path \"events\\2014.json\"; expected '/' as "
              "separator"});
}

TEST_CASE("Empty path component in a content path") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["stats"] = "data//stats.json"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "pack.json: /content/stats: path \"data//stats.json\" has an empty or '.' component"});
}

TEST_CASE("Empty content path") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["theme"] = ""; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /content/theme: empty path; expected a file path inside the pack"});
}

// --- the file list against the folder --------------------------------------------

TEST_CASE("File changed after it was listed: SHA-256 mismatch") {
    TempPack pack;
    const std::string file = "events/2014.json";
    const std::string listed = pack.readJson("pack.json")["files"][fileIndex(pack, file)]["sha256"];
    std::string text;
    {
        std::ifstream in(pack.path(file), std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    // Same length, one letter different: only the digest can tell.
    const size_t summary = text.find("\"summary\"");
    REQUIRE(summary != std::string::npos);
    text[summary + 1] = 'S';  // "Summary": same size, different bytes
    pack.writeText(file, text, /*rehash=*/false);
    const std::string actual = *sha256OfFile(pack.path(file));
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{file + ": (file): SHA-256 is " + actual + "; the manifest says " + listed +
                " (the file was changed or damaged)"});
}

TEST_CASE("File whose size disagrees with the manifest") {
    TempPack pack;
    const size_t i = fileIndex(pack, "stats.json");
    uint64_t size = 0;
    editJson(pack, "pack.json", [&](json& m) {
        size = m["files"][i]["size"];
        m["files"][i]["size"] = size + 1;
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"stats.json: (file): file is " + std::to_string(size) +
                                      " bytes; the manifest says " + std::to_string(size + 1)});
}

TEST_CASE("File changed and grown without rehashing: size mismatch is reported") {
    TempPack pack;
    const uint64_t listed =
        pack.readJson("pack.json")["files"][fileIndex(pack, "theme.json")]["size"];
    auto theme = pack.readJson("theme.json");
    theme["colors"]["accent"] = "#EEB903";
    pack.writeText("theme.json", theme.dump(4) + "\n", /*rehash=*/false);
    const auto actual = std::filesystem::file_size(pack.path("theme.json"));
    REQUIRE(actual != listed);
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"theme.json: (file): file is " + std::to_string(actual) +
                                      " bytes; the manifest says " + std::to_string(listed)});
}

TEST_CASE("File listed but missing from the folder") {
    TempPack pack;
    const size_t i = fileIndex(pack, "stats.json");
    pack.remove("stats.json");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"stats.json: (file): file is missing; the manifest lists it at /files/" +
                std::to_string(i)});
}

TEST_CASE("Content file not listed in files") {
    TempPack pack;
    const size_t i = fileIndex(pack, "stats.json");
    editJson(pack, "pack.json", [&](json& m) { m["files"].erase(i); });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(
        errorLines(result) ==
        Lines{
            "pack.json: /files: lacks \"stats.json\"; every file the pack uses must be listed with "
            "its size and SHA-256"});
}

TEST_CASE("File listed twice") {
    TempPack pack;
    size_t last = 0;
    editJson(pack, "pack.json", [&](json& m) {
        m["files"].push_back(m["files"][0]);
        last = m["files"].size() - 1;
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /files/" + std::to_string(last) +
                "/path: \"events/2014.json\" is listed twice; expected each file once"});
}

TEST_CASE("The manifest listing itself") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) {
        m["files"].push_back(
            {{"path", "pack.json"}, {"size", 1}, {"sha256", std::string(64, '0')}});
    });
    const size_t last = pack.readJson("pack.json")["files"].size() - 1;
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) == Lines{"pack.json: /files/" + std::to_string(last) +
                                      "/path: the manifest cannot list itself"});
}

// --- files too big or too deep to read ----------------------------------------

TEST_CASE("JSON file over 8 MiB") {
    TempPack pack;
    const std::string text = "{\"events\": []" + std::string(9u << 20, ' ') + "}";
    pack.writeText("events/2014.json", text);
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: (file): file is " + std::to_string(text.size()) +
                " bytes; expected at most 8388608"});
}

TEST_CASE("40 nested arrays in an events file") {
    TempPack pack;
    pack.writeText("events/2014.json",
                   "{\"events\": " + std::string(40, '[') + std::string(40, ']') + "}");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: (file): nesting is 41 levels deep; expected at most 32"});
}

TEST_CASE("Brackets inside strings do not count as nesting") {
    TempPack pack;
    editEvent(pack, "events/2014.json", 0,
              [](json& e) { e["summary"]["en"] = std::string(100, '[') + std::string(100, '{'); });
    const auto result = loadPack(pack.dir());
    CHECK(result.pack.has_value());
    CHECK(errorLines(result).empty());
}
