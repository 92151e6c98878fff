#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// Every screen the kiosk can show, as a type rather than a string. The names
// beside them are the stable ones that --screen, scripts (`expect-screen`),
// the visitor statistics and the proof-of-play log's screen column use; they
// never change, so logs, scripts and tests keep working.
//
// Adding a screen: one value here with its name in kScreenNames below, one row
// in the table of kiosk/ui/screens/screen_registry.cpp (factory, home tile,
// label), and the screen's own file pair in kiosk/ui/screens/.
enum class ScreenId {
    Attract,  // the attract loop
    Title,    // the attract loop held on its first slide (headless renders)
    Home,     // the tiles
    Timeline,
    Event,  // one event's detail; its parameter is the event id
    Highlights,
    Partners,
    Numbers,
    About,
    Map,       // its parameter, when given, is an association id
    Access,    // larger text, high contrast, speech, more time, less motion, reach
    Language,  // the list of the pack's languages, each in its own name
    Staff,     // the staff panel covering the screen (proof of play only)
};

inline constexpr size_t kScreenCount = size_t(ScreenId::Staff) + 1;

// In the enum's order.
inline constexpr std::array<std::string_view, kScreenCount> kScreenNames = {
    "attract", "title", "home", "timeline", "event",    "highlights", "partners",
    "numbers", "about", "map",  "access",   "language", "staff"};

// The stable name ("home", "event", ...).
std::string screenName(ScreenId id);
// The screen of that stable name, or none for anything else.
std::optional<ScreenId> parseScreenName(std::string_view text);
// Every screen in the enum's order.
inline constexpr std::array<ScreenId, kScreenCount> kAllScreens = [] {
    std::array<ScreenId, kScreenCount> ids{};
    for (size_t i = 0; i < kScreenCount; ++i) ids[i] = ScreenId(i);
    return ids;
}();
// The attract loop in either form: no visitor is there.
inline bool isAttractLoop(ScreenId id) {
    return id == ScreenId::Attract || id == ScreenId::Title;
}

// A screen with what it shows (an event id, an association).
struct ScreenRef {
    ScreenId id = ScreenId::Home;
    std::string param;
    bool operator==(const ScreenRef& o) const { return id == o.id && param == o.param; }
    bool operator!=(const ScreenRef& o) const { return !(*this == o); }
};

// "event:2016-04-26-..." into a screen and its parameter; none when the part
// before the colon names no screen.
std::optional<ScreenRef> parseScreenRef(std::string_view text);

}  // namespace kiosk
