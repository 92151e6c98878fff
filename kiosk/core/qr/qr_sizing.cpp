#include "qr/qr_sizing.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

QrSize chooseQrSize(int modules, double mmPerPx, float roomPx, float preferredSidePx,
                    const QrSizeRules& rules) {
    QrSize out;
    if (modules <= 0) return out;
    // The least whole-pixel module that is as large as the rules ask.
    int least = rules.leastModulePx;
    if (mmPerPx > 0) least = std::max(least, int(std::ceil(rules.leastModuleMm / mmPerPx - 1e-9)));
    const int preferred = int(std::floor(preferredSidePx / float(modules)));
    const int room = int(std::floor(roomPx / float(modules)));
    int px = std::max(least, preferred);
    if (px > room) px = std::max(least, room);
    if (px > room) {  // even the least does not fit: as large as the room allows
        px = std::max(1, room);
        out.fits = false;
    }
    out.modulePx = px;
    out.moduleMm = mmPerPx > 0 ? double(px) * mmPerPx : 0.0;
    out.sidePx = float(px * modules);
    return out;
}

}  // namespace kiosk
