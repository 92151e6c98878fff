#include "access/screen_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kiosk {

namespace {
constexpr double kMmPerInch = 25.4;
}  // namespace

PhysicalScreen lobbyScreen() {
    return PhysicalScreen{};
}

ScreenGeometry::ScreenGeometry(const PhysicalScreen& physical, float widthPx, float heightPx)
    : physical_(physical), widthPx_(widthPx), heightPx_(heightPx) {
    const double diagonalPx = std::hypot(double(widthPx), double(heightPx));
    mmPerPx_ = diagonalPx > 0 ? physical.diagonalInches * kMmPerInch / diagonalPx : 0.0;
}

double ScreenGeometry::heightAboveFloorMm(float y) const {
    return physical_.bottomEdgeMm + mm(heightPx_ - y);
}

float ScreenGeometry::rowAt(double mm) const {
    if (mmPerPx_ <= 0) return 0;
    return heightPx_ - float((mm - physical_.bottomEdgeMm) / mmPerPx_);
}

RowSpan reachableRows(const ScreenGeometry& screen, const ReachBand& band) {
    const float top = std::clamp(screen.rowAt(band.highMm), 0.0f, screen.heightPx());
    const float bottom = std::clamp(screen.rowAt(band.lowMm), 0.0f, screen.heightPx());
    return RowSpan{top, std::max(top, bottom)};
}

std::string describe(const ScreenGeometry& screen) {
    char text[160];
    const PhysicalScreen& p = screen.physical();
    std::snprintf(text, sizeof text, "%g-inch %dx%d %s, lower edge %.0f mm up", p.diagonalInches,
                  int(std::lround(screen.widthPx())), int(std::lround(screen.heightPx())),
                  screen.heightPx() > screen.widthPx() ? "portrait" : "landscape", p.bottomEdgeMm);
    return text;
}

}  // namespace kiosk
