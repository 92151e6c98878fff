#pragma once
#include <string>

#include "content/pack.hpp"

namespace kiosk {

// An event's date as a visitor reads it, honest about what the source gives:
//   ja: 平成28年（2016年）4月26日 / 平成29年（2017年）8月21日～9月29日 /
//       令和3年（2021年）1月 / 日付不明（2017年）
//   en: 26 April 2016 (Heisei 28) / 21 August – 29 September 2017 (Heisei 29) /
//       January 2021 (Reiwa 3) / Date unknown (2017)
std::string formatEventDate(const EventDate& date, Language language);

// Short form for timeline cards: "4月26日" / "26 Apr", "8月21日～9月29日" /
// "21 Aug – 29 Sep", "1月" / "Jan", "日付不明" / "Date unknown".
std::string formatEventDateShort(const EventDate& date, Language language);

// A year with its era for the timeline strip: "2016" and "平成28年" / "Heisei 28";
// 2019 gives "平成31年・令和元年" / "Heisei 31 / Reiwa 1".
std::string eraLabelForYear(int year, Language language);

}  // namespace kiosk
