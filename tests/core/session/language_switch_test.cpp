#include <catch2/catch.hpp>

#include "session/language_switch.hpp"

using namespace kiosk;

namespace {
const std::vector<Language> kFive = {Language::Japanese, Language::English,
                                     Language::ChineseSimplified, Language::ChineseTraditional,
                                     Language::Korean};
}

TEST_CASE("The language button names the other languages, each in its own name") {
    CHECK(languageSwitchLabel(Language::Japanese, kFive) == "English · 中文 · 한국어");
    CHECK(languageSwitchLabel(Language::Korean, kFive) == "日本語 · English · 中文");
    // A reader of one Chinese script is offered the other by its own name.
    CHECK(languageSwitchLabel(Language::ChineseSimplified, kFive) ==
          "日本語 · English · 繁體中文 · 한국어");
    CHECK(languageSwitchLabel(Language::Japanese, {Language::Japanese, Language::English}) ==
          "English");
    CHECK(languageSwitchLabel(Language::English, {Language::Japanese, Language::English}) ==
          "日本語");
}

TEST_CASE("Two languages switch at one touch, more open the list") {
    const std::vector<Language> two = {Language::Japanese, Language::English};
    const Intent toEnglish = languageSwitchIntent(Language::Japanese, two);
    CHECK(toEnglish.type == Intent::Type::SetLanguage);
    CHECK(toEnglish.language == Language::English);
    CHECK(languageSwitchIntent(Language::English, two).language == Language::Japanese);
    const Intent list = languageSwitchIntent(Language::Korean, kFive);
    CHECK(list.type == Intent::Type::Open);
    CHECK(list.target.id == ScreenId::Language);
    CHECK_FALSE(languageSwitchIntent(Language::Japanese, {Language::Japanese}));
}

TEST_CASE("A second language beside the visitor's is English for Japanese, else Japanese") {
    CHECK(companionLanguage(Language::Japanese) == Language::English);
    CHECK(companionLanguage(Language::English) == Language::Japanese);
    CHECK(companionLanguage(Language::Korean) == Language::Japanese);
}
