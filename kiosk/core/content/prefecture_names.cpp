#include "content/prefecture_names.hpp"

#include <cstdio>

namespace kiosk {

namespace {

struct Prefecture {
    const char* ja;
    const char* en;  // official romanisation
};

// In code order: the code is the position plus one.
constexpr Prefecture kPrefectures[] = {
    {"北海道", "Hokkaido"},    {"青森県", "Aomori"},     {"岩手県", "Iwate"},
    {"宮城県", "Miyagi"},      {"秋田県", "Akita"},      {"山形県", "Yamagata"},
    {"福島県", "Fukushima"},   {"茨城県", "Ibaraki"},    {"栃木県", "Tochigi"},
    {"群馬県", "Gunma"},       {"埼玉県", "Saitama"},    {"千葉県", "Chiba"},
    {"東京都", "Tokyo"},       {"神奈川県", "Kanagawa"}, {"新潟県", "Niigata"},
    {"富山県", "Toyama"},      {"石川県", "Ishikawa"},   {"福井県", "Fukui"},
    {"山梨県", "Yamanashi"},   {"長野県", "Nagano"},     {"岐阜県", "Gifu"},
    {"静岡県", "Shizuoka"},    {"愛知県", "Aichi"},      {"三重県", "Mie"},
    {"滋賀県", "Shiga"},       {"京都府", "Kyoto"},      {"大阪府", "Osaka"},
    {"兵庫県", "Hyogo"},       {"奈良県", "Nara"},       {"和歌山県", "Wakayama"},
    {"鳥取県", "Tottori"},     {"島根県", "Shimane"},    {"岡山県", "Okayama"},
    {"広島県", "Hiroshima"},   {"山口県", "Yamaguchi"},  {"徳島県", "Tokushima"},
    {"香川県", "Kagawa"},      {"愛媛県", "Ehime"},      {"高知県", "Kochi"},
    {"福岡県", "Fukuoka"},     {"佐賀県", "Saga"},       {"長崎県", "Nagasaki"},
    {"熊本県", "Kumamoto"},    {"大分県", "Oita"},       {"宮崎県", "Miyazaki"},
    {"鹿児島県", "Kagoshima"}, {"沖縄県", "Okinawa"}};
constexpr size_t kCount = sizeof kPrefectures / sizeof kPrefectures[0];

}  // namespace

std::string prefectureNameEn(const std::string& code) {
    if (code.size() < 2 || code[0] < '0' || code[0] > '4' || code[1] < '0' || code[1] > '9')
        return {};
    const size_t n = size_t(code[0] - '0') * 10 + size_t(code[1] - '0');
    return n >= 1 && n <= kCount ? kPrefectures[n - 1].en : std::string();
}

std::string prefectureCode(const std::string& nameJa) {
    for (size_t i = 0; i < kCount; ++i) {
        if (nameJa != kPrefectures[i].ja) continue;
        char code[3];
        std::snprintf(code, sizeof code, "%02zu", i + 1);
        return code;
    }
    return {};
}

}  // namespace kiosk
