#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "font_atlas.hpp"

namespace kiosk {

// What every screen is drawn from this frame.
struct ScreenContext {
    const Pack* pack = nullptr;
    Language language = Language::Japanese;
    double secondsShown = 0.0;
};

// One place that knows every screen by its stable name.
struct ScreenEntry {
    const char* name;
    double settleSeconds;  // when its entrance animation is over
    void (*draw)(const ScreenContext& context, const ui::Fonts& fonts);
};

const std::vector<ScreenEntry>& registeredScreens();
const ScreenEntry* findScreen(const std::string& name);
std::string screenNames();  // "title, home, ..." for messages

}  // namespace kiosk
