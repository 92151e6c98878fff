// How large a QR code is drawn: modules of whole pixels, at least 1.2 mm on
// the real screen, bigger where there is room, never wider than the room.
#include <catch2/catch.hpp>

#include "qr/qr_sizing.hpp"

using namespace kiosk;

namespace {
// Millimetres a pixel of a 16:9 panel of `inches` diagonal, `widthPx` wide.
double mmPerPx(double inches, double widthPx) {
    return inches * 25.4 * 16.0 / std::sqrt(16.0 * 16.0 + 9.0 * 9.0) / widthPx;
}
}  // namespace

TEST_CASE("The lobby's 55-inch full-HD screen: two-pixel modules of 1.27 mm") {
    const double mm = mmPerPx(55, 1920);
    CHECK(mm == Approx(0.634).margin(0.001));
    const QrSize size = chooseQrSize(37, mm, 1000, 0);
    CHECK(size.modulePx == 2);
    CHECK(size.moduleMm == Approx(1.268).margin(0.001));
    CHECK(size.sidePx == 74);
    CHECK(size.fits);
}

TEST_CASE("A finer screen takes more pixels a module for the same millimetres") {
    // 55-inch 4K: 0.317 mm a pixel, so 4 pixels reach 1.2 mm.
    const QrSize size = chooseQrSize(37, mmPerPx(55, 3840), 1000, 0);
    CHECK(size.modulePx == 4);
    CHECK(size.moduleMm == Approx(1.268).margin(0.001));
    // 43-inch portrait, 1080 wide: 0.496 mm a pixel, 3 pixels.
    const double portrait = 43 * 25.4 * 9.0 / std::sqrt(16.0 * 16.0 + 9.0 * 9.0) / 1080;
    CHECK(chooseQrSize(37, portrait, 1000, 0).modulePx == 3);
}

TEST_CASE("Modules grow to the size a visitor notices, where there is room") {
    const QrSize size = chooseQrSize(37, mmPerPx(55, 1920), 1000, 180);
    CHECK(size.modulePx == 4);  // 180 / 37, whole pixels
    CHECK(size.sidePx == 148);
    // Less room: back down, but never under the least.
    CHECK(chooseQrSize(37, mmPerPx(55, 1920), 100, 180).modulePx == 2);
}

TEST_CASE("Too little room: as large as it allows, and said so") {
    const QrSize size = chooseQrSize(37, mmPerPx(55, 1920), 60, 180);
    CHECK(size.modulePx == 1);
    CHECK_FALSE(size.fits);
    CHECK(size.sidePx <= 60);
}

TEST_CASE("An unknown screen goes by pixels alone") {
    const QrSize size = chooseQrSize(29, 0, 1000, 0);
    CHECK(size.modulePx == 2);
    CHECK(size.moduleMm == 0);
}
