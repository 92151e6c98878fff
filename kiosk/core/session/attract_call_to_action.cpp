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
    const float rowPartW =
        std::min(m.partWidth * unit, (available - float(n - 1) * gap) / float(n));
    if (rowPartW >= m.minRowPartWidth * unit) {
        const float rowW = float(n) * rowPartW + float(n - 1) * gap;
        const float left = screen.center().x - rowW * 0.5f;
        for (size_t i = 0; i < n; ++i)
            out.parts.push_back({languages[i], Rect{left + float(i) * (rowPartW + gap), lowestTop,
                                                    rowPartW, partH}});
    } else {
        // The first language on top, the others below it in the pack's order.
        const float partW = std::min(m.partWidth * unit, available);
        const float left = screen.center().x - partW * 0.5f;
        for (size_t i = 0; i < n; ++i)
            out.parts.push_back(
                {languages[i],
                 Rect{left, lowestTop - float(n - 1 - i) * (partH + gap), partW, partH}});
    }
    const Rect& first = out.parts.front().box;
    const Rect& last = out.parts.back().box;
    const float ring = out.ringReach;
    out.reach = {first.x - ring, first.y - ring, last.right() - first.x + 2 * ring,
                 last.bottom() - first.y + 2 * ring};
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
