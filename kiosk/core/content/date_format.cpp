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

std::string enDayMonth(const CalendarDate& d, bool shortForm) {
    return d.day ? std::to_string(d.day) + " " + monthName(d.month, shortForm)
                 : monthName(d.month, shortForm);
}

std::string eraSuffixEn(const CalendarDate& d) {
    const auto era = eraOf(d);
    return era ? " (" + era->labelEn() + ")" : "";
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

// How the languages that write dates with 年月日 differ: Japanese and Chinese
// share the numerals and units; Korean writes 년 월 일 with spaces.
struct CjkDateWords {
    const char* year;
    const char* month;
    const char* day;
    const char* separator;  // between year, month and day
    const char* until;      // between a span's two ends
    const char* unknown;    // a date the source does not give
};

const CjkDateWords* cjkDateWords(Language language) {
    static const CjkDateWords ja{"年", "月", "日", "", "～", "日付不明"};
    static const CjkDateWords zhHans{"年", "月", "日", "", "至", "日期不详"};
    static const CjkDateWords zhHant{"年", "月", "日", "", "至", "日期不詳"};
    static const CjkDateWords ko{"년", "월", "일", " ", "~", "날짜 미상"};
    switch (language) {
        case Language::Japanese:
            return &ja;
        case Language::ChineseSimplified:
            return &zhHans;
        case Language::ChineseTraditional:
            return &zhHant;
        case Language::Korean:
            return &ko;
        case Language::English:
            return nullptr;
    }
    return nullptr;
}

std::string cjkMonthDay(const CalendarDate& d, const CjkDateWords& w) {
    std::string out = std::to_string(d.month) + w.month;
    if (d.day) out += w.separator + std::to_string(d.day) + w.day;
    return out;
}

std::string cjkYear(int year, const CjkDateWords& w) {
    return std::to_string(year) + w.year;
}

// The part after the start of a span: "～9月29日", "至9月29日", "~9월 29일", or
// across years with the year: "～2018年1月5日".
std::string cjkSpanEnd(const EventDate& date, const CjkDateWords& w) {
    const CalendarDate& s = date.start;
    const CalendarDate& e = date.end;
    if (e == s) return "";
    if (e.year != s.year) return w.until + cjkYear(e.year, w) + w.separator + cjkMonthDay(e, w);
    if (e.month != s.month) return w.until + cjkMonthDay(e, w);
    return w.until + std::to_string(e.day) + w.day;
}

// Korean names the Japanese era by its sound: 헤이세이 28년, 레이와 원년.
std::string eraLabelKo(const EraYear& era) {
    const std::string name = std::string(era.nameJa) == "令和"   ? "레이와"
                             : std::string(era.nameJa) == "平成" ? "헤이세이"
                             : std::string(era.nameJa) == "昭和" ? "쇼와"
                                                                 : era.nameEn;
    return name + " " + (era.year == 1 ? std::string("원년") : std::to_string(era.year) + "년");
}

std::string eraLabel(const EraYear& era, Language language) {
    switch (language) {
        case Language::English:
            return era.labelEn();
        case Language::Korean:
            return eraLabelKo(era);
        default:
            return era.labelJa();  // Chinese writes Japan's eras as Japanese does
    }
}

std::string cjkEventDate(const EventDate& date, Language language, const CjkDateWords& w) {
    const CalendarDate& s = date.start;
    const std::string start =
        cjkYear(s.year, w) + w.separator + cjkMonthDay(s, w) + cjkSpanEnd(date, w);
    const auto era = eraOf(s);
    // Japanese leads with the era, the way the source and every Japanese
    // office writes it; the others lead with the year they count in and give
    // the era after it.
    if (language == Language::Japanese)
        return era ? era->labelJa() + "（" + cjkYear(s.year, w) + "）" + cjkMonthDay(s, w) +
                         cjkSpanEnd(date, w)
                   : start;
    if (!era) return start;
    return language == Language::Korean ? start + " (" + eraLabelKo(*era) + ")"
                                        : start + "（" + era->labelJa() + "）";
}

}  // namespace

std::string formatEventDate(const EventDate& date, Language language) {
    const CjkDateWords* cjk = cjkDateWords(language);
    if (!date.known()) {
        if (cjk && date.yearHint == 0) return cjk->unknown;
        if (cjk)
            return cjk->unknown + std::string(language == Language::Korean ? " (" : "（") +
                   cjkYear(date.yearHint, *cjk) + (language == Language::Korean ? ")" : "）");
        if (date.yearHint == 0) return "Date unknown";
        return "Date unknown (" + std::to_string(date.yearHint) + ")";
    }
    if (cjk) return cjkEventDate(date, language, *cjk);
    const CalendarDate& s = date.start;
    std::string text = enSpan(date, false);
    if (date.end.year == s.year) text += " " + std::to_string(s.year);
    return text + eraSuffixEn(s);
}

std::string formatEventDateShort(const EventDate& date, Language language) {
    const CjkDateWords* cjk = cjkDateWords(language);
    if (!date.known()) return cjk ? cjk->unknown : "Date unknown";
    if (cjk) return cjkMonthDay(date.start, *cjk) + cjkSpanEnd(date, *cjk);
    return enSpan(date, true);
}

std::string eraLabelForYear(int year, Language language) {
    const auto first = eraOf(CalendarDate{year, 1, 1});
    const auto last = eraOf(CalendarDate{year, 12, 31});
    if (!first || !last) return std::to_string(year);
    if (std::string(first->nameJa) == last->nameJa) return eraLabel(*first, language);
    const char* joint = language == Language::Japanese ? "・" : " / ";
    return eraLabel(*first, language) + joint + eraLabel(*last, language);
}

}  // namespace kiosk
