#include <catch2/catch.hpp>

#include <fstream>

#include "build/glossary_check.hpp"
#include "content/json_reader.hpp"
#include "content/manifest.hpp"
#include "content/pack_loader.hpp"
#include "support/temp_dir.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using nlohmann::json;

namespace {

const std::vector<std::string> kTwo = {"ja", "en"};

// A small glossary in the default pack's shape; 区長会 comes before the longer
// 特別区長会 on purpose, and renders differently, so that the order of matching
// shows.
json glossaryDocument() {
    return json::parse(R"({"about": "test", "terms": [
        {"ja": "区長会", "en": "Ward Mayors' Meeting", "zh-Hans": "区长会"},
        {"ja": "特別区長会", "en": "Special Wards Mayors' Association", "zh-Hans": "特别区区长会"},
        {"ja": "市長会", "en": "Association of City Mayors", "zh-Hans": "市长会"}
    ]})");
}

Glossary glossary() {
    ProblemList problems;
    auto g = parseGlossary(glossaryDocument(), "glossary.json", kTwo, problems);
    REQUIRE(problems.size() == 0);
    REQUIRE(g);
    return *g;
}

std::vector<std::string> lines(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.format());
    return out;
}

std::vector<std::string> check(const json& events) {
    ProblemList problems;
    checkGlossary(glossary(), findTextFields(events, "events/2016.json"), problems);
    CHECK(!problems.hasErrors());
    return lines(problems.warnings());
}

json event(const json& title) {
    return {{"events", json::array({{{"title", title}}})}};
}

std::vector<std::string> parseErrors(const json& document,
                                     const std::vector<std::string>& languages = kTwo) {
    ProblemList problems;
    CHECK(!parseGlossary(document, "glossary.json", languages, problems));
    return lines(problems.errors());
}

}  // namespace

TEST_CASE("Texts that use each term's one rendering pass the glossary check") {
    CHECK(check(event({{"ja", "群馬県市長会と協定"},
                       {"en", "Agreement with the Gunma Association of City Mayors"},
                       {"zh-Hans", "与群马县市长会签订协定"}}))
              .empty());
    CHECK(check(event({{"ja", "特別区長会が決定"},
                       {"en", "Special Wards Mayors' Association decides"}}))
              .empty());
    CHECK(check(event({{"ja", "協定"}, {"en", "An agreement"}})).empty());  // no term
}

TEST_CASE("A term rendered another way is a warning at that language's field") {
    json events = event({{"ja", "市長会"}, {"en", "Association of City Mayors"}});
    events["events"].push_back(
        {{"summary",
          {{"ja", "群馬県市長会と協定を締結"},
           {"en", "An agreement with the Gunma Mayors' Association is signed"}}}});
    CHECK(check(events) ==
          std::vector<std::string>{
              "events/2016.json: /events/1/summary/en: glossary: 市長会 reads \"Association of "
              "City Mayors\" in en; found \"An agreement with the Gunma Mayors' Association is "
              "signed\""});
}

TEST_CASE("The longest term is matched first and its characters count for it alone") {
    // 区長会 inside 特別区長会 is not checked again; on its own it is.
    CHECK(check(event({{"ja", "特別区長会総会"},
                       {"en", "General meeting of the Special Wards Mayors' Association"}}))
              .empty());
    CHECK(check(event({{"ja", "特別区長会総会の後、区長会"},
                       {"en", "Special Wards Mayors' Association general meeting"}})) ==
          std::vector<std::string>{
              "events/2016.json: /events/0/title/en: glossary: 区長会 reads \"Ward Mayors' "
              "Meeting\" in en; found \"Special Wards Mayors' Association general meeting\""});
    // Each term is reported once a text, however often it occurs.
    CHECK(check(event({{"ja", "市長会と市長会"}, {"en", "Mayors and mayors"}})).size() == 1);
}

TEST_CASE("English is compared without regard to case and other scripts exactly") {
    CHECK(check(event({{"ja", "市長会"}, {"en", "the ASSOCIATION OF CITY MAYORS met"}})).empty());
    const auto warnings = check(
        event({{"ja", "市長会"}, {"en", "association of city mayors"}, {"zh-Hans", "市長會"}}));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].rfind("events/2016.json: /events/0/title/zh-Hans: glossary: 市長会 reads "
                            "\"市长会\" in zh-Hans; found \"市長會\"",
                            0) == 0);
}

