#include "session/timeline_layout.hpp"

#include <algorithm>

namespace kiosk {

std::vector<TimelineSection> layoutTimeline(const std::vector<Event>& events,
                                            std::optional<EventCategory> filter,
                                            const TimelineGrid& grid) {
    std::vector<TimelineSection> sections;
    const int rows = std::max(1, grid.rows);
    for (const Event& e : events) {
        if (filter && e.category != *filter) continue;
        const int year = e.date.timelineYear();
        if (sections.empty() || sections.back().year != year) sections.push_back({year, 0, 0, {}});
        sections.back().events.push_back(&e);
    }
    float x = 0;
    for (TimelineSection& s : sections) {
        const int columns = int((s.events.size() + rows - 1) / rows);
        s.x = x;
        s.width = std::max(columns * (grid.cardWidth + grid.gap) - grid.gap, grid.cardWidth);
        x += s.width + grid.gap * 3;
    }
    return sections;
}

TimelineCardPlace cardPlace(const TimelineSection& section, size_t indexInSection,
                            const TimelineGrid& grid) {
    const size_t rows = size_t(std::max(1, grid.rows));
    return {section.x + float(indexInSection / rows) * (grid.cardWidth + grid.gap),
            grid.headerHeight + float(indexInSection % rows) * (grid.cardHeight + grid.gap)};
}

std::optional<TimelineCardPlace> findCard(const std::vector<TimelineSection>& sections,
                                          const std::string& id, const TimelineGrid& grid) {
    for (const TimelineSection& s : sections)
        for (size_t i = 0; i < s.events.size(); ++i)
            if (s.events[i]->id == id) return cardPlace(s, i, grid);
    return std::nullopt;
}

float timelineWidth(const std::vector<TimelineSection>& sections) {
    return sections.empty() ? 0.0f : sections.back().x + sections.back().width;
}

}  // namespace kiosk
