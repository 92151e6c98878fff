#pragma once
#include <imgui.h>

#include <optional>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "input/rect.hpp"
#include "input/screen_inventory.hpp"
#include "input/touch_frame.hpp"
#include "session/access_choices.hpp"

namespace kiosk {
class ImageCache;
}

namespace kiosk::ui {

// What a screen draws from in one frame. Screens read it and return intents;
// nothing in here is changed by drawing.
struct UiContext {
    const Pack* pack = nullptr;
    Language language = Language::Japanese;
    const Fonts* fonts = nullptr;
    const TouchFrame* touch =
        nullptr;  // input for the screen being drawn (empty while animating out)
    ImDrawList* list = nullptr;
    Rect screen;        // the whole display
    Rect area;          // the part this screen draws in (between the header and the bottom bar)
    float unit = 1.0f;  // pixels per design pixel: the shorter screen side / 1080
    // Millimetres a pixel on the real screen (the configured one, else the
    // lobby's): what QR codes are sized by. 0: unknown.
    double mmPerPx = 0.0;
    double now = 0.0;   // seconds on the kiosk clock
    double dt = 0.0;    // seconds since the previous frame
    // Loop mode (event booths): the attract loop is all there is, and touches
    // go to it (a tap pauses, a swipe changes slides).
    bool loopMode = false;
    // The local date for the slides' from/until; unset (no wall clock) shows all.
    std::optional<CalendarDate> today;
    // The pack's pictures as textures (null: none are drawn). Asking for one
    // queues its decode, the one thing drawing changes; it never waits.
    ImageCache* images = nullptr;
    // What this visitor chose on the access screen (larger text, contrast,
    // speech, more time, less motion, reach); none in the attract loop.
    AccessChoices access;
    // Where drawing records what it put on screen to touch or read (speech
    // under a finger, the access check); null: nothing is recorded.
    ScreenInventory* inventory = nullptr;

    // The colours: the pack's, or its high-contrast set when chosen.
    const Theme& theme() const {
        return access.highContrast ? pack->highContrastTheme : pack->theme;
    }
    std::string text(const std::string& key) const { return pack->text(key, language); }
    const std::string& in(const LocalizedText& t) const { return t.in(language); }
    float px(float designPixels) const { return designPixels * unit; }
    // The one grid every screen lays out on: content starts margin() in from
    // the area's left and right edges, blocks side by side or one above the
    // other are gutter() apart, and running text is at most measure() wide (a
    // readable line: about 75 Latin characters or 40 kanji at body size).
    float margin() const { return px(56); }
    float gutter() const { return px(24); }
    float measure() const {
        // In body type's size (its line's height): a kanji of Noto Sans CJK
        // is about 0.7 of it wide, a Latin letter about a third.
        const float size = fonts && fonts->body ? fonts->body->FontSize : px(30);
        return size * (language == Language::English ? 25.0f : 28.0f);
    }
    bool portrait() const { return screen.h > screen.w; }
    // Seconds to advance an animation by this frame: dt, or with "less
    // motion" chosen enough to finish any at once (a page turn, a camera
    // flight, bars growing become cuts).
    double motionStep() const { return access.reduceMotion ? kCut : dt; }
    static constexpr double kCut = 60.0;
};

}  // namespace kiosk::ui
