#pragma once
// The kiosk's app layer on a NullDisplay, for tests that need no X server:
// an ImGui context of their own, the default pack with small fonts, and the
// interactive loop run for a while with every frame's start time recorded.
#include <memory>
#include <vector>

#include "display_null.hpp"
#include "interactive_loop.hpp"
#include "live_content.hpp"

namespace kiosk::test {

// An ImGui context for one test (no layout file), current until it goes.
class ScopedImGui {
  public:
    ScopedImGui();
    ~ScopedImGui();
    ScopedImGui(const ScopedImGui&) = delete;
    ScopedImGui& operator=(const ScopedImGui&) = delete;
};

// The repository's default pack, loaded once per test process.
const Pack& defaultPack();

// The atlas side test fonts are kept within: the largest type is rasterised
// smaller and drawn scaled (as on a GPU with small textures), so that a
// font build takes a fraction of a second at any screen size.
constexpr int kTestAtlasSide = 1024;
// The side for `pack`: kTestAtlasSide, four times it for a pack in more
// languages than Japanese and English (each Chinese script and Korean brings
// a set of fonts of its own, more than 1024 pixels a side hold even at 8 px).
int testAtlasSide(const Pack& pack);
// Atlas limits with the default pack's testAtlasSide: small, so that a build
// takes a fraction of a second (as buildTestFonts).
AtlasLimits testAtlasLimits();

// Builds the kiosk's fonts (buildKioskFonts) for `pack` on a screen whose
// shorter side is `shortSide` into the current context's atlas; false when
// they cannot be built (the fonts-noto-cjk files are missing).
bool buildTestFonts(const Pack& pack, float shortSide, ui::LanguageFonts& fonts);
// The same, giving the Japanese fonts (which English shares): for a test
// that draws one screen in those languages.
bool buildTestFonts(const Pack& pack, float shortSide, ui::Fonts& fonts);

// What runInteractive needs for the default pack on a `width` x `height`
// panel: sound off, no state folder, no pictures, the visitor's idle time
// and question short (seconds on the display's clock).
LiveContentSettings testLiveSettings(int width, int height, double idleSeconds = 20.0,
                                     double countdownSeconds = 5.0);

// The default pack as the interactive loop shows it, its start fonts (the
// first language's and settings.options.language's) built into the current
// ImGui context; null when the fonts cannot be built.
std::unique_ptr<LiveContent> makeTestContent(const LiveContentSettings& settings);

// What a run of the interactive loop did.
struct LoopRun {
    int exitStatus = -1;
    // When each frame began (the display's clock, seconds), in order.
    std::vector<double> frameStarts;
    long framesPresented = 0;
    // The display's clock when the loop returned.
    double endedAt = 0.0;
};

// Runs the real interactive loop (runInteractive) on `display` for `seconds`
// of its clock, simulated or real, from now: the display closes then, or
// earlier when the test closes it or the staff exit is taken.
// `eachPass` sees every pass of the loop (interactive_loop.hpp).
LoopRun runInteractiveFor(platform::NullDisplay& display, std::unique_ptr<LiveContent> live,
                          const LiveContentSettings& settings, double seconds,
                          LoopPassHook eachPass = {});

}  // namespace kiosk::test
