#include <catch2/catch.hpp>

#include "chinese_forms.hpp"

using namespace kiosk;

TEST_CASE("place names in simplified and traditional Chinese characters") {
    std::string error;
    const auto chinese = openChineseConverter(error);
    REQUIRE(chinese);
    INFO(error);
    const auto check = [&](const std::string& japanese, const std::string& simplified,
                           const std::string& traditional) {
        const ChineseForms forms = (*chinese)(japanese);
        CHECK(forms.simplified == simplified);
        CHECK(forms.traditional == traditional);
    };
    check("群馬県", "群马县", "群馬縣");  // Taiwan's 群, not the 羣 of older books
    check("嬬恋村", "嬬恋村", "嬬戀村");
    check("広島県", "广岛县", "廣島縣");
    check("三沢市", "三泽市", "三澤市");  // 沢
    check("横浜町", "横滨町", "橫濱町");  // 浜
    check("新宿区", "新宿区", "新宿區");
    check("北海道", "北海道", "北海道");
    check("鹿児島県", "鹿儿岛县", "鹿兒島縣");
    check("むかわ町", "むかわ町", "むかわ町");  // kana as it is
}
