#include "content/announcement_days.hpp"

#include "content/json_reader.hpp"

namespace kiosk {

void announceUntilEventDays(Pack& pack, ProblemList& problems) {
    for (Slide& slide : pack.playlist) {
        if (slide.type != "event" || slide.until) continue;
        const Event* event = pack.findEvent(slide.event);
        if (!event || !event->date.known()) continue;
        slide.until = event->date.start;
        if (slide.from && *slide.until < *slide.from)
            problems.warning(pack.manifest.content.playlist,
                             childPointer("/slides", slide.indexInFile) + "/from",
                             "\"" + slide.from->iso() + "\" is after the day of event \"" +
                                 event->id + "\" (" + slide.until->iso() +
                                 "), which ends the slide when it has no until; it never shows");
    }
}

}  // namespace kiosk
