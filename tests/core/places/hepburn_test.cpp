#include <catch2/catch.hpp>

#include "places/hepburn.hpp"

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
    // Long vowels: おお, おう and うう are one vowel; ei keeps its i.
    CHECK(kanaToHepburn("おおた") == "Ota");        // 大田, 太田
    CHECK(kanaToHepburn("こうとう") == "Koto");     // 江東
    CHECK(kanaToHepburn("ほんじょう") == "Honjo");  // 本荘: ん before a consonant, no apostrophe
    CHECK(kanaToHepburn("まんざ") == "Manza");      // 万座
    CHECK(kanaToHepburn("しんおんせん") == "Shin'onsen");  // ん before a vowel
    CHECK(kanaToHepburn("さっぽろ") == "Sapporo");
    CHECK(kanaToHepburn("ほっかいどう") == "Hokkaido");
}
