#include "screens/screen_registry.hpp"

#include <algorithm>
#include <array>

#include "screens/about_screen.hpp"
#include "screens/access_screen.hpp"
#include "screens/attract_screen.hpp"
#include "screens/event_screen.hpp"
#include "screens/highlights_screen.hpp"
#include "screens/home_screen.hpp"
#include "screens/language_screen.hpp"
#include "screens/map_screen.hpp"
#include "screens/numbers_screen.hpp"
#include "screens/partners_screen.hpp"
#include "screens/timeline_screen.hpp"

namespace kiosk::ui {

namespace {

template <typename T>
std::unique_ptr<Screen> make() {
    return std::make_unique<T>();
}

std::unique_ptr<Screen> makeTitle() {
    return std::make_unique<AttractScreen>(true);
}

constexpr HomeTile kNoTile{-1, Icon::None};

// Every screen, one row each. The stable name that --screen, scripts
// (`expect-screen`), visitor statistics and the proof-of-play log use is the
// core's screenName(id) (kiosk/core/session/screen_id.hpp).
//
// To add a screen: one ScreenId value with its name (screen_id.hpp), one row
// here in the enum's order (factory, label key, Home tile; the build checks
// that every id has its row), and the screen's own file pair
// (kiosk/ui/screens/NAME_screen.hpp/.cpp). Its label key must be one of the
// ui strings every pack carries (kiosk/core/content/ui_strings.cpp). Home
// lays out however many tiles this table lists.
constexpr std::array<ScreenEntry, kScreenCount> kScreens = {{
    // {id, factory, ui-string key of its label, Home tile {order, icon}}
    {ScreenId::Attract, make<AttractScreen>, nullptr, kNoTile},
    {ScreenId::Title, makeTitle, nullptr, kNoTile},
    {ScreenId::Home, make<HomeScreen>, "home", kNoTile},
    {ScreenId::Timeline, make<TimelineScreen>, "timeline", {0, Icon::Timeline}},
    {ScreenId::Event, make<EventScreen>, "event", kNoTile},
    {ScreenId::Highlights, make<HighlightsScreen>, "highlights", {1, Icon::Star}},
    {ScreenId::Partners, make<PartnersScreen>, "partners", {3, Icon::Partners}},
    {ScreenId::Numbers, make<NumbersScreen>, "numbers", {4, Icon::Numbers}},
    {ScreenId::About, make<AboutScreen>, "about", {5, Icon::Info}},
    {ScreenId::Map, make<MapScreen>, "map", {2, Icon::Map}},
    // Not a screen of its own: the staff panel covering the visitors' screen.
    {ScreenId::Access, make<AccessScreen>, "access", kNoTile},
    {ScreenId::Language, make<LanguageScreen>, "language_switch", kNoTile},
    {ScreenId::Staff, nullptr, nullptr, kNoTile},
}};

constexpr bool everyScreenHasItsRow() {
    for (size_t i = 0; i < kScreenCount; ++i)
        if (kScreens[i].id != ScreenId(i)) return false;
    return true;
}
static_assert(everyScreenHasItsRow(), "one row per ScreenId, in the enum's order");

}  // namespace

const ScreenEntry& screenEntry(ScreenId id) {
    return kScreens[size_t(id)];
}

std::unique_ptr<Screen> createScreen(ScreenId id) {
    const ScreenEntry& e = screenEntry(id);
    return e.create ? e.create() : nullptr;
}

std::vector<ScreenId> drawableScreens() {
    std::vector<ScreenId> out;
    for (const ScreenEntry& e : kScreens)
        if (e.create) out.push_back(e.id);
    return out;
}

std::vector<std::string> screenNames() {
    std::vector<std::string> out;
    for (ScreenId id : drawableScreens()) out.push_back(screenName(id));
    return out;
}

std::vector<ScreenEntry> homeTiles() {
    std::vector<ScreenEntry> out;
    for (const ScreenEntry& e : kScreens)
        if (e.tile.order >= 0) out.push_back(e);
    std::sort(out.begin(), out.end(), [](const ScreenEntry& a, const ScreenEntry& b) {
        return a.tile.order < b.tile.order;
    });
    return out;
}

}  // namespace kiosk::ui
