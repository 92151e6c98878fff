#include "support/null_kiosk.hpp"

#include <imgui.h>

#include <stdexcept>

#include "interactive_loop.hpp"
#include "startup.hpp"
#include "support/temp_pack.hpp"

namespace kiosk::test {

ScopedImGui::ScopedImGui() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
}

ScopedImGui::~ScopedImGui() {
    ImGui::DestroyContext();
}

const Pack& defaultPack() {
    // Loading and checking the pack is the slow part of a test's start after
    // the fonts; every test of a process shows the same one.
    static const Pack pack = [] {
        std::optional<Pack> loaded = loadPackForKiosk(test::defaultPackDir());
        if (!loaded) throw std::runtime_error("the default pack does not load");
        return std::move(*loaded);
    }();
    return pack;
}

int testAtlasSide(const Pack& pack) {
    return packLanguages(pack).size() > 2 ? 4 * kTestAtlasSide : kTestAtlasSide;
}

AtlasLimits testAtlasLimits() {
    AtlasLimits limits;
    limits.maxSide = testAtlasSide(defaultPack());
    return limits;
}

bool buildTestFonts(const Pack& pack, float shortSide, ui::LanguageFonts& fonts) {
    return buildKioskFonts(pack, AppOptions{}, shortSide, fonts, testAtlasSide(pack));
}

bool buildTestFonts(const Pack& pack, float shortSide, ui::Fonts& fonts) {
    ui::LanguageFonts all;
    if (!buildTestFonts(pack, shortSide, all)) return false;
    fonts = all.of(Language::Japanese);
    return true;
}

LiveContentSettings testLiveSettings(int width, int height, double idleSeconds,
                                     double countdownSeconds) {
    LiveContentSettings settings;
    settings.options.config.sound.volume = 0;  // no sound device is opened
    settings.options.window.width = width;
    settings.options.window.height = height;
    settings.options.config.session.idleSeconds = idleSeconds;
    settings.options.config.session.countdownSeconds = countdownSeconds;
    settings.session.idleSeconds = idleSeconds;
    settings.session.countdownSeconds = countdownSeconds;
    settings.screenShortSide = float(std::min(width, height));
    settings.maxTextureSize = testAtlasSide(defaultPack());
    return settings;
}

std::unique_ptr<LiveContent> makeTestContent(const LiveContentSettings& settings) {
    // The fonts the kiosk starts with: the first language's and --lang's.
    const Pack& pack = defaultPack();
    ui::LanguageFonts fonts;
    if (!buildKioskFonts(pack, settings.options, settings.screenShortSide, fonts,
                         testAtlasSide(pack), nullptr, 1.0f,
                         fontLanguages(pack, startFontKey(pack, settings.options))))
        return nullptr;
    return makeLiveContentWithFonts(Pack(defaultPack()), test::defaultPackDir(), fonts, settings);
}

LoopRun runInteractiveFor(platform::NullDisplay& display, std::unique_ptr<LiveContent> live,
                          const LiveContentSettings& settings, double seconds,
                          LoopPassHook eachPass) {
    LoopRun run;
    std::string error;
    if (!display.startImGui(error)) throw std::runtime_error(error);
    // The display sees every frame begin: the loop itself is not changed.
    const platform::NullDisplayHooks before = display.hooks();
    platform::NullDisplayHooks recording = before;
    recording.frameBegun = [&run, &before](double now) {
        run.frameStarts.push_back(now);
        if (before.frameBegun) before.frameBegun(now);
    };
    display.setHooks(recording);
    const long presentedBefore = display.framesPresented();
    display.closeAt(display.seconds() + seconds);
    run.exitStatus = runInteractive(display, std::move(live), settings, std::move(eachPass));
    run.endedAt = display.seconds();
    run.framesPresented = display.framesPresented() - presentedBefore;
    display.setHooks(before);
    return run;
}

}  // namespace kiosk::test
