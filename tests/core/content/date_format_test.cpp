#include <catch2/catch.hpp>

#include "content/date_format.hpp"

using namespace kiosk;

namespace {
EventDate day(int y, int m, int d) {
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = {y, m, d};
    return date;
}
EventDate span(DatePrecision p, CalendarDate s, CalendarDate e) {
    EventDate date;
    date.precision = p;
    date.start = s;
    date.end = e;
    return date;
}
}  // namespace

TEST_CASE("A single day shows era and Gregorian year") {
    CHECK(formatEventDate(day(2016, 4, 26), Language::Japanese) == "平成28年（2016年）4月26日");
    CHECK(formatEventDate(day(2016, 4, 26), Language::English) == "26 April 2016 (Heisei 28)");
    CHECK(formatEventDate(day(2019, 5, 31), Language::Japanese) == "令和元年（2019年）5月31日");
    CHECK(formatEventDate(day(2019, 4, 26), Language::English) == "26 April 2019 (Heisei 31)");
}

TEST_CASE("Ranges and multi-day dates name both ends") {
    const auto range = span(DatePrecision::Range, {2017, 8, 21}, {2017, 9, 29});
    CHECK(formatEventDate(range, Language::Japanese) == "平成29年（2017年）8月21日～9月29日");
    CHECK(formatEventDate(range, Language::English) == "21 August – 29 September 2017 (Heisei 29)");
    CHECK(formatEventDateShort(range, Language::English) == "21 Aug – 29 Sep");
    const auto days = span(DatePrecision::Days, {2015, 5, 30}, {2015, 5, 31});
    CHECK(formatEventDate(days, Language::Japanese) == "平成27年（2015年）5月30日～31日");
    CHECK(formatEventDate(days, Language::English) == "30 – 31 May 2015 (Heisei 27)");
    const auto acrossYears = span(DatePrecision::Range, {2019, 12, 20}, {2020, 1, 5});
    CHECK(formatEventDate(acrossYears, Language::Japanese) ==
          "令和元年（2019年）12月20日～2020年1月5日");
}

TEST_CASE("Month-only and unknown dates are shown as such") {
    const auto month = span(DatePrecision::Month, {2021, 1, 0}, {2021, 1, 0});
    CHECK(formatEventDate(month, Language::Japanese) == "令和3年（2021年）1月");
    CHECK(formatEventDate(month, Language::English) == "January 2021 (Reiwa 3)");
    EventDate unknown;
    unknown.yearHint = 2017;
    CHECK(formatEventDate(unknown, Language::Japanese) == "日付不明（2017年）");
    CHECK(formatEventDate(unknown, Language::English) == "Date unknown (2017)");
    CHECK(formatEventDateShort(unknown, Language::English) == "Date unknown");
}

TEST_CASE("Timeline years carry their era, both where the era changed") {
    CHECK(eraLabelForYear(2014, Language::Japanese) == "平成26年");
    CHECK(eraLabelForYear(2019, Language::Japanese) == "平成31年・令和元年");
    CHECK(eraLabelForYear(2019, Language::English) == "Heisei 31 / Reiwa 1");
    CHECK(eraLabelForYear(2022, Language::English) == "Reiwa 4");
}

TEST_CASE("Chinese and Korean dates count in Western years with Japan's era after") {
    const auto range = span(DatePrecision::Range, {2017, 8, 21}, {2017, 9, 29});
    CHECK(formatEventDate(day(2016, 4, 26), Language::ChineseSimplified) ==
          "2016年4月26日（平成28年）");
    CHECK(formatEventDate(range, Language::ChineseTraditional) ==
          "2017年8月21日至9月29日（平成29年）");
    CHECK(formatEventDate(day(2019, 5, 31), Language::Korean) == "2019년 5월 31일 (레이와 원년)");
    CHECK(formatEventDate(range, Language::Korean) == "2017년 8월 21일~9월 29일 (헤이세이 29년)");
    CHECK(formatEventDateShort(range, Language::ChineseSimplified) == "8月21日至9月29日");
    CHECK(formatEventDateShort(day(2016, 4, 26), Language::Korean) == "4월 26일");
    EventDate unknown;
    unknown.yearHint = 2017;
    CHECK(formatEventDate(unknown, Language::ChineseSimplified) == "日期不详（2017年）");
    CHECK(formatEventDate(unknown, Language::Korean) == "날짜 미상 (2017년)");
    CHECK(formatEventDateShort(unknown, Language::ChineseTraditional) == "日期不詳");
    CHECK(eraLabelForYear(2019, Language::Korean) == "헤이세이 31년 / 레이와 원년");
    CHECK(eraLabelForYear(2016, Language::ChineseTraditional) == "平成28年");
}
