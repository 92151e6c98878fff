#pragma once
#include <optional>
#include <string>

#include "content/pack.hpp"
#include "font_atlas.hpp"
#include "options.hpp"

namespace kiosk {

// The default pack: installed next to the binary (../share/kiosk/content/default)
// or, in a build tree, the repository's content/default.
std::string defaultPackDir(const char* argv0);

// Loads the pack through the one loader, printing its problems to stderr.
// Nothing when it has errors.
std::optional<Pack> loadPackForKiosk(const std::string& dir);

// Builds the ImGui font atlas for a screen whose shorter side is `shortSide` px,
// printing any glyphs the font lacks.
bool buildKioskFonts(const Pack& pack, const AppOptions& options, float shortSide, ui::Fonts& fonts);

}  // namespace kiosk
