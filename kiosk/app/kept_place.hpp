#pragma once
#include "content/pack.hpp"
#include "kiosk_app.hpp"

namespace kiosk {

// Where a visitor (or an author checking a pack) is: what a reloaded pack
// (kiosk --watch) opens again, so that a saved edit shows in place.
struct KeptPlace {
    SessionPhase phase = SessionPhase::Attract;
    ScreenRef screen;
    Language language = Language::Japanese;
    AccessChoices access;
};

KeptPlace placeOf(const KioskApp& app);

// The same screen in `pack`: an event or association it no longer has (its
// id was edited) gives the screen's default (the first highlighted event,
// the whole map).
ScreenRef sameScreenIn(const ScreenRef& screen, const Pack& pack);

// Puts `app` (just started, on `pack`) where `place` was.
void restorePlace(KioskApp& app, const Pack& pack, const KeptPlace& place, double now);

}  // namespace kiosk
