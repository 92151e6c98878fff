#include <catch2/catch.hpp>

#include "places/place_name_parts.hpp"
#include "places/place_names.hpp"

using namespace kiosk;

TEST_CASE("English names: the stem in Hepburn with the English generic word") {
    CHECK(englishPlaceName("嬬恋村", "つまごいむら") == "Tsumagoi Village");
    CHECK(englishPlaceName("新宿区", "しんじゅくく") == "Shinjuku City");
    CHECK(englishPlaceName("大田区", "おおたく") == "Ota City");
    CHECK(englishPlaceName("江東区", "こうとうく") == "Koto City");
    CHECK(englishPlaceName("群馬県", "ぐんまけん") == "Gunma Prefecture");
    CHECK(englishPlaceName("北海道", "ほっかいどう") == "Hokkaido");
    CHECK(englishPlaceName("東京都", "とうきょうと") == "Tokyo");
    CHECK(englishPlaceName("大阪府", "おおさかふ") == "Osaka Prefecture");
    CHECK(englishPlaceName("京都府", "きょうとふ") == "Kyoto Prefecture");
    CHECK(englishPlaceName("札幌市", "さっぽろし") == "Sapporo City");
    CHECK(englishPlaceName("由利本荘市", "ゆりほんじょうし") == "Yurihonjo City");
}

TEST_CASE("町 read まち or ちょう, 村 read むら or そん, is Town and Village either way") {
    CHECK(englishPlaceName("草津町", "くさつまち") == "Kusatsu Town");
    CHECK(englishPlaceName("白糠町", "しらぬかちょう") == "Shiranuka Town");
    CHECK(englishPlaceName("読谷村", "よみたんそん") == "Yomitan Village");
    CHECK(koreanPlaceName("草津町", "くさつまち") == "구사쓰정");
    CHECK(koreanPlaceName("白糠町", "しらぬかちょう") == "시라누카정");
    CHECK(koreanPlaceName("読谷村", "よみたんそん") == "요미탄촌");
}

TEST_CASE("Korean names: the stem transcribed with the Sino-Korean generic word") {
    CHECK(koreanPlaceName("嬬恋村", "つまごいむら") == "쓰마고이촌");
    CHECK(koreanPlaceName("新宿区", "しんじゅくく") == "신주쿠구");
    CHECK(koreanPlaceName("群馬県", "ぐんまけん") == "군마현");
    CHECK(koreanPlaceName("北海道", "ほっかいどう") == "홋카이도");
    CHECK(koreanPlaceName("東京都", "とうきょうと") == "도쿄도");
    CHECK(koreanPlaceName("大阪府", "おおさかふ") == "오사카부");
    CHECK(koreanPlaceName("札幌市", "さっぽろし") == "삿포로시");
    CHECK(koreanPlaceName("大田区", "おおたく") == "오타구");
}

TEST_CASE("a reading that does not end as the name's suffix reads gives no name") {
    CHECK_FALSE(englishPlaceName("嬬恋村", "つまごい"));
    CHECK_FALSE(koreanPlaceName("群馬県", "ぐんま"));
    CHECK_FALSE(englishPlaceName("群馬県", "けん"));  // nothing left of the stem
}

TEST_CASE("a place's five names: derived, then the author's overrides") {
    const ChineseConverter chinese = [](const std::string& japanese) {
        return japanese == "南アルプス市" ? ChineseForms{"南阿尔卑斯市", "南阿爾卑斯市"}
                                          : ChineseForms{"?", "?"};
    };
    PlaceSource source{"南アルプス市", "みなみあるぷすし", {}};
    source.overrides.en = "Minami-Alps City";
    const DerivedPlaceName derived = derivePlaceName(source, chinese);
    CHECK(derived.derivedFromReading);
    CHECK(derived.name.ja == "南アルプス市");
    CHECK(derived.name.en == "Minami-Alps City");
    CHECK(derived.name.ko == "미나미아루푸스시");
    CHECK(derived.name.zhHans == "南阿尔卑斯市");
    CHECK(derived.name.zhHant == "南阿爾卑斯市");

    const DerivedPlaceName unread = derivePlaceName({"嬬恋村", "", {}}, chinese);
    CHECK_FALSE(unread.derivedFromReading);
    CHECK(unread.name.en.empty());
    CHECK(unread.name.ko.empty());
}

TEST_CASE("a place name's parts") {
    CHECK(splitPlaceName("嬬恋村").stem == "嬬恋");
    CHECK(splitPlaceName("北海道").suffix.empty());
    CHECK(splitPlaceName("東京都").suffix == "都");
    CHECK(stemReading(splitPlaceName("嬬恋村"), "ツマゴイムラ") == "ツマゴイ");
    CHECK(stemReading(splitPlaceName("嬬恋村"), "つまごいむら") == "つまごい");
}
