#include "live_content.hpp"

#include "schedule_setup.hpp"
#include "startup.hpp"

namespace kiosk {

std::unique_ptr<LiveContent> makeLiveContent(Pack pack, const std::string& dir,
                                             const LiveContentSettings& settings) {
    auto live = std::make_unique<LiveContent>();
    live->dir = dir;
    live->pack = std::make_unique<const Pack>(std::move(pack));
    if (!buildKioskFonts(*live->pack, settings.options, settings.screenShortSide, live->fonts))
        return nullptr;
    live->app = std::make_unique<KioskApp>(*live->pack, live->fonts, settings.session,
                                           settings.screenShortSide);
    live->app->setImages(settings.images);
    const KioskConfig& config = settings.options.config;
    applyModeAndSchedule(*live->app, *live->pack, settings.options,
                         config.schedule.present ? &config.schedule : nullptr);
    return live;
}

}  // namespace kiosk
