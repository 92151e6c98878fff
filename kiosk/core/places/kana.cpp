#include "places/kana.hpp"

#include "text/utf8.hpp"

namespace kiosk {

std::u32string katakanaCodepoints(const std::string& kana) {
    std::u32string s = decodeUtf8(kana);
    for (char32_t& c : s)
        if (c >= 0x3041 && c <= 0x3096) c += 0x60;  // ぁ..ゖ to ァ..ヶ
    return s;
}

std::string toKatakana(const std::string& kana) {
    return encodeUtf8(katakanaCodepoints(kana));
}

}  // namespace kiosk
