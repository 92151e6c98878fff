// Korean: lines break at the spaces between words (어절), as in English; a word
// breaks between syllables only when it alone is wider than the line. The
// sentences are the default pack's own, in its Korean translation.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixed_width.hpp"
#include "text/line_breaker.hpp"

using namespace kiosk;
using test::Lines;

namespace {

// Korean breaks at its spaces.
Lines wrap(const std::string& text, float maxWidth) {
    return test::wrapFixed(text, maxWidth, 0, WordBreaks::AtSpaces);
}

}  // namespace

TEST_CASE("Korean breaks at the spaces between words") {
    CHECK(wrap("화면을 터치해 주세요", 50) == Lines{"화면을", "터치해", "주세요"});
    CHECK(wrap("화면을 터치해 주세요", 70) == Lines{"화면을 터치해", "주세요"});
    CHECK(wrap("광역연계협정 참여 지자체", 70) == Lines{"광역연계협정", "참여 지자체"});
    // Before, Korean broke between any two syllables, like Japanese.
    CHECK(wrap("각 구의 의견을 창생본부에 제출하기로 확인했다(5월 20일 제출).", 100) ==
          Lines{"각 구의 의견을", "창생본부에", "제출하기로", "확인했다(5월 20일", "제출)."});
    CHECK(wrap("켜져 있는 동안에는 한 번 터치하면 읽어 주고, 두 번 연속 터치하면 선택합니다.",
               100) == Lines{"켜져 있는 동안에는", "한 번 터치하면 읽어", "주고, 두 번 연속",
                             "터치하면 선택합니다."});
}

TEST_CASE("Korean punctuation, quotes and brackets stay with their word") {
    CHECK(wrap("“마을·사람·일자리 창생 기본방침 2019”가 각의 결정(6월 21일)되어, “특별구 전국 "
               "연계 프로젝트”를 바탕으로",
               100) == Lines{"“마을·사람·일자리", "창생 기본방침", "2019”가 각의",
                             "결정(6월 21일)되어,", "“특별구 전국 연계", "프로젝트”를",
                             "바탕으로"});
    CHECK(wrap("(1) 오프닝 세리머니: 2017년 8월 21일(월) 10:30~11:00, 도쿄 구정회관 1층 입구 홀",
               80) == Lines{"(1) 오프닝", "세리머니: 2017년", "8월 21일(월)", "10:30~11:00,",
                            "도쿄 구정회관", "1층 입구 홀"});
    CHECK(
        wrap("사쿠마 도모유키 씨(와세다대학 매니페스토 연구소 초빙연구원, 지자체 홍보 어드바이저, "
             "PRDESIGN JAPAN㈜ 대표이사)",
             90) == Lines{"사쿠마 도모유키", "씨(와세다대학", "매니페스토 연구소",
                          "초빙연구원, 지자체", "홍보 어드바이저,", "PRDESIGN JAPAN㈜",
                          "대표이사)"});
    CHECK(wrap("입장료 ₩5,000, 어린이 무료", 40) == Lines{"입장료", "₩5,000,", "어린이", "무료"});
}

TEST_CASE("A Korean word wider than the line breaks at its brackets, dots, then syllables") {
    CHECK(wrap("「국토수치정보(행정구역 데이터)」(국토교통성)를 가공하여 작성", 80) ==
          Lines{"「국토수치정보", "(행정구역", "데이터)」", "(국토교통성)를", "가공하여 작성"});
    CHECK(wrap("“마을·사람·일자리 창생", 60) == Lines{"“마을·", "사람·일자리", "창생"});
    CHECK(wrap("지자체 간 연계의 ‘관계인구’를 창출·확대하기 위한", 60) ==
          Lines{"지자체 간", "연계의", "‘관계인구’", "를", "창출·", "확대하기", "위한"});
    // Numbers stay with their counters, and times whole, while anything else can give.
    CHECK(wrap("내용: ① 산지 출점자(28개 단체)의 특산 대파", 50) ==
          Lines{"내용: ①", "산지", "출점자", "(28개", "단체)의", "특산 대파"});
    CHECK(wrap("2017년 8월 21일(월) 10:30~11:00, 도쿄", 40) ==
          Lines{"2017년", "8월", "21일(월)", "10:30~", "11:00,", "도쿄"});
    CHECK(wrap("광역연계협정", 40) == Lines{"광역연계", "협정"});
    CHECK(wrap("계속 보시겠습니까?", 60) == Lines{"계속", "보시겠습니", "까?"});
}

TEST_CASE("Korean laid out by the Japanese rules still keeps its words") {
    // Hangul is never broken anywhere like kana: only the marks between
    // syllables are, which is why Korean asks for WordBreaks::AtSpaces.
    const CharacterWidth& w = test::kFixedWidth;
    CHECK(layoutText("화면을 터치해 주세요", TextBox{70, 0}, w).lines ==
          Lines{"화면을 터치해", "주세요"});
    CHECK(layoutText("「서울」에서 특별구(特別區)를", TextBox{50, 0}, w).lines ==
          Lines{"「서울」", "에서", "특별구(特", "別區)를"});
    CHECK(wrap("「서울」에서 특별구(特別區)를", 60) ==
          Lines{"「서울」에서", "특별구(特別", "區)를"});
}
