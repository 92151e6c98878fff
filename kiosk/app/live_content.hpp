#pragma once
#include <memory>
#include <string>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

// One pack as the kiosk shows it: the pack, the fonts built for its characters
// and the app (session, gestures, screens) drawing it. The app refers to the
// pack and fonts, so the three live and are replaced together, when staff
// install a new pack.
struct LiveContent {
    std::string dir;
    std::unique_ptr<const Pack> pack;
    ui::Fonts fonts;
    std::unique_ptr<KioskApp> app;
};

// What every LiveContent of this run shares.
struct LiveContentSettings {
    AppOptions options;
    SessionSettings session;
    float screenShortSide = 1080.0f;
    // The GPU's largest texture side, which the glyph atlas must fit (0: unknown).
    int maxTextureSize = 0;
    // The pictures every pack's screens draw from (null: none).
    ImageCache* images = nullptr;
};

// Builds the fonts for `pack` into ImGui's atlas (replacing what was there;
// the GL font texture must be refreshed after) and the app that shows it.
// Null, with the reason logged, when the fonts cannot be built.
std::unique_ptr<LiveContent> makeLiveContent(Pack pack, const std::string& dir,
                                             const LiveContentSettings& settings);
// The same with its fonts already built (buildKioskFonts) into ImGui's atlas.
std::unique_ptr<LiveContent> makeLiveContentWithFonts(Pack pack, const std::string& dir,
                                                      const ui::Fonts& fonts,
                                                      const LiveContentSettings& settings);

}  // namespace kiosk
