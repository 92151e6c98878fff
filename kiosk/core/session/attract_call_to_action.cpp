#include "session/attract_call_to_action.hpp"

#include <algorithm>

namespace kiosk {

std::optional<Language> CallToAction::languageAt(Point p) const {
    for (const CallToActionPart& part : parts)
        if (part.box.contains(p)) return part.language;
    return std::nullopt;
}

CallToAction layoutCallToAction(const Rect& screen, float unit,
                                const std::vector<Language>& languages,
                                const CallToActionMetrics& m) {
    CallToAction out;
    out.ringReach = m.ringReach * unit;
    const float partH = m.partHeight * unit, gap = m.gap * unit;
    const float lowestTop = screen.bottom() - m.bottomInset * unit - partH;
    const size_t n = languages.size();
    if (n == 0) {
        out.reach = {screen.x, lowestTop, screen.w, 0.0f};
        return out;
    }
    const float available = screen.w - 2.0f * m.margin * unit;
    // As many parts to a row as keep each wide enough for its words; the rows
    // balanced (five languages on a landscape screen: three above two), the
    // first languages on top. More than one row makes each part a little
    // lower, so that the slides above keep their room.
    size_t perRow = n;
    while (perRow > 1 &&
           (available - float(perRow - 1) * gap) / float(perRow) < m.minRowPartWidth * unit)
        --perRow;
    const size_t rows = (n + perRow - 1) / perRow;
    perRow = (n + rows - 1) / rows;
    const float partW =
        std::min(m.partWidth * unit, (available - float(perRow - 1) * gap) / float(perRow));
    const float rowH = rows > 1 && perRow > 1 ? partH * m.gridPartHeight : partH;
    const float top =
        screen.bottom() - m.bottomInset * unit - rowH - float(rows - 1) * (rowH + gap);
    for (size_t i = 0; i < n; ++i) {
        const size_t row = i / perRow, column = i % perRow;
        const size_t inRow = std::min(perRow, n - row * perRow);
        const float rowW = float(inRow) * partW + float(inRow - 1) * gap;
        const float left = screen.center().x - rowW * 0.5f;
        out.parts.push_back({languages[i], Rect{left + float(column) * (partW + gap),
                                                top + float(row) * (rowH + gap), partW, rowH}});
    }
    Rect all = out.parts.front().box;
    for (const CallToActionPart& part : out.parts) {
        const float right = std::max(all.right(), part.box.right());
        const float bottom = std::max(all.bottom(), part.box.bottom());
        all.x = std::min(all.x, part.box.x);
        all.y = std::min(all.y, part.box.y);
        all.w = right - all.x;
        all.h = bottom - all.y;
    }
    const float ring = out.ringReach;
    out.reach = {all.x - ring, all.y - ring, all.w + 2 * ring, all.h + 2 * ring};
    return out;
}

std::vector<Language> visitorLanguages(const std::vector<std::string>& codes) {
    std::vector<Language> out;
    for (const std::string& code : codes) {
        Language language;
        if (parseLanguageCode(code, language) &&
            std::find(out.begin(), out.end(), language) == out.end())
            out.push_back(language);
    }
    return out;
}

}  // namespace kiosk
