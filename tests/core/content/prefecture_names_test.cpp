#include <catch2/catch.hpp>

#include "content/prefecture_names.hpp"

using namespace kiosk;

TEST_CASE("Prefecture codes give their Japanese names") {
    CHECK(prefectureNameJa("01") == "北海道");
    CHECK(prefectureNameJa("10000") == "群馬県");
    CHECK(prefectureNameJa("13") == "東京都");
    CHECK(prefectureNameJa("34") == "広島県");
    CHECK(prefectureNameJa("47") == "沖縄県");
    CHECK(prefectureNameJa("48").empty());
    CHECK(prefectureNameJa("00").empty());
    CHECK(prefectureNameJa("x").empty());
}

TEST_CASE("Prefecture names give their codes") {
    CHECK(prefectureCode("北海道") == "01");
    CHECK(prefectureCode("東京都") == "13");
    CHECK(prefectureCode("沖縄県") == "47");
    CHECK(prefectureCode("京都市").empty());
    CHECK(prefectureCode("").empty());
}
