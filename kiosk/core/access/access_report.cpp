#include "access/access_report.hpp"

#include <algorithm>

#include "access/legibility.hpp"

namespace kiosk {

namespace {

std::optional<Rect> onScreen(const Rect& r, const ScreenGeometry& screen) {
    const float x0 = std::max(r.x, 0.0f), y0 = std::max(r.y, 0.0f);
    const float x1 = std::min(r.right(), screen.widthPx());
    const float y1 = std::min(r.bottom(), screen.heightPx());
    if (x1 <= x0 || y1 <= y0) return std::nullopt;
    return Rect{x0, y0, x1 - x0, y1 - y0};
}

std::optional<ReachFinding> reachOf(const TouchTarget& target, const Rect& shown,
                                    const ScreenGeometry& screen, const AccessMinimums& m) {
    ReachFinding f;
    f.label = target.label;
    f.lowMm = screen.heightAboveFloorMm(shown.bottom());
    f.highMm = screen.heightAboveFloorMm(shown.y);
    const double inBand = std::min(f.highMm, m.reach.highMm) - std::max(f.lowMm, m.reach.lowMm);
    if (inBand >= std::min(m.fingertipMm, f.highMm - f.lowMm) - 1e-6) return std::nullopt;
    f.above = f.lowMm > m.reach.lowMm;
    return f;
}

}  // namespace

ScreenAccess measureScreen(const ScreenInventory& inventory, const ScreenGeometry& screen,
                           const AccessMinimums& minimums) {
    ScreenAccess out;
    for (const TouchTarget& target : inventory.targets()) {
        const std::optional<Rect> shown = onScreen(target.rect, screen);
        if (!shown) continue;
        const TargetFinding size{target.label, screen.mm(shown->w), screen.mm(shown->h)};
        // A card cut by its list's or the screen's edge is whole once
        // scrolled into view.
        const bool cut = target.cut || shown->w < target.rect.w || shown->h < target.rect.h;
        if (!cut && (!out.smallestTarget || size.shorterMm() < out.smallestTarget->shorterMm()))
            out.smallestTarget = size;
        if (auto far = reachOf(target, *shown, screen, minimums)) out.outOfReach.push_back(*far);
    }
    for (const TextRun& run : inventory.texts()) {
        if (run.text.empty() || !onScreen(run.rect, screen)) continue;
        const double typeMm = screen.mm(run.typePx);
        const TextFinding text{run.text, typeMm, farthestReadingMm(typeMm, scriptOf(run.text))};
        if (!out.smallestText || text.farthestMm < out.smallestText->farthestMm)
            out.smallestText = text;
    }
    for (const CodeRun& code : inventory.codes()) {
        if (code.modules <= 0 || !onScreen(code.rect, screen)) continue;
        const double moduleMm = screen.mm(code.rect.w) / double(code.modules);
        out.codes.push_back({code.link, code.modules, moduleMm, screen.mm(code.rect.w)});
        if (moduleMm < minimums.codeModuleMm - 1e-6) out.codeTooSmall = true;
    }
    out.targetTooSmall =
        out.smallestTarget && out.smallestTarget->shorterMm() < minimums.targetMm - 1e-6;
    out.textTooSmall = out.smallestText && out.smallestText->farthestMm < minimums.readingMm - 1e-6;
    return out;
}

}  // namespace kiosk
