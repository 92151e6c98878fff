#include "preview_run.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <future>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "kept_place.hpp"
#include "offscreen_target.hpp"
#include "pack_watcher.hpp"
#include "preview_tiles.hpp"

namespace kiosk {

namespace {

constexpr double kFrameSeconds = 1.0 / 15.0;  // a preview, not the kiosk: a steady modest rate

int previewScreenshot(platform::Display& display, PreviewContent& content,
                      const LiveContentSettings& settings) {
    const AppOptions& options = settings.options;
    PreviewCompositor compositor(display, previewSizes());
    auto shot = createShotTarget(options);
    if (!compositor.ready() || !shot) return 1;
    const ScreenRef screen = resolveScreenArgument(options.headless.screen, *content.pack);
    double settle = 0.0;
    for (auto& tile : content.tiles) {
        tile.app->showScreen(screen, options.language, 0.0, options.access);
        settle = std::max(settle, tile.app->settleSeconds());
    }
    for (double t = 0.0; t < settle; t += 1.0 / 20.0)
        compositor.draw(content, t, shot.get(), shot->width(), shot->height());
    compositor.draw(content, settle, shot.get(), shot->width(), shot->height());
    const auto pixels = shot->readRgba();
    display.bindWindowFramebuffer();
    std::string error;
    if (!platform::writePng(options.headless.screenshotPath, shot->width(), shot->height(), pixels,
                            error)) {
        spdlog::error("{}", error);
        return 1;
    }
    return 0;
}

// The window's loop: input to the tile under it, reloads from the watcher
// (their fonts built on a worker), every tile drawn at a steady rate.
class PreviewLoop {
  public:
    PreviewLoop(platform::Display& display, std::unique_ptr<PreviewContent> content,
                const LiveContentSettings& settings)
        : display_(display),
          settings_(settings),
          content_(std::move(content)),
          compositor_(display, previewSizes()) {}

    int run() {
        if (!compositor_.ready()) return 1;
        while (!display_.closeRequested()) {
            const double now = display_.seconds();
            takeInput();
            followWatch(now);
            const platform::FramebufferSize size = display_.framebufferSize();
            compositor_.draw(*content_, now, nullptr, size.width, size.height);
            display_.present();
            display_.waitEvents(kFrameSeconds);
        }
        if (building_.valid()) building_.wait();
        return 0;
    }

  private:
    void takeInput() {
        for (const auto& s : display_.takePointerSamples()) {
            Point inTile;
            const int tile = s.kind == platform::PointerSample::Kind::Down
                                 ? compositor_.tileAt(s.x, s.y, inTile)
                                 : (compositor_.tileAt(s.x, s.y, inTile), pressed_);
            if (s.kind == platform::PointerSample::Kind::Down) pressed_ = tile;
            if (tile < 0 || tile != pressed_) continue;
            const PointerEvent::Type type =
                s.kind == platform::PointerSample::Kind::Down ? PointerEvent::Type::Down
                : s.kind == platform::PointerSample::Kind::Up ? PointerEvent::Type::Up
                                                              : PointerEvent::Type::Move;
            content_->tiles[size_t(tile)].app->onPointer({type, inTile, s.time});
        }
    }

    void followWatch(double now) {
        if (!settings_.watcher) return;
        if (!building_.valid()) {
            std::optional<PackReload> reload = settings_.watcher->takeReady();
            if (!reload) return;
            problems_ = problemsView(*reload);
            for (auto& tile : content_->tiles) tile.app->setPackProblems(problems_);
            if (!reload->prepared) return;
            // Every size's fonts for the new pack, off the render thread.
            building_ = std::async(
                std::launch::async,
                [pack = std::shared_ptr<const Pack>(reload->prepared->pack), settings = settings_] {
                    return buildPreviewFonts(pack, settings, previewSizes());
                });
            return;
        }
        if (building_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        std::unique_ptr<PreviewContent> next = building_.get();
        if (!next) return;
        makePreviewApps(*next, settings_, previewSizes(), now);
        for (size_t i = 0; i < next->tiles.size(); ++i) {
            KioskApp& app = *next->tiles[i].app;
            restorePlace(app, *next->pack, placeOf(*content_->tiles[i].app), now);
            app.setPackProblems(problems_);
        }
        content_ = std::move(next);
    }

    platform::Display& display_;
    LiveContentSettings settings_;
    std::unique_ptr<PreviewContent> content_;
    PreviewCompositor compositor_;
    std::future<std::unique_ptr<PreviewContent>> building_;
    ui::PackProblemsView problems_;
    int pressed_ = -1;  // the tile a touch went down on: it has the touch until it lifts
};

}  // namespace

int runPreview(platform::Display& display, Pack pack, const LiveContentSettings& settings) {
    auto content =
        buildPreviewFonts(std::make_shared<const Pack>(std::move(pack)), settings, previewSizes());
    if (!content) return 1;
    makePreviewApps(*content, settings, previewSizes(), display.seconds());
    if (settings.watcher)
        if (auto first = settings.watcher->takeReady())
            for (auto& tile : content->tiles) tile.app->setPackProblems(problemsView(*first));
    if (!settings.options.headless.screenshotPath.empty())
        return previewScreenshot(display, *content, settings);
    PreviewLoop loop(display, std::move(content), settings);
    return loop.run();
}

}  // namespace kiosk
