#include <catch2/catch.hpp>

#include <algorithm>

#include "build/narration_coverage.hpp"
#include "build/narration_readings.hpp"
#include "build/narration_texts.hpp"
#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

bool has(const std::vector<NarrationText>& texts, Language l, const std::string& text) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const NarrationText& t) { return t.language == l && t.text == text; });
}

}  // namespace

TEST_CASE("A template's literal pieces get clips, the placeholders do not") {
    CHECK(templatePieces("{n} of {total}") == std::vector<std::string>{"of"});
    CHECK(templatePieces("{total}件中{n}件目") == std::vector<std::string>{"件中", "件目"});
    CHECK(templatePieces("{date} 協定締結・{n}市町村") ==
          std::vector<std::string>{"協定締結", "市町村"});
    CHECK(templatePieces("Touch to start") == std::vector<std::string>{"Touch to start"});
    CHECK(templatePieces("{n}").empty());
}

TEST_CASE("The default pack's texts to narrate: screens' texts as shown, places, numbers") {
    const auto result = loadPack(test::defaultPackDir());
    REQUIRE(result.pack);
    const auto texts = narrationTexts(*result.pack);
    CHECK(has(texts, Language::Japanese, "これまでの歩み"));
    CHECK(has(texts, Language::English, "of"));
    CHECK(has(texts, Language::Japanese, "件目"));
    CHECK(has(texts, Language::Japanese, "144市町村"));  // a members line as filled
    CHECK(has(texts, Language::English, "144 municipalities"));
    CHECK(has(texts, Language::Japanese, "平成28年（2016年）4月26日"));  // the event screen's date
    CHECK(has(texts, Language::English, "Tsumagoi Village"));  // places as each screen names them
    CHECK(has(texts, Language::English, "Gunma Prefecture"));
    CHECK(has(texts, Language::Japanese, "嬬恋村"));
    CHECK_FALSE(has(texts, Language::English, "嬬恋村"));
    for (int n = 0; n <= 200; ++n) CHECK(has(texts, Language::English, std::to_string(n)));
    CHECK(has(texts, Language::Japanese, "2014"));  // the first year the about screen fills in
    CHECK(largestComposedNumber(*result.pack) == 200);
}

TEST_CASE(
    "Places on the English screens are spoken by their English names, Japanese by its reading") {
    const std::vector<NarrationText> texts = {
        {Language::Japanese, "嬬恋村", true, "群馬県", "つまごいむら"},
        {Language::English, "Tsumagoi Village", true, "群馬県", "つまごいむら"},
        {Language::English, "Shin'onsen Town", true, "兵庫県", "しんおんせんちょう"},
        {Language::Japanese, "草津町", true, "群馬県"},  // a place the pack has no reading of
        {Language::Japanese, "13"},
        {Language::Japanese, "English"}};
    ReadingSources sources;
    sources.placeSuffixes.byPrefecture["群馬県"] = {{"町", "マチ"}};
    sources.readings["嬬恋村"] = "ツマゴイソン";  // a stored reading yields to the pack's
    const auto update = updateReadings(texts, sources, [](const std::vector<std::string>& lines) {
        CHECK(lines == std::vector<std::string>{"草津"});  // MeCab reads the stem only
        return std::optional<std::vector<std::string>>{{"クサツ"}};
    });
    REQUIRE(update);
    CHECK(update->readings.at("嬬恋村") == "ツマゴイムラ");
    CHECK(update->readings.at("草津町") == "クサツマチ");
    CHECK(update->readings.at("13") == "ジュウサン");
    CHECK_FALSE(update->readings.count("Tsumagoi Village"));
    const auto lines = narrationLines(texts, update->readings);
    CHECK(lines[0].voice == "ja");
    CHECK(lines[0].speak == "ツマゴイムラ");
    CHECK(lines[1].voice == "en-us");
    CHECK(lines[1].speak == "Tsumagoi Village");
    CHECK(lines[2].speak == "Shinonsen Town");  // the apostrophe is for the eye only
    CHECK(lines[2].text == "Shin'onsen Town");
    CHECK(lines[4].speak == "ジュウサン");
    CHECK(lines[5].voice == "en-us");
}

TEST_CASE("Coverage counts the texts a screen shows that have no clip") {
    const auto result = loadPack(test::defaultPackDir());
    REQUIRE(result.pack);
    Pack pack = *result.pack;
    NarrationIndex partial;
    for (const auto& [key, clip] : pack.narration.all())
        if (!(key.first == Language::English && key.second == "of"))
            partial.add(key.first, key.second, clip);
    pack.narration = partial;
    const auto coverage = narrationCoverage(pack);
    // Japanese, English and Korean: the languages espeak-ng speaks.
    REQUIRE(coverage.size() == 3);
    CHECK(coverage[2].language == Language::Korean);
    CHECK(coverage[2].missing.empty());
    CHECK(coverage[0].missing.empty());
    CHECK(coverage[0].covered == coverage[0].texts);
    CHECK(coverage[1].missing == std::vector<std::string>{"of"});
    CHECK(coverage[1].seconds > 30 * 60);
    CHECK(coverage[1].bytes > 1000000);
}
