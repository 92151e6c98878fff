#include "picture_service.hpp"

#include <spdlog/spdlog.h>

#include "picture.hpp"

namespace kiosk {

namespace {

ImageCacheSettings cacheSettings(bool headless, uint64_t byteBudget) {
    ImageCacheSettings settings;
    settings.byteBudget = byteBudget;
    settings.waitForDecodes = headless;
    settings.fadeInSeconds = ui::kPictureFadeInSeconds;
    settings.logProblem = [](const std::string& message) {
        spdlog::warn("picture {}; its card shows without it", message);
    };
    return settings;
}

}  // namespace

PictureService::PictureService(platform::Display& display, bool headless, uint64_t byteBudget)
    : textures(display.createTextureStore()),
      decoder([](const ImageRequest& request) { return decodeImageFile(request, {}); },
              DecodePool::defaultThreads()),
      cache(decoder, *textures, cacheSettings(headless, byteBudget)) {}

}  // namespace kiosk
