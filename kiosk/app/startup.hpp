#pragma once
#include <optional>
#include <string>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "install/crash_loop_guard.hpp"
#include "options.hpp"

namespace kiosk {

// The built-in pack, found from the executable's own path (system/data_dir.hpp):
// PREFIX/share/kiosk/content/default installed, BUILD/share/kiosk in a build tree.
std::string defaultPackDir();

// The pack folder to run from an installed-pack state folder: current, else the
// last good one, else the newest that verifies (each decision logged). Empty
// when none passes.
std::string packDirFromState(const AppOptions& options);

// The same at the kiosk's start, which is also recorded for the crash-loop
// guard: a pack that stopped the kiosk too often is set aside first.
struct StateStart {
    std::string packDir;       // empty when no installed pack passes
    CleanEndRecord cleanEnd;   // what this run writes when it ends cleanly
};
StateStart startFromState(const AppOptions& options);
// Tells the state folder that the running pack loaded and shows (last-good follows it).
void markPackGood(const AppOptions& options);

// Loads the pack through the one loader, printing its problems to stderr.
// Nothing when it has errors.
std::optional<Pack> loadPackForKiosk(const std::string& dir);

// The font files the options name, or Noto Sans CJK's (a regular file alone
// serves as the bold one too).
ui::FontSources fontSources(const AppOptions& options);

// Builds the ImGui font atlas for a screen whose shorter side is `shortSide` px,
// printing any glyphs the font lacks, within `maxAtlasSide` pixels a side (0:
// AtlasLimits' default), printing the type it had to cap to fit. Into `atlas`
// when given (a worker building a pack's fonts while frames draw), else into
// ImGui's. Its type is the pack's times `textScale` (a visitor's text size).
// It holds the own fonts of `languages` (visitor_fonts: fontLanguages), or of
// every language the pack offers when empty (the other languages draw from
// the first one's: they are never shown from this atlas).
bool buildKioskFonts(const Pack& pack, const AppOptions& options, float shortSide,
                     ui::LanguageFonts& fonts, int maxAtlasSide = 0, ImFontAtlas* atlas = nullptr,
                     float textScale = 1.0f, const std::vector<Language>& languages = {});

}  // namespace kiosk
