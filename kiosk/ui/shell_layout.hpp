#pragma once
#include <optional>
#include "input/rect.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Where the shell puts its two bars around a visitor's screen. The navigation
// a visitor needs (Home, Back, the language) sits in a bar along the bottom
// edge, within reach from a wheelchair (a forward reach of at most 1,220 mm
// above the floor: the bottom bar's centre is about 935 mm up on the lobby's
// 55-inch screen, whose bottom edge is 900 mm up); the header at the top only
// says where the visitor is. Edges lie on whole pixels.
struct ShellLayout {
    Rect header;  // the path: "Timeline › 2016 › the event"
    Rect navBar;  // Home, Back and the language switch
    Rect area;    // between the two: what the screen draws in (ui.area)
};

// `reachTop` is the highest row of `screen` a seated visitor reaches (the
// reach mode; the screen's top when all of it is in reach): the area starts
// no higher, so that every control drawn in it is within reach, and the
// header sits right above it, over a calm band of background. The area never
// shrinks below kLeastAreaShare of the screen's height, where screens could
// no longer lay out what they show. `textScale`: how many times the pack's
// type the visitor's text is (1, 1.4, 2); the bars grow with it, so that
// their text and buttons keep room.
ShellLayout shellLayout(const Rect& screen, float unit, float reachTop = 0.0f,
                        float textScale = 1.0f);
constexpr float kLeastAreaShare = 0.45f;

// The bottom bar's buttons: Home and Back on the left (only away from Home),
// the language switch on the right, and in the bottom right corner (where a
// hand finds it without looking) the access button.
struct NavButtons {
    bool homeAndBack = false;
    // Home and Back show their icons alone: with their words the bar would
    // not hold every button (larger text, Repeat, a narrow screen).
    bool iconsOnly = false;
    Rect home, back, language, access;
    // Speaks the screen again; only while the visitor has spoken guidance on.
    std::optional<Rect> repeat;
};

NavButtons navButtons(const UiContext& ui, const Rect& navBar, bool canGoBack);

// The "still there?" question's box: centred in ui.area, clear of both bars.
Rect stillThereBox(const UiContext& ui);

}  // namespace kiosk::ui
