#include "content/prefecture_names.hpp"

namespace kiosk {

namespace {
// Official romanisations, in code order 01..47.
const char* const kNames[] = {
    "Hokkaido", "Aomori",   "Iwate",    "Miyagi",    "Akita",    "Yamagata",  "Fukushima", "Ibaraki",
    "Tochigi",  "Gunma",    "Saitama",  "Chiba",     "Tokyo",    "Kanagawa",  "Niigata",   "Toyama",
    "Ishikawa", "Fukui",    "Yamanashi", "Nagano",   "Gifu",     "Shizuoka",  "Aichi",     "Mie",
    "Shiga",    "Kyoto",    "Osaka",    "Hyogo",     "Nara",     "Wakayama",  "Tottori",   "Shimane",
    "Okayama",  "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime",     "Kochi",     "Fukuoka",
    "Saga",     "Nagasaki", "Kumamoto", "Oita",      "Miyazaki", "Kagoshima", "Okinawa"};
}  // namespace

std::string prefectureNameEn(const std::string& code) {
    if (code.size() < 2 || code[0] < '0' || code[0] > '4' || code[1] < '0' || code[1] > '9') return {};
    const int n = (code[0] - '0') * 10 + (code[1] - '0');
    return n >= 1 && n <= 47 ? kNames[n - 1] : std::string();
}

}  // namespace kiosk
