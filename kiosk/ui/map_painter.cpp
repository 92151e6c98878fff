#include "map_painter.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "geo/drawn_lately.hpp"
#include "geo/map_raster.hpp"
#include "geo/tile_coverage.hpp"

#include "content/section_readers.hpp"
#include "layer_cache.hpp"
#include "paint.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

namespace {

ImVec2 v(Point p) {
    return ImVec2(p.x, p.y);
}

// Whether a region's bounds, seen at `view` in `viewport`, meet `area` of it.
bool visible(const MapBox& b, const MapView& view, const Rect& viewport, const Rect& area) {
    const Point a = view.toScreen({b.minX, b.minY}, viewport);
    const Point c = view.toScreen({b.maxX, b.maxY}, viewport);
    return c.x >= area.x && a.x <= area.right() && c.y >= area.y && a.y <= area.bottom();
}

// Fills a region's triangles. Their corners are snapped to a grid of
// kFillGrid pixels first and the triangles left with no area are dropped:
// a country-wide map has tens of thousands of triangles smaller than a pixel,
// which the rasteriser pays for one by one. Neighbours share their border's
// points, which snap alike, so no gap opens between them.
constexpr float kFillGrid = 1.0f;

void fillRegion(ImDrawList& list, const MapRegion& r, const MapView& view, const Rect& viewport,
                ImU32 color) {
    size_t points = 0;
    for (const auto& ring : r.rings) points += ring.size();
    if (r.triangles.empty() || points == 0 || points > 60000) return;
    // Scratch space kept from call to call: the map fills thousands of regions a frame.
    static thread_local std::vector<ImVec2> snapped;
    static thread_local std::vector<int> emitted;   // a point's index in the list, -1: not yet
    static thread_local std::vector<size_t> order;  // the points written, in that order
    static thread_local std::vector<ImDrawIdx> kept;
    snapped.clear();
    for (const auto& ring : r.rings)
        for (const MapPoint& p : ring) {
            const Point at = view.toScreen(p, viewport);
            snapped.push_back(ImVec2(std::round(at.x / kFillGrid) * kFillGrid,
                                     std::round(at.y / kFillGrid) * kFillGrid));
        }
    emitted.assign(points, -1);
    order.clear();
    kept.clear();
    for (size_t i = 0; i + 2 < r.triangles.size(); i += 3) {
        const ImVec2& a = snapped[r.triangles[i]];
        const ImVec2& b = snapped[r.triangles[i + 1]];
        const ImVec2& c = snapped[r.triangles[i + 2]];
        if ((b.x - a.x) * (c.y - a.y) == (c.x - a.x) * (b.y - a.y)) continue;  // no area left
        for (size_t k = 0; k < 3; ++k) {
            int& index = emitted[r.triangles[i + k]];
            if (index < 0) {
                index = int(order.size());
                order.push_back(r.triangles[i + k]);
            }
            kept.push_back(ImDrawIdx(index));
        }
    }
    if (kept.empty()) return;
    list.PrimReserve(int(kept.size()), int(order.size()));
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    const ImDrawIdx base = ImDrawIdx(list._VtxCurrentIdx);
    for (size_t point : order) list.PrimWriteVtx(snapped[point], uv, color);
    for (ImDrawIdx index : kept) list.PrimWriteIdx(ImDrawIdx(base + index));
}

// Outline points closer than a pixel to the last one kept add vertices, not
// shape (a third of a country-wide map's): a line a pixel or two wide cannot
// show them.
constexpr float kOutlineStepSquared = 1.0f;

void outlineRegion(ImDrawList& list, const MapRegion& r, const MapView& view, const Rect& viewport,
                   ImU32 color, float thickness) {
    std::vector<ImVec2> screen;
    for (const auto& ring : r.rings) {
        screen.clear();
        for (const MapPoint& p : ring) {
            const ImVec2 at = v(view.toScreen(p, viewport));
            if (!screen.empty()) {
                const float dx = at.x - screen.back().x, dy = at.y - screen.back().y;
                if (dx * dx + dy * dy < kOutlineStepSquared) continue;
            }
            screen.push_back(at);
        }
        if (screen.size() >= 2)
            list.AddPolyline(screen.data(), int(screen.size()), color, ImDrawFlags_Closed,
                             thickness);
    }
}

struct PlacedLabel {
    float x0, y0, x1, y1;
};

bool overlaps(const std::vector<PlacedLabel>& placed, const PlacedLabel& l) {
    for (const auto& p : placed)
        if (l.x0 < p.x1 && l.x1 > p.x0 && l.y0 < p.y1 && l.y1 > p.y0) return true;
    return false;
}

}  // namespace

