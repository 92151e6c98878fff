#include "content/date_format.hpp"

namespace kiosk {

namespace {

const char* const kMonthNames[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

std::string monthName(int month, bool shortForm) {
    if (month < 1 || month > 12) return "";
    const std::string name = kMonthNames[month - 1];
    return shortForm ? name.substr(0, 3) : name;
}

std::string jaMonthDay(const CalendarDate& d) {
    std::string out = std::to_string(d.month) + "月";
    if (d.day) out += std::to_string(d.day) + "日";
    return out;
}

std::string enDayMonth(const CalendarDate& d, bool shortForm) {
    return d.day ? std::to_string(d.day) + " " + monthName(d.month, shortForm)
                 : monthName(d.month, shortForm);
}

std::string eraSuffixEn(const CalendarDate& d) {
    const auto era = eraOf(d);
    return era ? " (" + era->labelEn() + ")" : "";
}

std::string jaPrefix(const CalendarDate& d) {
    const auto era = eraOf(d);
    const std::string year = std::to_string(d.year) + "年";
    return era ? era->labelJa() + "（" + year + "）" : year;
}

// The part after the start for spans: "～9月29日" or, across years, "～2018年1月5日".
std::string jaSpanEnd(const EventDate& date) {
    const CalendarDate& s = date.start;
    const CalendarDate& e = date.end;
    if (e == s) return "";
    if (e.year != s.year) return "～" + std::to_string(e.year) + "年" + jaMonthDay(e);
    if (e.month != s.month) return "～" + jaMonthDay(e);
    return "～" + std::to_string(e.day) + "日";
}

std::string enSpan(const EventDate& date, bool shortForm) {
    const CalendarDate& s = date.start;
    const CalendarDate& e = date.end;
    const std::string dash = shortForm ? "–" : " – ";
    if (e == s) return enDayMonth(s, shortForm);
    if (e.year == s.year && e.month == s.month)
        return std::to_string(s.day) + dash + std::to_string(e.day) + " " +
               monthName(s.month, shortForm);
    if (e.year == s.year) return enDayMonth(s, shortForm) + " – " + enDayMonth(e, shortForm);
    return enDayMonth(s, shortForm) + " " + std::to_string(s.year) + " – " +
           enDayMonth(e, shortForm);
}

}  // namespace

std::string formatEventDate(const EventDate& date, Language language) {
    const bool ja = language == Language::Japanese;
    if (!date.known()) {
        if (date.yearHint == 0) return ja ? "日付不明" : "Date unknown";
        return ja ? "日付不明（" + std::to_string(date.yearHint) + "年）"
                  : "Date unknown (" + std::to_string(date.yearHint) + ")";
    }
    const CalendarDate& s = date.start;
    if (ja) return jaPrefix(s) + jaMonthDay(s) + jaSpanEnd(date);
    std::string text = enSpan(date, false);
    if (date.end.year == s.year) text += " " + std::to_string(s.year);
    return text + eraSuffixEn(s);
}

std::string formatEventDateShort(const EventDate& date, Language language) {
    const bool ja = language == Language::Japanese;
    if (!date.known()) return ja ? "日付不明" : "Date unknown";
    if (ja) return jaMonthDay(date.start) + jaSpanEnd(date);
    return enSpan(date, true);
}

std::string eraLabelForYear(int year, Language language) {
    const bool ja = language == Language::Japanese;
    const auto first = eraOf(CalendarDate{year, 1, 1});
    const auto last = eraOf(CalendarDate{year, 12, 31});
    if (!first || !last) return std::to_string(year);
    if (std::string(first->nameJa) == last->nameJa) return ja ? first->labelJa() : first->labelEn();
    return ja ? first->labelJa() + "・" + last->labelJa()
              : first->labelEn() + " / " + last->labelEn();
}

}  // namespace kiosk
