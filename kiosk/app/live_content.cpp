#include "live_content.hpp"

#include "schedule_setup.hpp"
#include "startup.hpp"

namespace kiosk {

std::unique_ptr<LiveContent> makeLiveContent(Pack pack, const std::string& dir,
                                             const LiveContentSettings& settings) {
    ui::Fonts fonts;
    if (!buildKioskFonts(pack, settings.options, settings.screenShortSide, fonts,
                         settings.maxTextureSize))
        return nullptr;
    return makeLiveContentWithFonts(std::move(pack), dir, fonts, settings);
}

std::unique_ptr<LiveContent> makeLiveContentWithFonts(Pack pack, const std::string& dir,
                                                      const ui::Fonts& fonts,
                                                      const LiveContentSettings& settings) {
    auto live = std::make_unique<LiveContent>();
    live->dir = dir;
    live->pack = std::make_unique<const Pack>(std::move(pack));
    live->fonts = fonts;
    live->app = std::make_unique<KioskApp>(*live->pack, live->fonts, settings.session,
                                           settings.screenShortSide);
    live->app->setImages(settings.images);
    const KioskConfig& config = settings.options.config;
    applyModeAndSchedule(*live->app, *live->pack, settings.options,
                         config.schedule.present ? &config.schedule : nullptr);
    return live;
}

}  // namespace kiosk
