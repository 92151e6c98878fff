#pragma once
#include <string>

#include "icons.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Touch widgets. Each draws itself on whole pixels, outlined in the theme's
// outline colour (3:1 or more against the background and the surface, so that
// a visitor sees what can be touched; a primary button's accent fill does that
// by itself), shows pressed feedback in the same frame the finger lands, and
// returns true on the frame it is tapped. Targets are at least 64 px on the
// shortest supported screen.

enum class ButtonStyle { Primary, Surface, Ghost };

// `spokenName`, when given, is what speech says for the button instead of its
// label: the name of an icon alone, or a state with what it is the state of
// ("Spoken guidance: Off").
bool button(const UiContext& ui, const Rect& r, const std::string& label, ButtonStyle style,
            Icon icon = Icon::None, const std::string& spokenName = {});

// A rounded chip that is on or off (category filters, language switch).
bool chip(const UiContext& ui, const Rect& r, const std::string& label, bool on,
          uint32_t dotColor = 0, bool showDot = false);

// Width a chip needs for its label.
float chipWidth(const UiContext& ui, const std::string& label, bool showDot = false);

// A large home tile with an icon, a title and a line in the other language.
// The title wraps onto as many lines as it needs (larger text); the icon
// takes the room left above it.
bool tile(const UiContext& ui, const Rect& r, Icon icon, const std::string& title,
          const std::string& subtitle);

// The least height a tile `width` wide needs for `title` and its icon.
float tileHeightFor(const UiContext& ui, float width, const std::string& title);

// The width of a control's outline: 2 design pixels in whole pixels, at least one.
float controlOutlineWidth(const UiContext& ui);
// The theme's outline around a card or anything else a visitor can touch that
// draws its own body (a timeline card, a highlight), so that it stands out
// from the background as the buttons do (3:1; the surface alone is 1.19:1).
void drawControlOutline(const UiContext& ui, const Rect& r, float rounding);

constexpr float kMinTouchTarget = 64.0f;

// Records a touch target in the frame's inventory (when there is one): what
// speech reads under a finger and the access check measures. The widgets
// above record themselves; a screen that makes its own touchable area (a
// card, a map region) calls this with what the area says.
void recordTarget(const UiContext& ui, const Rect& r, const std::string& label);
// The same for a target in a scrolling view: the part of `whole` inside
// `visible`, the only part a touch reaches (nothing when none shows).
void recordVisibleTarget(const UiContext& ui, const Rect& whole, const Rect& visible,
                         const std::string& label);

}  // namespace kiosk::ui
