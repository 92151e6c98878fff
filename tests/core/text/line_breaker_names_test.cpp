// A list of names laid out as units: an association's municipalities break
// between names, never inside one (京/丹波町, 八/雲町).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixed_width.hpp"
#include "text/line_breaker.hpp"
#include "text/utf8.hpp"

using namespace kiosk;
using Names = std::vector<std::string>;

namespace {

// The Kyoto Prefecture Association of Towns and Villages, in the pack's order.
const Names kKyotoTowns = {"大山崎町", "久御山町", "井手町",   "宇治田原町", "笠置町",  "和束町",
                           "精華町",   "南山城村", "京丹波町", "伊根町",     "与謝野町"};
// The start of the Hokkaido association's list, where 八雲町 fell across a line.
const Names kHokkaidoStart = {"当別町", "新篠津村", "松前町", "福島町", "知内町",   "木古内町",
                              "七飯町", "鹿部町",   "森町",   "八雲町", "長万部町", "江差町"};

std::string joined(const Names& names, const std::string& separator) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : separator) + n;
    return out;
}

bool endsWith(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The pieces of each line between separators are whole names of the list,
// and the lines put back together are the whole list.
void requireWholeNames(const Names& names, const std::string& separator, const LaidOutText& laid) {
    std::string all;
    for (const std::string& line : laid.lines) {
        std::string rest = line;
        // A line ends after a separator (its trailing space dropped) or a name.
        size_t at = 0;
        while (at < rest.size()) {
            size_t next = rest.find(separator, at);
            const std::string piece =
                rest.substr(at, next == std::string::npos ? std::string::npos : next - at);
            INFO("line \"" << line << "\" piece \"" << piece << "\"");
            const std::string trimmed =
                piece.back() == ',' ? piece.substr(0, piece.size() - 1) : piece;
            if (!trimmed.empty())
                CHECK(std::find(names.begin(), names.end(), trimmed) != names.end());
            if (next == std::string::npos) break;
            at = next + separator.size();
        }
        if (!all.empty() && separator == ", ") all += " ";
        all += line;
    }
    CHECK(all == joined(names, separator));
}

}  // namespace

TEST_CASE("a list of names breaks only between names, at every width") {
    for (const Names* names : {&kKyotoTowns, &kHokkaidoStart}) {
        for (int maxWidth = 60; maxWidth <= 400; maxWidth += 5) {
            INFO("width " << maxWidth);
            const LaidOutText laid =
                layoutNameList(*names, "・", TextBox{float(maxWidth), 0}, test::kFixedWidth);
            CHECK_FALSE(laid.truncated);
            requireWholeNames(*names, "・", laid);
            for (size_t i = 0; i < laid.lines.size(); ++i) {
                const std::u32string line = decodeUtf8(laid.lines[i]);
                // The separator never starts a line; it may hang past the edge by itself.
                CHECK(line.front() != U'・');
                CHECK(laid.widths[i] - (line.back() == U'・' ? 10.0f : 0.0f) <= float(maxWidth));
            }
        }
    }
}

// Whether some line of `laid` ends inside `name` (with its first `head` bytes).
bool splits(const LaidOutText& laid, const std::string& name, size_t head) {
    for (size_t i = 0; i + 1 < laid.lines.size(); ++i)
        if (endsWith(laid.lines[i], name.substr(0, head)) &&
            laid.lines[i + 1].compare(0, name.size() - head, name.substr(head)) == 0)
            return true;
    return false;
}

TEST_CASE("names stay whole where plain text breaks inside them") {
    int plainSplits = 0;
    for (int maxWidth = 60; maxWidth <= 200; maxWidth += 10) {
        INFO("width " << maxWidth);
        const TextBox box{float(maxWidth), 0};
        const LaidOutText plainKyoto =
            layoutText(joined(kKyotoTowns, "・"), box, test::kFixedWidth);
        const LaidOutText plainHokkaido =
            layoutText(joined(kHokkaidoStart, "・"), box, test::kFixedWidth);
        if (splits(plainKyoto, "京丹波町", 3) || splits(plainHokkaido, "八雲町", 3)) ++plainSplits;
        const LaidOutText kyoto = layoutNameList(kKyotoTowns, "・", box, test::kFixedWidth);
        const LaidOutText hokkaido = layoutNameList(kHokkaidoStart, "・", box, test::kFixedWidth);
        for (size_t head : {3, 6, 9}) {
            CHECK_FALSE(splits(kyoto, "京丹波町", head));
            CHECK_FALSE(splits(kyoto, "宇治田原町", head));
        }
        for (size_t head : {3, 6}) CHECK_FALSE(splits(hokkaido, "八雲町", head));
    }
    // The plain breaker does split them somewhere in that range: the test sees a difference.
    CHECK(plainSplits > 0);
}

TEST_CASE("an English list breaks after the comma and its space") {
    const Names names = {"Otsuki", "Tsuru", "Kofu", "Fujiyoshida", "Yamanakako", "Narusawa"};
    const LaidOutText laid = layoutNameList(names, ", ", TextBox{60, 0}, test::kFixedWidth);
    REQUIRE(laid.lines.size() > 1);
    for (size_t i = 0; i < laid.lines.size(); ++i) {
        const std::string& line = laid.lines[i];
        CHECK(line.front() != ' ');
        CHECK(line.back() != ' ');
        if (i + 1 < laid.lines.size()) CHECK(line.back() == ',');
    }
    requireWholeNames(names, ", ", laid);
}

TEST_CASE("a name wider than the line is broken by character, and lists can be cut short") {
    const LaidOutText wide =
        layoutNameList({"南山城村", "京丹波町"}, "・", TextBox{30, 0}, test::kFixedWidth);
    std::string all;
    for (const std::string& line : wide.lines) {
        CHECK(decodeUtf8(line).size() <= 4);  // three kanji, or two and a hanging "・"
        all += line;
    }
    CHECK(all == "南山城村・京丹波町");

    const LaidOutText cut = layoutNameList(kKyotoTowns, "・", TextBox{100, 2}, test::kFixedWidth);
    CHECK(cut.truncated);
    REQUIRE(cut.lines.size() == 2);
    CHECK(decodeUtf8(cut.lines.back()).back() == U'…');

    CHECK(layoutNameList({}, "・", TextBox{100, 0}, test::kFixedWidth).lines.empty());
    // A name's own newline does not split it.
    CHECK(layoutNameList({"京丹\n波町"}, "・", TextBox{100, 0}, test::kFixedWidth).lines.size() ==
          1);
}
