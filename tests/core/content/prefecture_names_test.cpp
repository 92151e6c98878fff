#include <catch2/catch.hpp>

#include "content/prefecture_names.hpp"

using namespace kiosk;

TEST_CASE("Prefecture codes give their English names") {
    CHECK(prefectureNameEn("01") == "Hokkaido");
    CHECK(prefectureNameEn("10000") == "Gunma");
    CHECK(prefectureNameEn("13") == "Tokyo");
    CHECK(prefectureNameEn("34") == "Hiroshima");
    CHECK(prefectureNameEn("47") == "Okinawa");
    CHECK(prefectureNameEn("48").empty());
    CHECK(prefectureNameEn("00").empty());
    CHECK(prefectureNameEn("x").empty());
}

TEST_CASE("Prefecture names give their codes") {
    CHECK(prefectureCode("北海道") == "01");
    CHECK(prefectureCode("東京都") == "13");
    CHECK(prefectureCode("沖縄県") == "47");
    CHECK(prefectureCode("京都市").empty());
    CHECK(prefectureCode("").empty());
}