MapPoint associationAnchor(const MapData& map, const Association& a) {
    double x = 0, y = 0;
    int n = 0;
    for (const auto& code : a.members) {
        if (const MapRegion* r = map.municipalities.find(code)) {
            x += r->label.x;
            y += r->label.y;
            ++n;
        }
    }
    if (n == 0) {
        if (const MapRegion* p = map.prefectures.find(a.prefecture + "000")) return p->label;
        return {};
    }
    return {float(x / n), float(y / n)};
}

MapPaint partnerPaint(const Pack& pack) {
    MapPaint paint;
    for (const Association& a : pack.associations) {
        uint32_t color = 0x888888;
        parseHexColor(a.color, color);
        for (const auto& code : a.members) paint.fill[code] = color;
    }
    return paint;
}

namespace {

// The land, the painted municipalities (the hub in the accent colour), the
// borders and the picked regions: those that meet `area` of the viewport.
void paintRegions(const UiContext& ui, const MapData& map, const MapView& view,
                  const Rect& viewport, const MapPaint& paint, const Rect& area) {
    const Theme& t = ui.theme();
    ImDrawList& list = *ui.list;
    const ImU32 land = themeColor(mixColor(t.surface, t.text, 0.08f));
    for (const MapRegion& r : map.prefectures.regions)
        if (visible(r.bounds, view, viewport, area)) fillRegion(list, r, view, viewport, land);
    // Municipality borders only when they are big enough to see.
    const bool detailed = paint.municipalityBorders && view.pixelsPerKm > 0.9f;
    for (const MapRegion& r : map.municipalities.regions) {
        if (!visible(r.bounds, view, viewport, area)) continue;
        ImU32 color = 0;
        if (map.facts.hub.contains(r.code)) {
            color = themeColor(t.accent);
        } else if (auto it = paint.fill.find(r.code); it != paint.fill.end()) {
            auto alpha = paint.fillAlpha.find(r.code);
            const float a = alpha == paint.fillAlpha.end() ? 1.0f : alpha->second;
            if (a <= 0.01f) continue;
            color = themeColor(it->second, 0.9f * a);
        }
        if (color) fillRegion(list, r, view, viewport, color);
        if (detailed) outlineRegion(list, r, view, viewport, themeColor(t.background, 0.45f), 1.0f);
    }
    const ImU32 border = themeColor(t.background, 0.9f);
    for (const MapRegion& r : map.prefectures.regions)
        if (visible(r.bounds, view, viewport, area))
            outlineRegion(list, r, view, viewport, border, std::max(1.0f, ui.px(2)));
    for (const std::string& code : paint.picked)
        if (const MapRegion* r = map.municipalities.find(code))
            outlineRegion(list, *r, view, viewport, themeColor(t.text), std::max(1.5f, ui.px(3)));
}

// Where the hub's marker and arcs start: its anchor municipality's label point
// or, failing that, its prefecture's; unset when the pack has no hub.
std::optional<MapPoint> hubPoint(const MapData& map) {
    const MapHub& hub = map.facts.hub;
    if (hub.empty()) return std::nullopt;
    if (const MapRegion* anchor = map.municipalities.find(hub.anchor)) return anchor->label;
    if (const MapRegion* prefecture = map.prefectures.find(hub.prefecture + "000"))
        return prefecture->label;
    return std::nullopt;
}

// One arc from the hub to an association, bowed to one side so that arcs to
// neighbours stay apart, grown to `progress`.
void drawArc(const UiContext& ui, Point from, Point to, uint32_t color, float progress) {
    const Point mid{(from.x + to.x) * 0.5f, (from.y + to.y) * 0.5f};
    const float dx = to.x - from.x, dy = to.y - from.y;
    const Point control{mid.x - dy * 0.25f, mid.y + dx * 0.25f};
    const int segments = 32;
    std::vector<ImVec2> pts;
    for (int i = 0; i <= int(segments * progress); ++i) {
        const float s = float(i) / segments;
        const float u = 1 - s;
        pts.push_back(ImVec2(u * u * from.x + 2 * u * s * control.x + s * s * to.x,
                             u * u * from.y + 2 * u * s * control.y + s * s * to.y));
    }
    if (pts.size() >= 2)
        ui.list->AddPolyline(pts.data(), int(pts.size()), themeColor(color, 0.85f), 0,
                             std::max(1.5f, ui.px(3)));
    if (progress >= 1.0f) ui.list->AddCircleFilled(v(to), ui.px(7), themeColor(color));
}

// The hub: arcs reach out to every partner region shown, and its marker.
void paintHubArcs(const UiContext& ui, const MapData& map, const MapView& view,
                  const Rect& viewport, const MapPaint& paint, Point hubScreen) {
    for (const Association& a : ui.pack->associations) {
        auto it = paint.fillAlpha.find(a.members.empty() ? std::string() : a.members.front());
        if (it != paint.fillAlpha.end() && it->second <= 0.01f) continue;
        uint32_t color = 0;
        parseHexColor(a.color, color);
        drawArc(ui, hubScreen, view.toScreen(associationAnchor(map, a), viewport), color,
                std::clamp(paint.arcProgress, 0.0f, 1.0f));
    }
    const Theme& t = ui.theme();
    ui.list->AddCircleFilled(v(hubScreen), ui.px(12), themeColor(t.accent));
    ui.list->AddCircle(v(hubScreen), ui.px(18), themeColor(t.accent, 0.6f), 0, ui.px(3));
}

void paintPlaces(const UiContext& ui, const MapData& map, const MapView& view, const Rect& viewport,
                 const MapPaint& paint) {
    const Theme& t = ui.theme();
    for (const std::string& code : paint.places) {
        const MapRegion* r = map.municipalities.find(code);
        if (!r) r = map.prefectures.find(code);
        if (!r) continue;
        const Point p = view.toScreen(r->label, viewport);
        ui.list->AddCircleFilled(v(p), ui.px(10), themeColor(t.accent));
        ui.list->AddCircle(v(p), ui.px(16), themeColor(t.text), 0, ui.px(3));
    }
}

// Labels that do not collide: one that would overlap a label already placed,
// or leave the viewport, is left out.
class LabelPlacer {
  public:
    LabelPlacer(const UiContext& ui, const Rect& viewport) : ui_(ui), viewport_(viewport) {}

