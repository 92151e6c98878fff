#include "content/prefecture_names.hpp"

#include <cstdio>

namespace kiosk {

namespace {

// In code order: the code is the position plus one. Their names in other
// languages come with the pack (municipalities.json, from places.json).
constexpr const char* kPrefectures[] = {
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",   "福島県", "茨城県",
    "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
    "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",   "愛知県", "三重県",
    "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県",
    "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県",   "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};
constexpr size_t kCount = sizeof kPrefectures / sizeof kPrefectures[0];

}  // namespace

std::string prefectureNameJa(const std::string& code) {
    if (code.size() < 2 || code[0] < '0' || code[0] > '4' || code[1] < '0' || code[1] > '9')
        return {};
    const size_t n = size_t(code[0] - '0') * 10 + size_t(code[1] - '0');
    return n >= 1 && n <= kCount ? kPrefectures[n - 1] : std::string();
}

std::string prefectureCode(const std::string& nameJa) {
    for (size_t i = 0; i < kCount; ++i) {
        if (nameJa != kPrefectures[i]) continue;
        char code[3];
        std::snprintf(code, sizeof code, "%02zu", i + 1);
        return code;
    }
    return {};
}

}  // namespace kiosk
