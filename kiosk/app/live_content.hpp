#pragma once
#include <memory>
#include <string>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "font_atlas_slot.hpp"
#include "glyph_watch.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"
#include "visitor_fonts.hpp"

namespace kiosk {

class PackWatcher;

// One pack as the kiosk shows it: the pack, the fonts built for its characters
// and the app (session, gestures, screens) drawing it. The app refers to the
// pack and fonts, so the three live and are replaced together, when staff
// install a new pack.
struct LiveContent {
    std::string dir;
    std::unique_ptr<const Pack> pack;
    // The atlas `fonts` live in when this content brought its own (a pack
    // switched in while running); null: ImGui's own (built at start-up).
    ui::FontAtlasPtr atlas;
    // The fonts in ImGui's place, which everything draws with: the pack's
    // for `fontKey`, the visitor's text size and language (useFonts changes
    // them).
    ui::LanguageFonts fonts;
    FontKey fontKey;
    // The pack's fonts at each text size and language visitors chose, kept
    // for the next.
    std::unique_ptr<VisitorFonts> kept;
    std::unique_ptr<KioskApp> app;

    LiveContent() = default;
    LiveContent(const LiveContent&) = delete;
    LiveContent& operator=(const LiveContent&) = delete;
    ~LiveContent();
};

// A pack made ready to go live off the render thread: loaded, checked, and
// its fonts rasterised into an atlas of its own. Only the GL texture upload
// and the app's construction are left for the render thread.
struct PreparedContent {
    std::shared_ptr<Pack> pack;  // shared with the staff panel's "what it changes"
    std::string dir;
    ui::FontAtlasPtr atlas;
    ui::LanguageFonts fonts;
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
    // Where every pack's fonts are named as they go live, so that a missing
    // glyph is reported with its face (null: none).
    ui::GlyphWatch* glyphs = nullptr;
    // kiosk --watch: the watcher of the pack being edited, whose reloads the
    // runtime shows at once (null: none). The runtime takes it over.
    std::shared_ptr<PackWatcher> watcher;
};

// On a worker: loads the pack in `dir` and builds its fonts into a new atlas.
// Null with `why` set when the pack does not load or its fonts cannot be built.
std::unique_ptr<PreparedContent> prepareContent(const std::string& dir,
                                                const LiveContentSettings& settings,
                                                std::string& why);
// On the render thread, between frames: puts the prepared fonts in ImGui's
// place and builds the app over them (the GL font texture must be refreshed
// after); the prepared pack is moved into it. `replaced` receives ImGui's start-up atlas when this
// retires it: the caller frees it after the content drawn with it.
std::unique_ptr<LiveContent> goLiveWith(PreparedContent prepared,
                                        const LiveContentSettings& settings,
                                        ui::FontAtlasPtr& replaced);

// On the render thread, between frames: puts the fonts kept for `key` in
// ImGui's place (refresh the GL font texture after) and in `live.fonts`,
// which the app draws with; the atlas they replace goes when nothing else
// holds it. False, changing nothing, when `key` is not ready.
bool useFonts(LiveContent& live, const FontKey& key, const LiveContentSettings& settings);

// The fonts a pack starts with (or goes live with): its first language's and
// those of the language the kiosk was told to show (--lang), standard size.
FontKey startFontKey(const Pack& pack, const AppOptions& options);

// Builds the fonts for `pack` into ImGui's atlas (replacing what was there;
// the GL font texture must be refreshed after) and the app that shows it.
// Null, with the reason logged, when the fonts cannot be built.
std::unique_ptr<LiveContent> makeLiveContent(Pack pack, const std::string& dir,
                                             const LiveContentSettings& settings);
// The same with its fonts already built (buildKioskFonts) into ImGui's atlas.
std::unique_ptr<LiveContent> makeLiveContentWithFonts(Pack pack, const std::string& dir,
                                                      const ui::LanguageFonts& fonts,
                                                      const LiveContentSettings& settings);

}  // namespace kiosk