    void place(const std::string& text, Point at, ImU32 color) {
        const Theme& t = ui_.theme();
        ImFont* font = ui_.fonts->caption;
        const float w = textWidth(font, text), h = font->FontSize;
        PlacedLabel l{at.x - w * 0.5f - 4, at.y - h - ui_.px(14), at.x + w * 0.5f + 4,
                      at.y - ui_.px(10)};
        if (overlaps(placed_, l) || !viewport_.contains({l.x0, l.y0}) ||
            !viewport_.contains({l.x1, l.y1}))
            return;
        placed_.push_back(l);
        // A solid plate: the label reads at full contrast over any region's colour.
        ui_.list->AddRectFilled(ImVec2(l.x0 - 4, l.y0 - 2), ImVec2(l.x1 + 4, l.y1 + 2),
                                themeColor(t.background), ui_.px(6));
        ui_.list->AddText(font, font->FontSize, ImVec2(l.x0 + 4, l.y0), color, text.c_str());
        recordText(font, font->FontSize, ImVec2(l.x0 + 4, l.y0), text);
    }

  private:
    const UiContext& ui_;
    Rect viewport_;
    std::vector<PlacedLabel> placed_;
};

// The hub's label first, then each partner prefecture's once.
void paintLabels(const UiContext& ui, const MapData& map, const MapView& view, const Rect& viewport,
                 std::optional<Point> hubScreen) {
    LabelPlacer labels(ui, viewport);
    if (hubScreen) labels.place(ui.text("hub_label"), *hubScreen, themeColor(ui.theme().accent));
    std::vector<std::string> seen;
    for (const Association& a : ui.pack->associations) {
        const std::string pref = a.prefecture + "000";
        if (std::find(seen.begin(), seen.end(), pref) != seen.end()) continue;
        seen.push_back(pref);
        const MapRegion* r = map.prefectures.find(pref);
        const std::string name = ui.pack->placeName(a.prefecture, ui.language);
        if (r && !name.empty())
            labels.place(name, view.toScreen(associationAnchor(map, a), viewport),
                         themeColor(ui.theme().text));
    }
}

}  // namespace