TEST_CASE("A language a text does not have is not checked and a long text found is shortened") {
    CHECK(check(event({{"ja", "市長会"}, {"en", ""}})).empty());
    CHECK(check(event({{"ja", "市長会"}})).empty());
    const std::string longText(100, 'x');
    const auto warnings = check(event({{"ja", "市長会"}, {"en", longText}}));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("found \"" + std::string(60, 'x') + "…\"") != std::string::npos);
}

TEST_CASE("A malformed glossary is an error naming the file and the entry") {
    CHECK(parseErrors(json::array()) ==
          std::vector<std::string>{"glossary.json: (file): is an array; expected an object"});
    CHECK(parseErrors({{"terms", {{"x", 1}}}}) ==
          std::vector<std::string>{"glossary.json: /terms: is an object; expected an array"});
    CHECK(parseErrors({{"terms", json::array()}, {"notes", ""}}) ==
          std::vector<std::string>{
              "glossary.json: /notes: unknown key; expected \"about\" and \"terms\""});
    json terms = glossaryDocument();
    terms["terms"].push_back({{"ja", "町村会"}, {"en", ""}});
    terms["terms"].push_back({{"en", "orphan"}});
    terms["terms"].push_back({{"ja", "物産展"}, {"fr", "foire"}, {"en", "products fair"}});
    terms["terms"].push_back("物産展");
    terms["terms"].push_back({{"ja", "市長会"}, {"en", "City Mayors' Association"}});
    CHECK(parseErrors(terms) ==
          std::vector<std::string>{
              "glossary.json: /terms/3/en: is not a rendering; expected a non-empty string",
              "glossary.json: /terms/4: lacks \"ja\", the term itself",
              "glossary.json: /terms/5/fr: unknown key; expected language codes only",
              "glossary.json: /terms/6: is a string; expected an object",
              "glossary.json: /terms/7/ja: \"市長会\" is already a term; expected one rendering "
              "each"});
    // A term needs a rendering in every language the pack offers.
    CHECK(parseErrors(glossaryDocument(), {"ja", "en", "ko"}) ==
          std::vector<std::string>{
              "glossary.json: /terms/0: lacks \"ko\"; the pack offers that language",
              "glossary.json: /terms/1: lacks \"ko\"; the pack offers that language",
              "glossary.json: /terms/2: lacks \"ko\"; the pack offers that language"});
}

TEST_CASE("The default pack source's glossary is well formed for all five languages") {
    ProblemList problems;
    const auto document =
        readJsonFile(test::sourceDir() + "/content/src/default", kTermGlossaryFile, problems);
    REQUIRE(document);
    const auto g = parseGlossary(*document, kTermGlossaryFile,
                                 {"ja", "en", "zh-Hans", "zh-Hant", "ko"}, problems);
    CHECK(lines(problems.all()).empty());
    REQUIRE(g);
    CHECK(g->terms.front().ja == "特別区全国連携プロジェクト");  // the longest first
    CHECK(g->terms.back().ja.size() == std::string("物産展").size());
}

TEST_CASE("A source with a glossary has its files checked and one without has no check") {
    test::TempDir dir;
    std::ofstream(dir.path("pack.json"))
        << R"({"title": {"ja": "市長会", "en": "Mayors' Association"}})";
    Manifest manifest;
    manifest.languages = kTwo;
    ProblemList withoutGlossary;
    checkSourceGlossary(dir.dir(), manifest, withoutGlossary);
    CHECK(withoutGlossary.size() == 0);

    std::ofstream(dir.path(kTermGlossaryFile)) << glossaryDocument().dump();
    ProblemList problems;
    checkSourceGlossary(dir.dir(), manifest, problems);
    CHECK(lines(problems.all()) ==
          std::vector<std::string>{"pack.json: /title/en: glossary: 市長会 reads \"Association of "
                                   "City Mayors\" in en; found \"Mayors' Association\""});
}

TEST_CASE("The default pack source uses the glossary's one rendering of each term everywhere") {
    PackLoadOptions options;
    options.sourcePack = true;
    options.verifyFiles = false;
    options.checkImages = false;
    const std::string source = test::sourceDir() + "/content/src/default";
    REQUIRE(std::ifstream(source + "/" + kTermGlossaryFile).good());  // not a vacuous pass
    const auto result = loadPack(source, options);
    REQUIRE(result.pack);
    ProblemList problems;
    checkSourceGlossary(source, result.pack->manifest, problems);
    CHECK(lines(problems.all()).empty());
}
