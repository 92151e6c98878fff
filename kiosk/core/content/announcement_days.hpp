#pragma once
#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// An event slide without "until" announces its event until the event's day:
// it gets the event's start day as "until" when the event has a known date
// (an event whose day is unknown is shown on every day, as before). A "from"
// after that day would hide the slide for good, which is reported.
void announceUntilEventDays(Pack& pack, ProblemList& problems);

}  // namespace kiosk