namespace {

// Everything the regions' drawing depends on but the view: a map whose key
// stays the same while its view changes is moving, and may be drawn from a
// raster of itself.
uint64_t regionsKey(const UiContext& ui, const MapData& map, const MapPaint& paint) {
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    const auto add = [state](const void* data, size_t size) {
        XXH3_64bits_update(state, data, size);
    };
    const Theme& t = ui.theme();
    const uintptr_t mapAt = reinterpret_cast<uintptr_t>(&map);
    const uint32_t colors[] = {t.surface, t.text, t.background, t.accent};
    const float widths[] = {ui.px(2), ui.px(3)};
    const bool borders = paint.municipalityBorders;
    add(&mapAt, sizeof(mapAt));
    add(colors, sizeof(colors));
    add(widths, sizeof(widths));
    add(&borders, sizeof(borders));
    for (const auto& [code, color] : paint.fill) {
        add(code.data(), code.size() + 1);
        add(&color, sizeof(color));
    }
    for (const auto& [code, alpha] : paint.fillAlpha) {
        add(code.data(), code.size() + 1);
        add(&alpha, sizeof(alpha));
    }
    for (const std::string& code : paint.picked) add(code.data(), code.size() + 1);
    const uint64_t key = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return key;
}

uint64_t rasterKey(const MapRaster& raster) {
    const float view[3] = {raster.view.center.x, raster.view.center.y, raster.view.pixelsPerKm};
    const int size[2] = {raster.width, raster.height};
    return XXH3_64bits_withSeed(view, sizeof(view), XXH3_64bits(size, sizeof(size))) | 1;
}

// A moving map's next raster is drawn in this many strips, one or two a frame.
constexpr int kMapRasterStrips = 16;
// A map come to rest off its rasters draws its still picture in this many
// strips, one a frame, while a raster shows.
constexpr int kMapStillStrips = 8;

// The maps drawn, frame to frame. Render thread only.
MovingMaps& movingMaps() {
    static MovingMaps maps([] {
        MapRasterLimits limits;
        limits.strips = kMapRasterStrips;
        limits.stillStrips = kMapStillStrips;
        return limits;
    }());
    return maps;
}

// Draws `texture` (rows bottom up, premultiplied) over `at`: by the runs of
// its tiles that hold land when they are known, a third to a half of its
// pixels for the whole country, else as one quad.
void showTexture(ImDrawList& list, const LayerCache& cache, ImTextureID texture, const Rect& at,
                 const TileCoverage* tiles) {
    list.AddCallback(cache.premultipliedBlending(), nullptr);
    if (tiles)
        addTextureRuns(list, texture, at, *tiles);
    else
        list.AddImage(texture, ImVec2(at.x, at.y), ImVec2(at.right(), at.bottom()), ImVec2(0, 1),
                      ImVec2(1, 0));
    list.AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

// The tiles each map texture's drawing reaches, known by the texture's owner
// and key as the layer cache knows the texture: marked as its strips are
// rendered, used while it is shown. Render thread only.
class TextureTiles {
  public:
    // The tiles of the owner's texture, starting afresh when it is to hold
    // another key or size.
    TileCoverage& drawing(uint64_t owner, uint64_t key, int width, int height) {
        Kept& kept = find(owner);
        if (kept.key != key || kept.tiles.width() != width || kept.tiles.height() != height) {
            kept.key = key;
            kept.tiles = TileCoverage(width, height, kTile);
        }
        return kept.tiles;
    }
    // Keeps the owner's tiles through this frame, as its texture is kept.
    void keep(uint64_t owner) { find(owner); }
    // The tiles of the owner's texture holding `key`; null when they were not
    // marked as it was drawn (its first strip was drawn before they were kept).
    const TileCoverage* held(uint64_t owner, uint64_t key) {
        Kept& kept = find(owner);
        return kept.key == key ? &kept.tiles : nullptr;
    }

  private:
    // Small enough to follow a coast, large enough that a row of the country
    // is a few quads.
    static constexpr int kTile = 32;
    struct Kept {
        uint64_t owner = 0, key = 0;
        TileCoverage tiles;
        uint64_t frame = 0;
    };
    Kept& find(uint64_t owner) {
        const uint64_t frame = uint64_t(ImGui::GetFrameCount());
        Kept* kept = keptFor(kept_, owner);
        if (!kept) {
            // Only for an owner not known yet: looking a known one up moves no
            // entry, nor the tiles drawing() handed out.
            forgetMapsNotDrawnLately(kept_, frame);
            kept = &kept_.emplace_back(Kept{owner, 0, {}, frame});
        }
        kept->frame = frame;
        return *kept;
    }
    std::vector<Kept> kept_;
};

TextureTiles& textureTiles() {
    static TextureTiles tiles;
    return tiles;
}

// The keyed textures of a map: its two rasters (slots 0 and 1) and its
// picture as it stands still.
constexpr int kStillSlot = 2;

// The regions, the map's cost (tens of thousands of vertices). While the
// map stands still they are a picture kept from frame to frame; while its
// view pans and zooms, a larger picture of them shifted and scaled, the next
// one drawn ahead a strip a frame (MovingMaps); drawn from their triangles
// while their drawing changes, and for the first frames of a move.
void drawRegions(const UiContext& ui, const MapData& map, const MapView& view, const Rect& viewport,
                 const MapPaint& paint) {
    const auto regionsAt = [&](const MapView& at) {
        return [&, at](ImDrawList& list, const Rect& box, const Rect& area) {
            UiContext into = ui;
            into.list = &list;
            paintRegions(into, map, at, box, paint, area);
        };
    };
    LayerCache* cache = layerCache();
    if (!cache) {
        regionsAt(view)(*ui.list, viewport, viewport);
        return;
    }
    const MapDrawingPlan plan =
        movingMaps().plan(uint64_t(ImGui::GetFrameCount()), regionsKey(ui, map, paint), view,
                          viewport, insideStillLayer(), paint.heading);
    const auto owner = [&plan](int slot) { return plan.owner ^ uint64_t(slot + 1) << 1; };
    if (plan.work) {  // a strip or two of the next raster, never the one shown
        const MapRasterWork& work = *plan.work;
        KeyedRender how;
        how.width = work.raster.width;
        how.height = work.raster.height;
        how.top = rasterStrip(how.height, work.from, kMapRasterStrips).top;
        how.bottom = rasterStrip(how.height, work.to - 1, kMapRasterStrips).bottom;
        const uint64_t key = rasterKey(work.raster);
        renderKeyedLayer(*cache, owner(work.slot), key, how,
                         Rect{0, 0, float(how.width), float(how.height)},
                         regionsAt(work.raster.view),
                         &textureTiles().drawing(owner(work.slot), key, how.width, how.height));
    }
    if (plan.reserve) {
        const MapRaster& r = plan.rasters[*plan.reserve];
        cache->keyedReserve(owner(*plan.reserve), r.width, r.height);
    }
    // Every texture the map has is kept through the frame, shown or not: a
    // map that stops or moves again finds them made.
    ImTextureID raster = nullptr;
    for (int slot = 0; slot < 2; ++slot) {
        const MapRaster& r = plan.rasters[slot];
        if (r.width <= 0) continue;
        const ImTextureID held = cache->keyedHeld(owner(slot), rasterKey(r), r.width, r.height);
        textureTiles().keep(owner(slot));
        if (slot == plan.shown) raster = held;
    }
    MapRaster still;
    still.view = view;
    still.width = int(std::ceil(viewport.w));
    still.height = int(std::ceil(viewport.h));
    const uint64_t stillKey = rasterKey(still);
    // Strips [from, to) of the still picture, shown as it is (texel for texel).
    const auto renderStill = [&](int from, int to) {
        KeyedRender how;
        how.width = still.width;
        how.height = still.height;
        how.top = rasterStrip(how.height, from, kMapStillStrips).top;
        how.bottom = rasterStrip(how.height, to - 1, kMapStillStrips).bottom;
        how.shown = plan.how == MapDrawing::Settled;
        how.scaled = false;
        return renderKeyedLayer(
            *cache, owner(kStillSlot), stillKey, how, Rect{0, 0, viewport.w, viewport.h},
            regionsAt(view),
            &textureTiles().drawing(owner(kStillSlot), stillKey, how.width, how.height));
    };
    ImTextureID picture = nullptr;
    if (plan.stillWork) {  // strips of the still picture, or all of it
        picture = renderStill(plan.stillWork->from, plan.stillWork->to);
    } else {
        picture = cache->keyedHeld(owner(kStillSlot), stillKey, still.width, still.height);
        textureTiles().keep(owner(kStillSlot));  // with its texture, for when it shows again
    }
    if (plan.how == MapDrawing::ShowRaster) {
        // A raster, or the still picture the move started from.
        const bool onStill = plan.shown == kStillPicture;
        const MapRaster& shown = onStill ? plan.still : plan.rasters[plan.shown];
        const uint64_t shownOwner = owner(onStill ? kStillSlot : plan.shown);
        const uint64_t shownKey = rasterKey(shown);
        if (onStill) raster = cache->keyedHeld(shownOwner, shownKey, shown.width, shown.height);
        if (raster) {
            // Shifted but not scaled (a drag): texel for texel.
            cache->keyedSampling(shownOwner, view.pixelsPerKm != shown.view.pixelsPerKm);
            showTexture(*ui.list, *cache, raster, plan.placed,
                        textureTiles().held(shownOwner, shownKey));
            return;
        }
    }
    if (plan.how == MapDrawing::Settled) {
        // Shown scaled as a move began, it is texel for texel again.
        cache->keyedSampling(owner(kStillSlot), false);
        // Drawn as it is, texel for texel, once it has stood still a frame
        // (and drawn now if the cache let it go).
        if (!picture) picture = renderStill(0, kMapStillStrips);
        if (picture) {
            showTexture(*ui.list, *cache, picture, viewport,
                        textureTiles().held(owner(kStillSlot), stillKey));
            return;
        }
    }
    regionsAt(view)(*ui.list, viewport, viewport);
}

}  // namespace

bool mapsFinishing() {
    return movingMaps().finishing(uint64_t(ImGui::GetFrameCount()));
}

void paintMap(const UiContext& ui, const MapData& map, const MapView& view, const Rect& viewport,
              const MapPaint& paint) {
    ui.list->PushClipRect(ImVec2(viewport.x, viewport.y),
                          ImVec2(viewport.right(), viewport.bottom()), true);
    drawRegions(ui, map, view, viewport, paint);
    std::optional<Point> hubScreen;
    if (const std::optional<MapPoint> hub = hubPoint(map))
        hubScreen = view.toScreen(*hub, viewport);
    if (paint.hubArcs && hubScreen) paintHubArcs(ui, map, view, viewport, paint, *hubScreen);
    paintPlaces(ui, map, view, viewport, paint);
    if (paint.labels) paintLabels(ui, map, view, viewport, hubScreen);
    ui.list->PopClipRect();
}

}  // namespace kiosk::ui
