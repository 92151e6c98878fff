// A link as a QR code: the matrix libqrencode makes, checked for the parts
// every reader looks for (a render test decodes the drawn code with zbarimg).
#include <catch2/catch.hpp>

#include "qr/qr_matrix.hpp"

using namespace kiosk;

namespace {
// The 7x7 finder pattern with its top-left module at (x, y): a dark ring, a
// light ring, a dark 3x3 centre.
bool finderAt(const QrMatrix& m, int x, int y) {
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            if (m.darkAt(x + dx, y + dy) != (ring != 2)) return false;
        }
    return true;
}
}  // namespace

TEST_CASE("A short link becomes the smallest QR code that holds it") {
    // 36 bytes: version 3 (29 modules) holds up to 42 bytes at level M.
    const auto code = encodeQr("https://collabo.tokyo-23city.or.jp/");
    REQUIRE(code);
    CHECK(code->size == 29);
    CHECK(code->dark.size() == 29u * 29u);
    CHECK(code->sizeWithQuietZone() == 37);
    CHECK(finderAt(*code, 0, 0));
    CHECK(finderAt(*code, 22, 0));
    CHECK(finderAt(*code, 0, 22));
    CHECK_FALSE(finderAt(*code, 22, 22));  // the fourth corner has none
    // The timing pattern: row 6 alternates between the finders.
    for (int x = 8; x < 21; ++x) CHECK(code->darkAt(x, 6) == (x % 2 == 0));
}

TEST_CASE("The longest link a pack may carry stays at version 10") {
    const auto code = encodeQr("https://example.jp/" + std::string(181, 'a'));
    REQUIRE(code);
    CHECK(code->size == 57);
}

TEST_CASE("The same link always gives the same code, another link another") {
    const auto a = encodeQr("https://www.city.shinjuku.lg.jp/");
    const auto b = encodeQr("https://www.city.shinjuku.lg.jp/");
    const auto c = encodeQr("https://www.city.shibuya.tokyo.jp/");
    REQUIRE(a);
    REQUIRE(c);
    CHECK(*a == *b);
    CHECK_FALSE(*a == *c);
}

TEST_CASE("Nothing to encode, or too much, gives no code") {
    CHECK_FALSE(encodeQr("").has_value());
    CHECK_FALSE(encodeQr(std::string(4000, 'a')).has_value());
}
