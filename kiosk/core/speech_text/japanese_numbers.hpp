#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

// Japanese readings of the numbers the pack shows, in katakana, with the sound
// changes a reader makes (MeCab reads "2016" digit by digit, ニゼロイチロク, and
// "300" as サンゼロゼロ): 2016 ニセンジュウロク, 1105 センヒャクゴ, 300 サンビャク,
// 600 ロッピャク, 8000 ハッセン, 10000 イチマン. Up to 9999 trillion.
std::string readJapaneseNumber(uint64_t n);

// A number before a counter, with the counter: 1件 イッケン, 6回 ロッカイ, 10件
// ジュッケン, 1人 ヒトリ, 2人 フタリ, 4人 ヨニン, 4年 ヨネン, 2団体 ニダンタイ. The
// counter as written (件, 回, 人, 年, 年度, 団体, 市町村, ...); an unknown one
// is appended as given, which a caller only does with a kana counter.
std::string readJapaneseCount(uint64_t n, const std::string& counter);

// Months and days as dates read them: 4月 シガツ, 7月 シチガツ, 9月 クガツ;
// 1日 ツイタチ, 20日 ハツカ, 14日 ジュウヨッカ, 16日 ジュウロクニチ.
std::string readJapaneseMonth(int month);
std::string readJapaneseDay(int day);

}  // namespace kiosk
