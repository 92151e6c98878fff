#include <catch2/catch.hpp>

#include "content/calendar.hpp"

using namespace kiosk;

TEST_CASE("ISO dates parse only when the day exists") {
    CHECK(parseIsoDate("2016-04-26", false) == CalendarDate{2016, 4, 26});
    CHECK(parseIsoDate("2020-02-29", false).has_value());  // leap year
    CHECK_FALSE(parseIsoDate("2019-02-29", false).has_value());
    CHECK_FALSE(parseIsoDate("2019-02-30", false).has_value());
    CHECK_FALSE(parseIsoDate("2019-13-01", false).has_value());
    CHECK_FALSE(parseIsoDate("2019-4-1", false).has_value());
    CHECK_FALSE(parseIsoDate("2021-01", false).has_value());
    CHECK(parseIsoDate("2021-01", true) == CalendarDate{2021, 1, 0});
    CHECK(CalendarDate{2021, 1, 0}.iso() == "2021-01");
}

TEST_CASE("Era of a date, across the Heisei to Reiwa change on 2019-05-01") {
    CHECK(eraOf({2014, 9, 10})->labelJa() == "平成26年");
    CHECK(eraOf({2019, 4, 30})->labelJa() == "平成31年");
    CHECK(eraOf({2019, 5, 1})->labelJa() == "令和元年");
    CHECK(eraOf({2019, 5, 1})->labelEn() == "Reiwa 1");
    CHECK(eraOf({2022, 12, 12})->labelJa() == "令和4年");
    CHECK(eraOf({1989, 1, 7})->labelJa() == "昭和64年");
    CHECK(eraOf({1989, 1, 8})->labelJa() == "平成元年");
    CHECK(eraOf({2021, 1, 0})->labelJa() == "令和3年");  // month only
    CHECK_FALSE(eraOf({1800, 1, 1}).has_value());
}

TEST_CASE("Gregorian year of an era label") {
    CHECK(gregorianYearOfEraLabel("平成26年") == 2014);
    CHECK(gregorianYearOfEraLabel("平成31年") == 2019);
    CHECK(gregorianYearOfEraLabel("令和元年") == 2019);
    CHECK(gregorianYearOfEraLabel("令和4年") == 2022);
    CHECK_FALSE(gregorianYearOfEraLabel("令和年").has_value());
    CHECK_FALSE(gregorianYearOfEraLabel("平成0年").has_value());
    CHECK_FALSE(gregorianYearOfEraLabel("2019年").has_value());
}
