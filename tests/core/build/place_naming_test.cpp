// kiosk-pack build names every place in each language from places.json, and
// says which places it could not.
#include <catch2/catch.hpp>

#include "build/place_naming.hpp"

using namespace kiosk;

namespace {

Municipality place(const std::string& code, const std::string& prefecture,
                   const std::string& name) {
    Municipality m;
    m.code = code;
    m.prefecture = prefecture;
    m.name = name;
    return m;
}

ChineseForms sameForms(const std::string& japanese) {
    return {japanese + "(s)", japanese + "(t)"};
}

}  // namespace

TEST_CASE("places are named in every language from their readings and overrides") {
    std::vector<Municipality> list = {place("10000", "群馬県", "群馬県"),
                                      place("10425", "群馬県", "嬬恋村"),
                                      place("19208", "山梨県", "南アルプス市")};
    std::map<std::string, PlaceSource> places;
    places["10000"] = {"群馬県", "ぐんまけん", {}};
    places["10425"] = {"嬬恋村", "つまごいむら", {}};
    places["19208"] = {"南アルプス市", "みなみあるぷすし", {}};
    places["19208"].overrides.en = "Minami-Alps City";
    ProblemList problems;
    nameMunicipalities(list, places, sameForms, problems);
    CHECK(problems.all().empty());
    CHECK(list[0].shownName.en == "Gunma Prefecture");
    CHECK(list[0].shownName.ko == "군마현");
    CHECK(list[1].shownName.ja == "嬬恋村");
    CHECK(list[1].shownName.en == "Tsumagoi Village");
    CHECK(list[1].shownName.zhHans == "嬬恋村(s)");
    CHECK(list[1].shownName.zhHant == "嬬恋村(t)");
    CHECK(list[1].reading == "つまごいむら");
    CHECK(list[2].shownName.en == "Minami-Alps City");
    CHECK(list[2].shownName.ko == "미나미아루푸스시");
}

TEST_CASE("a place with no reading, or one that does not fit, is reported by code and name") {
    std::vector<Municipality> list = {place("10425", "群馬県", "嬬恋村"),
                                      place("10426", "群馬県", "草津町"),
                                      place("10429", "群馬県", "中之条町")};
    std::map<std::string, PlaceSource> places;
    places["10426"] = {"草津町", "くさつ", {}};              // no 町 in the reading
    places["10429"] = {"中之條町", "なかのじょうまち", {}};  // not the boundary data's name
    ProblemList problems;
    nameMunicipalities(list, places, sameForms, problems);
    std::vector<std::string> lines;
    for (const auto& p : problems.all()) lines.push_back(p.format());
    CHECK(lines == std::vector<std::string>{
                       "places.json: /places/10425: 10425 嬬恋村 has no reading; "
                       "expected its \"kana\"",
                       "places.json: /places/10426/kana: 10426 草津町: the reading くさつ "
                       "does not end as the name's generic word reads",
                       "places.json: /places/10429/name: 10429 is 中之条町 in the "
                       "boundary data, not 中之條町"});
    // Each still has its Japanese and Chinese names; English and Korean fall back.
    CHECK(list[0].shownName.ja == "嬬恋村");
    CHECK(list[0].shownName.zhHans == "嬬恋村(s)");
    CHECK(list[0].shownName.en.empty());
    CHECK(list[1].shownName.ko.empty());
    CHECK(list[2].shownName.en == "Nakanojo Town");
}
