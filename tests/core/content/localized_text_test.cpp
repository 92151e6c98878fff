#include <catch2/catch.hpp>

#include "content/localized_text.hpp"

using namespace kiosk;

TEST_CASE("Each language has its tag and its own name, and tags read back") {
    for (const Language l : allLanguages()) {
        Language back = Language::Japanese;
        REQUIRE(parseLanguageCode(languageCode(l), back));
        CHECK(back == l);
    }
    CHECK(std::string(languageCode(Language::ChineseTraditional)) == "zh-Hant");
    CHECK(std::string(languageOwnName(Language::ChineseSimplified)) == "简体中文");
    CHECK(std::string(languageOwnName(Language::Korean)) == "한국어");
    Language unused;
    CHECK_FALSE(parseLanguageCode("zh", unused));
    CHECK_FALSE(parseLanguageCode("ZH-HANT", unused));
}

TEST_CASE("A missing text falls back per item to the nearest language") {
    LocalizedText t;
    t.ja = "区長会総会";
    t.en = "General meeting";
    t.zhHans = "全体会议";
    CHECK(t.in(Language::ChineseTraditional) == "全体会议");  // the other script first
    CHECK(t.shownIn(Language::ChineseTraditional) == Language::ChineseSimplified);
    CHECK(t.in(Language::Korean) == "General meeting");
    t.zhHans.clear();
    CHECK(t.in(Language::ChineseSimplified) == "General meeting");
    t.en.clear();
    CHECK(t.in(Language::English) == "区長会総会");
    CHECK(t.in(Language::Korean) == "区長会総会");
    t.ko = "총회";
    CHECK(t.in(Language::Korean) == "총회");
    CHECK(t.exactly(Language::English).empty());
    CHECK_FALSE(t.empty());
    CHECK(LocalizedText{}.empty());
}
