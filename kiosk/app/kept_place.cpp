#include "kept_place.hpp"

#include "headless_render.hpp"

namespace kiosk {

KeptPlace placeOf(const KioskApp& app) {
    return {app.phase(), app.visitorScreen(), app.language(), app.accessChoices()};
}

ScreenRef sameScreenIn(const ScreenRef& screen, const Pack& pack) {
    if (screen.param.empty()) return screen;
    if (screen.id == ScreenId::Event) {
        for (const auto& e : pack.events)
            if (e.id == screen.param) return screen;
        return resolveScreenArgument(screenName(ScreenId::Event), pack);
    }
    if (screen.id == ScreenId::Map && !pack.findAssociation(screen.param))
        return {ScreenId::Map, {}};
    return screen;
}

void restorePlace(KioskApp& app, const Pack& pack, const KeptPlace& place, double now) {
    // The attract loop starts over, as it does for every new pack; a visit
    // (or the question whether the visitor is still there) goes on.
    if (place.phase == SessionPhase::Attract) return;
    app.showScreen(sameScreenIn(place.screen, pack), place.language, now, place.access);
}

}  // namespace kiosk
