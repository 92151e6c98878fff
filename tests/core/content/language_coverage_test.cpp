#include <catch2/catch.hpp>

#include "content/language_coverage.hpp"
#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using nlohmann::json;

namespace {

std::vector<std::string> pointers(const std::vector<TextField>& fields) {
    std::vector<std::string> out;
    for (const auto& f : fields) out.push_back(f.pointer);
    return out;
}

std::vector<std::string> lines(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.format());
    return out;
}

// Three titles and a list: every text has Japanese, two English, one Korean.
const json kEvents = json::parse(R"({"events": [
    {"id": "a", "title": {"ja": "一", "en": "One", "ko": "하나"}},
    {"id": "b", "title": {"ja": "二", "en": ""}},
    {"id": "c", "title": {"ja": "三", "en": "Three"}, "body": [{"list": [{"ja": "四"}]}]}
]})");

const LanguageCoverage& of(const std::vector<LanguageCoverage>& all, const std::string& code) {
    for (const auto& c : all)
        if (languageCode(c.language) == code) return c;
    FAIL("no coverage for " << code);
    return all.front();
}

}  // namespace

TEST_CASE("A text is an object of language codes, found with its JSON pointer") {
    const json document = json::parse(R"({
        "title": {"ja": "題", "zh-Hant": "題"},
        "a/b": [{"ja": "x"}, {"ja": "y", "note": "not a text"}, {}],
        "count": 3})");
    const auto fields = findTextFields(document, "strings.json");
    CHECK(pointers(fields) == std::vector<std::string>{"/a~1b/0", "/title"});
    CHECK(fields[1].in(Language::ChineseTraditional) == "題");
    CHECK(fields[1].in(Language::English).empty());
    CHECK(fields[1].place() == "strings.json: /title");
    CHECK(isTextObject(json::parse(R"({"ko": null})")));
    CHECK_FALSE(isTextObject(json::object()));
    CHECK_FALSE(isTextObject(json::parse(R"({"ja": "x", "de": "x"})")));
}

TEST_CASE("Each language's coverage counts the texts that have it and names the others") {
    const auto texts = findTextFields(kEvents, "events/2016.json");
    const auto coverage = languageCoverage(texts, {"ja", "en", "ko"});
    REQUIRE(coverage.size() == 5);
    CHECK(coverage[2].language == Language::ChineseSimplified);
    CHECK(of(coverage, "ja").present == 4);
    CHECK(of(coverage, "ja").texts == 4);
    CHECK(of(coverage, "ja").percent() == 100.0);
    CHECK(of(coverage, "en").present == 2);
    CHECK(of(coverage, "en").missing ==
          std::vector<std::string>{"events/2016.json: /events/1/title",
                                   "events/2016.json: /events/2/body/0/list/0"});
    CHECK(of(coverage, "ko").present == 1);
    CHECK(of(coverage, "ko").percent() == 25.0);
    CHECK(of(coverage, "ko").declared);
    CHECK_FALSE(of(coverage, "zh-Hant").declared);
}

TEST_CASE("A declared language with missing texts is one warning and an undeclared one none") {
    const auto texts = findTextFields(kEvents, "events/2016.json");
    ProblemList problems;
    reportLanguageCoverage(languageCoverage(texts, {"ja", "en", "ko"}), texts, problems);
    CHECK(lines(problems.all()) ==
          std::vector<std::string>{
              "pack.json: /languages: en: 2 of 4 texts lack it and show another language, first "
              "events/2016.json: /events/1/title, events/2016.json: /events/2/body/0/list/0",
              "pack.json: /languages: ko: 3 of 4 texts lack it and show another language, first "
              "events/2016.json: /events/1/title, events/2016.json: /events/2/body/0/list/0, "
              "events/2016.json: /events/2/title"});
}

TEST_CASE("A text missing in every language is an error at its place, said once") {
    const json document = json::parse(R"({"a": {"ja": "", "en": null}, "b": {"ko": ""}})");
    const auto texts = findTextFields(document, "strings.json");
    ProblemList problems;
    problems.error("strings.json", "/b", "has no text in any language; expected \"ja\"");
    reportLanguageCoverage(languageCoverage(texts, {"ja", "en"}), texts, problems);
    CHECK(lines(problems.errors()) ==
          std::vector<std::string>{"strings.json: /b: has no text in any language; expected \"ja\"",
                                   "strings.json: /a: has no text in any language"});
}

TEST_CASE("The default pack has every text in all five languages, with no coverage problem") {
    const auto result = loadPack(test::defaultPackDir());
    REQUIRE(result.pack);
    const auto coverage = packLanguageCoverage(result.pack->root, result.pack->manifest);
    CHECK(of(coverage, "ja").texts > 700);
    for (const char* code : {"ja", "en", "zh-Hans", "zh-Hant", "ko"})
        CHECK(of(coverage, code).present == of(coverage, code).texts);
    ProblemList problems;
    checkPackLanguages(result.pack->root, result.pack->manifest, problems);
    CHECK(lines(problems.all()).empty());
}

namespace {
// Takes `code` out of every text of a JSON document; returns how many it took.
int dropLanguage(json& node, const std::string& code) {
    int dropped = 0;
    if (node.is_object()) {
        if (node.contains("ja") && node.contains(code) && node[code].is_string()) {
            node.erase(code);
            return 1;
        }
        for (auto& [key, value] : node.items()) dropped += dropLanguage(value, code);
    } else if (node.is_array()) {
        for (auto& value : node) dropped += dropLanguage(value, code);
    }
    return dropped;
}
}  // namespace

TEST_CASE("A declared language the pack's files lack is reported from the files themselves") {
    test::TempPack pack;
    json events = pack.readJson("events/2014.json");
    const int dropped = dropLanguage(events, "ko");
    REQUIRE(dropped > 10);
    pack.writeJson("events/2014.json", events);
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack);
    const auto coverage = packLanguageCoverage(pack.dir(), result.pack->manifest);
    CHECK(of(coverage, "ko").present == of(coverage, "ko").texts - dropped);
    ProblemList problems;
    checkPackLanguages(pack.dir(), result.pack->manifest, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems.all()[0].pointer == "/languages");
    CHECK(problems.all()[0].message.rfind("ko: " + std::to_string(dropped) + " of ", 0) == 0);
}
