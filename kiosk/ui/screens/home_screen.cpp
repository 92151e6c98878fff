#include "screens/home_screen.hpp"

#include <algorithm>

#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "session/language_switch.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// The tiles' grid: as many columns as the screen's shape takes, fewer when a
// column would be too narrow for a title's longest word at the visitor's size.
struct TileGrid {
    int columns = 1, rows = 1;
    float tileW = 0.0f, tileH = 0.0f;
};

TileGrid tileGrid(const UiContext& ui, const std::vector<ScreenEntry>& tiles, float width,
                  float height) {
    const float gap = ui.gutter();
    TileGrid grid;
    grid.columns = ui.portrait() ? 2 : 3;
    // Twice the type: a title of a few words wants about ten of its letters a line.
    while (grid.columns > 1 && textScaleOf(ui) > 1.5f &&
           (width - gap * float(grid.columns - 1)) / float(grid.columns) <
               ui.fonts->title->FontSize * 5.0f)
        --grid.columns;
    const int count = int(tiles.size());
    grid.rows = std::max(1, (count + grid.columns - 1) / grid.columns);
    grid.tileW = (width - gap * float(grid.columns - 1)) / float(grid.columns);
    grid.tileH = (height - gap * float(grid.rows - 1)) / float(grid.rows);
    for (const ScreenEntry& entry : tiles)
        grid.tileH = std::max(grid.tileH, tileHeightFor(ui, grid.tileW, ui.text(entry.labelKey)));
    return grid;
}

}  // namespace

Intent HomeScreen::drawContent(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Language other = companionLanguage(ui.language);
    const Rect& a = ui.area;
    const float margin = ui.margin();
    scroll_.update(ui.touch, a, ui.dt);
    const ScrollView view(ui, a, scroll_, t.background);
    const UiContext& in = view.ui();

    // Heading: the project's name and an invitation, a gutter below the header.
    const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
    float y = top;
    y += drawWrapped(in, ui.fonts->title, ui.in(ui.pack->manifest.title), a.x + margin, y,
                     a.w - 2 * margin, themeColor(t.text), 0, 1.25f);
    y += drawWrapped(in, ui.fonts->body, ui.text("home_prompt"), a.x + margin, y + ui.px(4),
                     a.w - 2 * margin, themeColor(t.muted), 0, 1.3f);
    y += ui.px(32);

    const std::vector<ScreenEntry> tiles = homeTiles();
    const float gap = ui.gutter();
    // The tiles share what is left of the area below the heading (scrolled or not).
    const float left = a.bottom() - margin - (y + float(scroll_.scroll().offset()));
    const TileGrid grid = tileGrid(ui, tiles, a.w - 2 * margin, left);
    Intent intent;
    for (int i = 0; i < int(tiles.size()); ++i) {
        const Rect r{a.x + margin + float(i % grid.columns) * (grid.tileW + gap),
                     y + float(i / grid.columns) * (grid.tileH + gap), grid.tileW, grid.tileH};
        const std::string key = tiles[size_t(i)].labelKey;
        const std::string subtitle = ui.pack->text(key, other);
        if (tile(in, r, tiles[size_t(i)].tile.icon, ui.text(key), subtitle))
            intent = Intent::open(tiles[size_t(i)].id);
    }
    const float bottom = y + float(grid.rows) * (grid.tileH + gap) - gap + margin;
    scroll_.scroll().setExtent(bottom - top, a.h);
    return intent;
}

// The invitation, then the tiles in the order they stand.
std::vector<std::string> HomeScreen::spokenContent(const UiContext& ui) const {
    std::vector<std::string> texts = {ui.text("home_prompt")};
    for (const ScreenEntry& tile : homeTiles()) texts.push_back(ui.text(tile.labelKey));
    return texts;
}

}  // namespace kiosk::ui
