#pragma once
#include <optional>
#include <vector>

#include "content/pack.hpp"

namespace kiosk {

// The card grid of the timeline strip, in pixels: one column of `rows` cards
// after another, year after year.
struct TimelineGrid {
    float cardWidth = 400.0f;
    float cardHeight = 170.0f;
    float gap = 18.0f;
    float headerHeight = 80.0f;  // the year header above each year's cards
    int rows = 2;
};

// One year of the strip: its header and the columns of its events' cards.
struct TimelineSection {
    int year = 0;  // 0 for events with no known year
    float x = 0;   // left edge in strip coordinates
    float width = 0;
    std::vector<const Event*> events;
};

// Lays the pack's events (already in timeline order) out as the timeline screen
// shows them: a section per year, three gaps between years. Only events of
// `filter` when it is set. The attract loop's tour flies over the same layout.
std::vector<TimelineSection> layoutTimeline(const std::vector<Event>& events,
                                            std::optional<EventCategory> filter,
                                            const TimelineGrid& grid);

// Where a card lies, in strip coordinates (x from the strip's start, y from its top).
struct TimelineCardPlace {
    float x = 0, y = 0;
};
TimelineCardPlace cardPlace(const TimelineSection& section, size_t indexInSection,
                            const TimelineGrid& grid);
// The card of the event with `id`; unset when the layout does not hold it.
std::optional<TimelineCardPlace> findCard(const std::vector<TimelineSection>& sections,
                                          const std::string& id, const TimelineGrid& grid);

// Width of the whole strip.
float timelineWidth(const std::vector<TimelineSection>& sections);

}  // namespace kiosk
