// Which texts each language's fonts are built from: every text as a reader of
// that language sees it (its own or its fallback), and nothing else.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "content/pack_texts.hpp"

using namespace kiosk;

namespace {

Pack fiveLanguagePack() {
    Pack pack;
    pack.manifest.languages = {"ja", "en", "zh-Hans", "zh-Hant", "ko"};
    pack.manifest.content.strings = "strings.json";
    pack.manifest.title = {"特別区全国連携プロジェクト", "Partnership", "特别区全国合作项目",
                           "特別區全國合作計畫", "특별구 전국 연계 프로젝트"};
    // Only Japanese and English: the others fall back per item.
    pack.strings["home"] = {"ホーム", "Home", "", "", ""};
    // Simplified Chinese only among the three: traditional falls back to it.
    pack.strings["about"] = {"概要", "About", "关于", "", ""};
    return pack;
}

std::set<std::string> shownIn(const std::vector<NamedText>& texts, Language language) {
    std::set<std::string> out;
    for (const NamedText& t : texts)
        if (t.language == language) out.insert(t.text);
    return out;
}

Language japaneseBeside(Language language) {
    return language == Language::Japanese ? Language::English : Language::Japanese;
}

}  // namespace

TEST_CASE("a pack's languages are those it declares, Japanese and English always") {
    Pack pack;
    pack.manifest.languages = {"ko", "ja"};
    CHECK(packLanguages(pack) ==
          std::vector<Language>{Language::Japanese, Language::English, Language::Korean});
}

TEST_CASE("each language is given its texts as a reader of it sees them, fallbacks included") {
    const Pack pack = fiveLanguagePack();
    const auto texts = collectShownTexts(pack, packLanguages(pack));
    CHECK(shownIn(texts, Language::Korean) ==
          std::set<std::string>{"특별구 전국 연계 프로젝트", "Home", "About"});
    CHECK(shownIn(texts, Language::ChineseTraditional) ==
          std::set<std::string>{"特別區全國合作計畫", "Home", "关于"});
    CHECK(shownIn(texts, Language::ChineseSimplified) ==
          std::set<std::string>{"特别区全国合作项目", "Home", "关于"});
    CHECK(shownIn(texts, Language::Japanese) ==
          std::set<std::string>{"特別区全国連携プロジェクト", "ホーム", "概要"});
    // Each string once per language it is shown in.
    CHECK(texts.size() == 15);
    for (const NamedText& t : texts)
        if (t.text == "Home" && t.language == Language::Korean)
            CHECK(t.name == "strings.json: home (shown in ko)");
}

TEST_CASE("a language's screens are given the texts they show beside it too") {
    const Pack pack = fiveLanguagePack();
    const auto texts = collectShownTexts(pack, packLanguages(pack), japaneseBeside);
    const std::set<std::string> korean = shownIn(texts, Language::Korean);
    CHECK(korean.count("특별구 전국 연계 프로젝트"));
    CHECK(korean.count("特別区全国連携プロジェクト"));  // the title slide's subtitle
    CHECK(shownIn(texts, Language::English).count("ホーム"));
}

TEST_CASE("a Japanese and English pack's shown texts are the characters it has") {
    Pack pack = fiveLanguagePack();
    pack.manifest.languages = {"ja", "en"};
    pack.manifest.title.zhHans = pack.manifest.title.zhHant = pack.manifest.title.ko = "";
    pack.strings["about"].zhHans = "";
    std::set<std::string> written, shown;
    for (const NamedText& t : collectPackTexts(pack)) written.insert(t.text);
    for (const NamedText& t : collectShownTexts(pack, packLanguages(pack), japaneseBeside))
        shown.insert(t.text);
    CHECK(shown == written);
}

TEST_CASE("each language takes its Han forms from its own face of Noto Sans CJK") {
    CHECK(notoCjkFace(Language::Japanese) == 0);
    CHECK(notoCjkFace(Language::English) == 0);
    CHECK(notoCjkFace(Language::Korean) == 1);
    CHECK(notoCjkFace(Language::ChineseSimplified) == 2);
    CHECK(notoCjkFace(Language::ChineseTraditional) == 3);
}

TEST_CASE("built-in texts are given to every language") {
    const std::vector<NamedText> digits = {{"built-in: digits", "0123"}};
    const auto texts = inEachLanguage(digits, {Language::Japanese, Language::Korean});
    REQUIRE(texts.size() == 2);
    CHECK(texts[1].language == Language::Korean);
    CHECK(texts[1].text == "0123");
}
