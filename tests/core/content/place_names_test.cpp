// Municipalities and prefectures carry their names in every language and their
// reading; the screens name a place in the visitor's language.
#include <catch2/catch.hpp>
#include <set>

#include "pack_problems.hpp"
#include "text/utf8.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Every place a screen of the pack names: the map's regions, the members, the
// events' places, and the prefectures of all of them.
std::set<std::string> shownPlaces(const Pack& pack) {
    std::set<std::string> codes;
    if (pack.map)
        for (const auto& r : pack.map->municipalities.regions) codes.insert(r.code);
    for (const auto& a : pack.associations) {
        codes.insert(a.members.begin(), a.members.end());
        codes.insert(a.prefecture + "000");
    }
    for (const auto& e : pack.events) codes.insert(e.places.begin(), e.places.end());
    std::set<std::string> withPrefectures = codes;
    for (const auto& code : codes) withPrefectures.insert(code.substr(0, 2) + "000");
    return withPrefectures;
}

bool all(const std::string& text, bool (*test)(char32_t)) {
    const std::u32string s = decodeUtf8(text);
    for (char32_t c : s)
        if (!test(c)) return false;
    return !s.empty();
}
bool latin(char32_t c) {
    return c < 0x80 || c == U'ō' || c == U'ū';
}
bool hangulOrSpace(char32_t c) {
    return (c >= 0xAC00 && c <= 0xD7A3) || c == U' ';
}

}  // namespace

TEST_CASE("every place the default pack shows has its name in all five languages") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack);
    const Pack& pack = *result.pack;
    const std::set<std::string> codes = shownPlaces(pack);
    CHECK(codes.size() > 300);
    for (const std::string& code : codes) {
        const Municipality* m = pack.findMunicipality(code);
        REQUIRE(m);
        INFO(code << " " << m->name);
        CHECK_FALSE(m->reading.empty());
        for (const Language language : allLanguages())
            CHECK_FALSE(m->shownName.exactly(language).empty());
        CHECK(m->shownName.ja == m->name);
        CHECK(all(m->shownName.en, latin));
        CHECK(all(m->shownName.ko, hangulOrSpace));
    }
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("the default pack's names of a few places in each language") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack);
    const Pack& pack = *result.pack;
    CHECK(pack.placeName("10425", Language::English) == "Tsumagoi Village");
    CHECK(pack.placeName("10425", Language::Korean) == "쓰마고이촌");
    CHECK(pack.placeName("10425", Language::ChineseTraditional) == "嬬戀村");
    CHECK(pack.placeName("10", Language::ChineseSimplified) == "群马县");
    CHECK(pack.placeName("10000", Language::ChineseTraditional) == "群馬縣");
    CHECK(pack.placeName("13104", Language::English) == "Shinjuku City");
    CHECK(pack.placeName("13104", Language::Korean) == "신주쿠구");
    CHECK(pack.placeName("01", Language::English) == "Hokkaido");
    CHECK(pack.placeName("01", Language::Korean) == "홋카이도");
    CHECK(pack.placeName("13", Language::English) == "Tokyo");
    CHECK(pack.placeName("26", Language::English) == "Kyoto Prefecture");
    CHECK(pack.placeName("27", Language::English) == "Osaka Prefecture");
    CHECK(pack.placeName("34", Language::ChineseSimplified) == "广岛县");
    CHECK(pack.placeName("99999", Language::English) == "99999");
    CHECK(pack.placeLine("10425", Language::English) == "Tsumagoi Village, Gunma Prefecture");
    CHECK(pack.placeLine("10425", Language::Japanese) == "群馬県 嬬恋村");
    CHECK(pack.placeLine("10425", Language::Korean) == "군마현 쓰마고이촌");
    CHECK(pack.placeLine("10000", Language::English) == "Gunma Prefecture");
}

TEST_CASE("a municipality without its reading is reported with its code and name") {
    TempPack pack;
    editJson(pack, "municipalities.json", [](nlohmann::json& d) {
        for (auto& m : d["municipalities"])
            if (m["code"] == "10425") {
                m.erase("reading");
                m["name"] = {{"ja", "嬬恋村"}};
            }
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack);
    const Lines added = addedWarnings(result);
    REQUIRE_FALSE(added.empty());
    bool named = false;
    for (const auto& line : added)
        named |= line.find("municipalities.json: /municipalities/") == 0 &&
                 line.find("10425 嬬恋村 has no reading") != std::string::npos;
    CHECK(named);
    // Its name still shows, in Japanese, to every visitor.
    CHECK(result.pack->placeName("10425", Language::English) == "嬬恋村");
}

TEST_CASE("a pack built before names in every language reads its names as Japanese") {
    TempPack pack;
    editJson(pack, "municipalities.json", [](nlohmann::json& d) {
        for (auto& m : d["municipalities"]) {
            const std::string ja = m["name"]["ja"];
            m["name"] = ja;
            m.erase("reading");
        }
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack);
    CHECK(addedWarnings(result).empty());
    CHECK(result.pack->placeName("10425", Language::English) == "嬬恋村");
    CHECK(result.pack->findMunicipality("10425")->name == "嬬恋村");
}
