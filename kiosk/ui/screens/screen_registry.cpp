#include "screens/screen_registry.hpp"

#include "screens/about_screen.hpp"
#include "screens/attract_screen.hpp"
#include "screens/event_screen.hpp"
#include "screens/highlights_screen.hpp"
#include "screens/home_screen.hpp"
#include "screens/map_screen.hpp"
#include "screens/numbers_screen.hpp"
#include "screens/partners_screen.hpp"
#include "screens/timeline_screen.hpp"

namespace kiosk::ui {

namespace {
const std::vector<std::string> kNames = {"attract",  "home",    "timeline", "event", "highlights",
                                         "partners", "numbers", "about",    "map",   "title"};
}  // namespace

std::unique_ptr<Screen> createScreen(const std::string& name) {
    if (name == "attract") return std::make_unique<AttractScreen>();
    if (name == "title") return std::make_unique<AttractScreen>(true);
    if (name == "home") return std::make_unique<HomeScreen>();
    if (name == "timeline") return std::make_unique<TimelineScreen>();
    if (name == "event") return std::make_unique<EventScreen>();
    if (name == "highlights") return std::make_unique<HighlightsScreen>();
    if (name == "partners") return std::make_unique<PartnersScreen>();
    if (name == "numbers") return std::make_unique<NumbersScreen>();
    if (name == "about") return std::make_unique<AboutScreen>();
    if (name == "map") return std::make_unique<MapScreen>();
    return nullptr;
}

const std::vector<std::string>& screenNames() {
    return kNames;
}

bool isScreenName(const std::string& name) {
    for (const auto& n : kNames)
        if (n == name) return true;
    return false;
}

}  // namespace kiosk::ui
