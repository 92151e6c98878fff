#include <catch2/catch.hpp>

#include "speech_text/hepburn.hpp"
#include "speech_text/place_reading.hpp"

using namespace kiosk;

TEST_CASE("Hepburn as the Japan Tourism Agency writes place names") {
    CHECK(kanaToHepburn("トウキョウ") == "Tokyo");
    CHECK(kanaToHepburn("オオサカ") == "Osaka");
    CHECK(kanaToHepburn("ホッカイドウ") == "Hokkaido");
    CHECK(kanaToHepburn("キョウト") == "Kyoto");
    CHECK(kanaToHepburn("ツマゴイ") == "Tsumagoi");
    CHECK(kanaToHepburn("シンジュク") == "Shinjuku");
    CHECK(kanaToHepburn("グンマ") == "Gunma");
    CHECK(kanaToHepburn("シンバシ") == "Shinbashi");  // ん is always n
    CHECK(kanaToHepburn("ジュンイチ") == "Jun'ichi");
    CHECK(kanaToHepburn("メイジ") == "Meiji");  // ei is kept
    CHECK(kanaToHepburn("ニイガタ") == "Niigata");
    CHECK(kanaToHepburn("ハッチョウ") == "Hatcho");
    CHECK(kanaToHepburn("シラヌカ") == "Shiranuka");
    CHECK(kanaToHepburn("ちば") == "Chiba");
    CHECK(kanaToHepburn("ルスツ") == "Rusutsu");
    CHECK(kanaToHepburn("ユウバリ") == "Yubari");
    CHECK(kanaToHepburn("アジガサワ") == "Ajigasawa");
}

TEST_CASE("a place the English screens show in kanji is spoken romanised, with its generic word") {
    CHECK(spokenPlaceNameEn("嬬恋村", "ツマゴイムラ") == "Tsumagoi Village");
    CHECK(spokenPlaceNameEn("新宿区", "シンジュクク") == "Shinjuku City");
    CHECK(spokenPlaceNameEn("白糠町", "シラヌカチョウ") == "Shiranuka Town");
    CHECK(spokenPlaceNameEn("草津町", "クサツマチ") == "Kusatsu Town");
    CHECK(spokenPlaceNameEn("札幌市", "サッポロシ") == "Sapporo City");
    CHECK(spokenPlaceNameEn("群馬県", "グンマケン") == "Gunma Prefecture");
    CHECK(spokenPlaceNameEn("京都府", "キョウトフ") == "Kyoto Prefecture");
    CHECK(spokenPlaceNameEn("北海道", "ホッカイドウ") == "Hokkaido");
    CHECK(spokenPlaceNameEn("東京都", "トウキョウト") == "Tokyo");
}

TEST_CASE("a municipality's suffix is read by its prefecture's rule") {
    PlaceSuffixRules rules;
    rules.byPrefecture["群馬県"] = {{"町", "マチ"}, {"村", "ムラ"}};
    rules.byPrefecture["北海道"] = {{"町", "チョウ"}, {"村", "ムラ"}};
    CHECK(municipalityReading(splitPlaceName("草津町"), "クサツ", "群馬県", rules) == "クサツマチ");
    CHECK(municipalityReading(splitPlaceName("白糠町"), "シラヌカ", "北海道", rules) ==
          "シラヌカチョウ");
    CHECK(municipalityReading(splitPlaceName("嬬恋村"), "ツマゴイ", "群馬県", rules) ==
          "ツマゴイムラ");
    CHECK(municipalityReading(splitPlaceName("前橋市"), "マエバシ", "群馬県", rules) ==
          "マエバシシ");
    CHECK(splitPlaceName("北海道").suffix.empty());
}
