#pragma once
#include <string>
#include <vector>

#include "screen.hpp"
#include "session/screen_id.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Where the visitor is, as the header says it: the labels of the screens on
// the path from Home (Home itself only when it is all there is), then what
// the current screen adds (`headingParts`: the event's year and title, the
// association shown on the map). A screen that is not a Home destination (the
// event) gives way to its parts when something comes before it:
// "Timeline › 2016 › the event", not "Timeline › Event › 2016 › the event".
std::vector<std::string> headerPath(const UiContext& ui, const std::vector<ScreenRef>& path,
                                    const Screen* current);

// Draws the path in the header, left-aligned on the grid at body size: earlier
// items muted, the current one in the text colour, chevrons between them. A
// long path shortens from the left behind "…"; the current item is cut only
// at its end.
void drawHeaderPath(const UiContext& ui, const Rect& header, const std::vector<std::string>& items);

}  // namespace kiosk::ui
