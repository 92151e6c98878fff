#include "live_content.hpp"
#include "access_check.hpp"

#include <algorithm>

#include "content/pack_loader.hpp"
#include "content/pack_texts.hpp"
#include "schedule_setup.hpp"
#include "startup.hpp"

namespace kiosk {

LiveContent::~LiveContent() {
    app.reset();  // draws with the fonts: goes first
    if (atlas) ui::releaseFontAtlas(atlas.get());
}

std::unique_ptr<PreparedContent> prepareContent(const std::string& dir,
                                                const LiveContentSettings& settings,
                                                std::string& why) {
    PackLoadResult loaded = loadPack(dir);
    if (!loaded.pack) {
        why = loaded.problems.errors().front().format();
        return nullptr;
    }
    auto prepared = std::make_unique<PreparedContent>();
    prepared->dir = dir;
    prepared->atlas = ui::newFontAtlas();
    if (!buildKioskFonts(
            *loaded.pack, settings.options, settings.screenShortSide, prepared->fonts,
            settings.maxTextureSize, prepared->atlas.get(), 1.0f,
            fontLanguages(*loaded.pack, startFontKey(*loaded.pack, settings.options)))) {
        why = "its fonts could not be built";
        return nullptr;
    }
    prepared->pack = std::make_shared<Pack>(std::move(*loaded.pack));
    return prepared;
}

std::unique_ptr<LiveContent> goLiveWith(PreparedContent prepared,
                                        const LiveContentSettings& settings,
                                        ui::FontAtlasPtr& replaced) {
    replaced = ui::installFontAtlas(prepared.atlas.get());
    auto live =
        makeLiveContentWithFonts(std::move(*prepared.pack), prepared.dir, prepared.fonts, settings);
    live->atlas = std::move(prepared.atlas);
    return live;
}

FontKey startFontKey(const Pack& pack, const AppOptions& options) {
    const std::vector<Language> offered = packLanguages(pack);
    if (std::find(offered.begin(), offered.end(), options.language) == offered.end())
        return homeFontKey(pack);
    return fontKeyFor(TextSize::Standard, options.language);
}

bool useFonts(LiveContent& live, const FontKey& key, const LiveContentSettings& settings) {
    if (!live.kept->ready(key)) return false;
    const ui::KeptFontAtlas& kept = *live.kept->kept(key);
    // ImGui's start-up atlas, or the one the pack went live with: its fonts
    // are drawn no more, and the standard size is kept to come back to.
    ui::FontAtlasPtr replaced = ui::installKeptFontAtlas(kept);
    live.atlas.reset();
    live.fonts = kept.fonts;
    live.fontKey = key;
    live.kept->used(key);
    if (settings.glyphs) settings.glyphs->watch(live.fonts);
    return true;
}

std::unique_ptr<LiveContent> makeLiveContent(Pack pack, const std::string& dir,
                                             const LiveContentSettings& settings) {
    ui::LanguageFonts fonts;
    if (!buildKioskFonts(pack, settings.options, settings.screenShortSide, fonts,
                         settings.maxTextureSize, nullptr, 1.0f,
                         fontLanguages(pack, startFontKey(pack, settings.options))))
        return nullptr;
    return makeLiveContentWithFonts(std::move(pack), dir, fonts, settings);
}

std::unique_ptr<LiveContent> makeLiveContentWithFonts(Pack pack, const std::string& dir,
                                                      const ui::LanguageFonts& fonts,
                                                      const LiveContentSettings& settings) {
    auto live = std::make_unique<LiveContent>();
    live->dir = dir;
    live->pack = std::make_unique<const Pack>(std::move(pack));
    live->fonts = fonts;
    live->fontKey = startFontKey(*live->pack, settings.options);
    live->kept = std::make_unique<VisitorFonts>(homeFontKey(*live->pack));
    if (settings.glyphs) settings.glyphs->watch(live->fonts);
    live->app = std::make_unique<KioskApp>(*live->pack, live->fonts, settings.session,
                                           settings.screenShortSide);
    live->app->setImages(settings.images);
    const KioskConfig& config = settings.options.config;
    live->app->setPhysicalScreen(physicalScreenOf(config.display));
    live->app->setSpeechOffer(config.sound.speechOffer);
    applyModeAndSchedule(*live->app, *live->pack, settings.options,
                         config.schedule.present ? &config.schedule : nullptr);
    return live;
}

}  // namespace kiosk
