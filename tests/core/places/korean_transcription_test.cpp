#include <catch2/catch.hpp>

#include "places/korean_transcription.hpp"

using namespace kiosk;

TEST_CASE("voiceless kana are unaspirated at a word's start and aspirated inside it") {
    CHECK(kanaToHangul("かまくら") == "가마쿠라");
    CHECK(kanaToHangul("きょうと") == "교토");
    CHECK(kanaToHangul("とちぎ") == "도치기");
    CHECK(kanaToHangul("ちば") == "지바");
    CHECK(kanaToHangul("たかさき") == "다카사키");
    CHECK(kanaToHangul("ちょうし") == "조시");    // 銚子
    CHECK(kanaToHangul("はっちょう") == "핫초");  // medial チョ aspirated
    CHECK(kanaToHangul("ぐんま") == "군마");      // voiced at the start
    CHECK(kanaToHangul("ぎふ") == "기후");
}

TEST_CASE("つ is 쓰 wherever it stands") {
    CHECK(kanaToHangul("つまごい") == "쓰마고이");
    CHECK(kanaToHangul("まつもと") == "마쓰모토");
    CHECK(kanaToHangul("くさつ") == "구사쓰");
}

TEST_CASE("っ is a ㅅ final and ん a ㄴ final") {
    CHECK(kanaToHangul("ほっかいどう") == "홋카이도");
    CHECK(kanaToHangul("さっぽろ") == "삿포로");
    CHECK(kanaToHangul("しんじゅく") == "신주쿠");
    CHECK(kanaToHangul("ほんじょう") == "혼조");
    CHECK(kanaToHangul("まんざ") == "만자");
    CHECK(kanaToHangul("しんおんせん") == "신온센");  // ん before a vowel
    CHECK(kanaToHangul("けんぶち") == "겐부치");
}

TEST_CASE("long vowels are not written") {
    CHECK(kanaToHangul("おおた") == "오타");    // 大田, 太田
    CHECK(kanaToHangul("こうとう") == "고토");  // 江東
    CHECK(kanaToHangul("とうきょう") == "도쿄");
    CHECK(kanaToHangul("おおさか") == "오사카");
    CHECK(kanaToHangul("にいがた") == "니가타");
    CHECK(kanaToHangul("ゆうばり") == "유바리");
    CHECK(kanaToHangul("めいじ") == "메이지");  // えい keeps its い
    CHECK(kanaToHangul("おおいた") == "오이타");
    CHECK(kanaToHangul("キョート") == "교토");  // the long-vowel mark too
}

TEST_CASE("katakana and text that is not kana") {
    CHECK(kanaToHangul("ニセコ") == "니세코");
    CHECK(kanaToHangul("ツマゴイ") == "쓰마고이");
    CHECK(kanaToHangul("ABC") == "ABC");
    CHECK(kanaToHangul("").empty());
}
