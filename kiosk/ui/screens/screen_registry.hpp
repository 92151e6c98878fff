#pragma once
#include <memory>
#include <string>
#include <vector>

#include "icons.hpp"
#include "screen.hpp"
#include "session/screen_id.hpp"

namespace kiosk::ui {

// A screen's place on Home: tiles are drawn in `order`, left to right, top to
// bottom.
struct HomeTile {
    int order = 0;
    Icon icon = Icon::None;
};

// What the UI knows of one screen (its name is the core's: screenName(id)).
struct ScreenEntry {
    ScreenId id;
    // Makes the screen; null for an id that is not a screen of its own (staff).
    std::unique_ptr<Screen> (*create)();
    // The ui-string key of its label (the header's path, its tile); null: none.
    const char* labelKey;
    // Where it sits on Home; order < 0: not a tile.
    HomeTile tile;
};

// The screen's row of the one table of screens (screen_registry.cpp; its
// comment says how to add a screen).
const ScreenEntry& screenEntry(ScreenId id);
// A new instance of the screen; null for ids with no screen of their own.
std::unique_ptr<Screen> createScreen(ScreenId id);
// The screens a visitor or --screen can put up (every id with a factory).
std::vector<ScreenId> drawableScreens();
// Their stable names, for messages.
std::vector<std::string> screenNames();
// The Home tiles, in their order.
std::vector<ScreenEntry> homeTiles();

}  // namespace kiosk::ui
