// Chinese, simplified and traditional: Han characters break anywhere except
// where a mark may not start or end a line; Latin words and numbers stay whole.
// The sentences are the default pack's own, in its Chinese translations.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "fixed_width.hpp"
#include "text/line_breaker.hpp"

using namespace kiosk;
using test::Lines;

TEST_CASE("Chinese marks that may not start or end a line") {
    // clreq: full stops, commas, colons, closing brackets and quotes, middle
    // dots, and their full-width and small forms never begin a line.
    for (char32_t c :
         std::u32string(U"。，、；：？！）」』】〕》〉”’．·‧﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞…—～")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotStartLine(c));
        CHECK_FALSE(cannotEndLine(c));
    }
    for (char32_t c : std::u32string(U"（「『【〔《〈“‘﹙﹛﹝￥")) {
        INFO("U+" << std::hex << uint32_t(c));
        CHECK(cannotEndLine(c));
        CHECK_FALSE(cannotStartLine(c));
    }
}

TEST_CASE("Simplified Chinese breaks between Han characters, never before a closing mark") {
    const std::string support = "作为本项目的一环，会议同意对“东北六魂祭”提供支持与协助。";
    CHECK(test::wrapFixed(support, 60) ==
          Lines{"作为本项目的", "一环，会议同", "意对“东北六", "魂祭”提供支", "持与协助。"});
    CHECK(test::wrapFixed(support, 70) ==
          Lines{"作为本项目的一", "环，会议同意对", "“东北六魂祭”", "提供支持与协助。"});
    // The book-title marks 《》 hold their title's ends.
    CHECK(test::wrapFixed("发布《东京23区与京都府市町村纽带构建项目》", 60) ==
          Lines{"发布《东京23", "区与京都府市", "町村纽带构建", "项目》"});
    // A middle dot between words (城镇·人·工作) stays at a line's end.
    CHECK(test::wrapFixed(
              "地方创生本部事务局次长末宗就“城镇·人·工作创生基本方针2015”向会议作了说明。", 50) ==
          Lines{"地方创生本", "部事务局次", "长末宗就", "“城镇·人·", "工作创生基", "本方针",
                "2015”向会", "议作了说明。"});
}

TEST_CASE("A Chinese dash of two em dashes is never split or left to start a line") {
    const std::string keynote = "(1) 主旨演讲：官民合作——迈向建设富足地区的官民共创（北井涉先生）";
    CHECK(test::wrapFixed(keynote, 60) == Lines{"(1) 主旨演讲：", "官民合作——", "迈向建设富足",
                                                "地区的官民共", "创（北井涉先", "生）"});
    CHECK(test::wrapFixed("主题：“尽享珍藏山梨——感受山梨魅力，品味心中感动”", 50) ==
          Lines{"主题：“尽", "享珍藏山", "梨——感受", "山梨魅力，", "品味心中感", "动”"});
}

TEST_CASE("Latin words and numbers inside Chinese stay whole") {
    const std::string party =
        "与第一生命保险株式会社合作举办“TOKYO恋结Twinkle Party 2019”（婚恋交友活动）";
    CHECK(test::wrapFixed(party, 80) == Lines{"与第一生命保险株", "式会社合作举办", "“TOKYO恋结",
                                              "Twinkle Party", "2019”（婚恋交友", "活动）"});
    CHECK(test::wrapFixed("淺草「MARUGOTO NIPPON」（台東區淺草2-6-7）", 50) ==
          Lines{"淺草", "「MARUGOTO", "NIPPON」", "（台東區淺", "草2-6-7）"});
    CHECK(test::wrapFixed(
              "於丸之內的KITTE舉辦地方魅力推廣活動，共有廣域合作協定簽約地區的372個自治體"
              "（9個地區、13個團體）參與。",
              70) == Lines{"於丸之內的", "KITTE舉辦地方", "魅力推廣活動，", "共有廣域合作協",
                           "定簽約地區的", "372個自治體（9", "個地區、13個團", "體）參與。"});
}

TEST_CASE("Traditional Chinese keeps its brackets, small forms and prices whole") {
    CHECK(test::wrapFixed("由末宗地方創生本部事務局次長說明「城鎮·人·工作創生基本方針2015」。",
                          60) == Lines{"由末宗地方創", "生本部事務局", "次長說明「城", "鎮·人·工作",
                                       "創生基本方針", "2015」。"});
    CHECK(test::wrapFixed("主題：「盡情暢遊珍藏的山梨～感受山梨的魅力，品味感動～」", 60) ==
          Lines{"主題：「盡情", "暢遊珍藏的山", "梨～感受山梨", "的魅力，品味", "感動～」"});
    // Small form variants, once free to start a line, and a price.
    CHECK(test::wrapFixed("門票﹙含稅﹚￥1,000﹐兒童免費﹒", 40) ==
          Lines{"門票﹙含", "稅﹚", "￥1,000﹐", "兒童免費﹒"});
    CHECK(test::wrapFixed("门票（含税）￥1,000，儿童免费。", 40) ==
          Lines{"门票（含", "税）", "￥1,000，", "儿童免费。"});
}
