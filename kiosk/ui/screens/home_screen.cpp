#include "screens/home_screen.hpp"

#include <algorithm>

#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

Intent HomeScreen::drawContent(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Language other =
        ui.language == Language::Japanese ? Language::English : Language::Japanese;
    const Rect& a = ui.area;
    const float margin = ui.margin();

    // Heading: the project's name and an invitation, a gutter below the header.
    float y = a.y + ui.gutter();
    y += drawWrapped(ui, ui.fonts->title, ui.in(ui.pack->manifest.title), a.x + margin, y,
                     a.w - 2 * margin, themeColor(t.text), 2, 1.25f);
    y += drawWrapped(ui, ui.fonts->body, ui.text("home_prompt"), a.x + margin, y + ui.px(4),
                     a.w - 2 * margin, themeColor(t.muted), 2, 1.3f);
    y += ui.px(32);

    const std::vector<ScreenEntry> tiles = homeTiles();
    const int count = int(tiles.size());
    const int columns = ui.portrait() ? 2 : 3;
    const int rows = std::max(1, (count + columns - 1) / columns);
    const float gap = ui.gutter();
    const float tileW = (a.w - 2 * margin - gap * (columns - 1)) / columns;
    const float tileH = (a.bottom() - margin - y - gap * (rows - 1)) / rows;
    Intent intent;
    for (int i = 0; i < count; ++i) {
        const Rect r{a.x + margin + (i % columns) * (tileW + gap),
                     y + (i / columns) * (tileH + gap), tileW, tileH};
        const std::string key = tiles[size_t(i)].labelKey;
        const std::string subtitle = ui.pack->text(key, other);
        if (tile(ui, r, tiles[size_t(i)].tile.icon, ui.text(key), subtitle))
            intent = Intent::open(tiles[size_t(i)].id);
    }
    return intent;
}

// The invitation, then the tiles in the order they stand.
std::vector<std::string> HomeScreen::spokenContent(const UiContext& ui) const {
    std::vector<std::string> texts = {ui.text("home_prompt")};
    for (const ScreenEntry& tile : homeTiles()) texts.push_back(ui.text(tile.labelKey));
    return texts;
}

}  // namespace kiosk::ui
