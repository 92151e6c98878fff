#include "content/ui_strings.hpp"

namespace kiosk {

namespace {
const std::vector<std::string> kRequiredKeys = {
    "touch_to_start", "language_switch", "home",     "back",          "timeline",
    "highlights",     "map",             "partners", "numbers",       "about",
    "still_there",    "stat_events",     "stat_associations", "stat_municipalities",
};
}  // namespace

const std::vector<std::string>& requiredUiStringKeys() { return kRequiredKeys; }

}  // namespace kiosk
