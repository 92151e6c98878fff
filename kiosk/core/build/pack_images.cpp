#include "build/pack_images.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>

#include "build/raster_canvas.hpp"
#include "content/section_readers.hpp"
#include "geo/map_view.hpp"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kWhite = 0xFFFFFF;

// Map kilometres to canvas pixels: `box` centred in the canvas rectangle
// (left, top, width, height).
struct CanvasTransform {
    MapPoint center;
    float scale = 1.0f;
    CanvasPoint middle;

    static CanvasTransform fit(const MapBox& box, float left, float top, float width,
                               float height) {
        CanvasTransform t;
        t.center = {(box.minX + box.maxX) * 0.5f, (box.minY + box.maxY) * 0.5f};
        t.scale =
            std::min(width / std::max(box.width(), 1e-3f), height / std::max(box.height(), 1e-3f));
        t.middle = {left + width * 0.5f, top + height * 0.5f};
        return t;
    }
    CanvasPoint at(MapPoint p) const {
        return {middle.x + (p.x - center.x) * scale, middle.y + (p.y - center.y) * scale};
    }
};

void addArea(CoverageMask& mask, const MapRegion& region, const CanvasTransform& t) {
    std::vector<CanvasPoint> points;
    for (const auto& ring : region.rings)
        for (const MapPoint& p : ring) points.push_back(t.at(p));
    for (size_t i = 0; i + 2 < region.triangles.size(); i += 3) {
        const uint32_t a = region.triangles[i], b = region.triangles[i + 1],
                       c = region.triangles[i + 2];
        if (a < points.size() && b < points.size() && c < points.size())
            mask.addTriangle(points[a], points[b], points[c]);
    }
}

void addOutline(CoverageMask& mask, const MapRegion& region, const CanvasTransform& t,
                float thickness) {
    for (const auto& ring : region.rings)
        for (size_t i = 0; i < ring.size(); ++i)
            mask.addLine(t.at(ring[i]), t.at(ring[(i + 1) % ring.size()]), thickness);
}

// The map region of a code: a prefecture (PP000) or a municipality.
const MapRegion* regionOf(const MapData& map, const std::string& code) {
    if (code.size() == 5 && code.compare(2, 3, "000") == 0) return map.prefectures.find(code);
    return map.municipalities.find(code);
}

uint32_t colorOf(const Association& a) {
    uint32_t rgb = 0x888888;
    parseHexColor(a.color, rgb);
    return rgb;
}

bool writePng(const std::string& png, const fs::path& root, const std::string& path,
              GeneratedImages& out, ProblemList& problems) {
    fs::create_directories((root / path).parent_path());
    std::ofstream file(root / path, std::ios::binary);
    file << png;
    if (png.empty() || !file) {
        problems.error(path, "", "cannot write the generated picture");
        return false;
    }
    out.paths.push_back(path);
    out.bytes += png.size();
    return true;
}

bool drawSilhouette(const Association& a, const MapData& map, const Theme& theme,
                    const fs::path& root, const PackImageOptions& options, GeneratedImages& out,
                    ProblemList& problems) {
    const MapRegion* prefecture = map.prefectures.find(a.prefecture + "000");
    if (!prefecture) {
        problems.warning("partners.json", "",
                         a.id + ": the map has no prefecture " + a.prefecture + "; no silhouette");
        return true;
    }
    const MapBox& box = prefecture->bounds;
    const float longer = std::max(box.width(), box.height());
    const float margin = 0.04f * float(options.silhouetteSide);
    const float inner = float(options.silhouetteSide) - 2 * margin;
    const int width = std::max(1, int(std::ceil(box.width() / longer * inner + 2 * margin)));
    const int height = std::max(1, int(std::ceil(box.height() / longer * inner + 2 * margin)));
    const CanvasTransform t = CanvasTransform::fit(box, margin, margin, float(width) - 2 * margin,
                                                   float(height) - 2 * margin);
    RasterCanvas canvas(width, height);  // transparent: it sits on any card
    CoverageMask mask(width, height);
    addArea(mask, *prefecture, t);
    canvas.paint(mask, kWhite, 0.16f);

    mask.clear();
    for (const auto& code : a.members)
        if (const MapRegion* r = map.municipalities.find(code)) addArea(mask, *r, t);
    canvas.paint(mask, colorOf(a));

    // Municipal borders in the card's colour, so each member reads as a place.
    mask.clear();
    const std::string prefix = a.prefecture;
    for (const MapRegion& r : map.municipalities.regions)
        if (r.code.compare(0, 2, prefix) == 0) addOutline(mask, r, t, 1.0f);
    canvas.paint(mask, theme.surface, 0.8f);
    mask.clear();
    addOutline(mask, *prefecture, t, 1.6f);
    canvas.paint(mask, kWhite, 0.55f);

    const std::string path = "images/partners/" + a.id + ".png";
    if (!writePng(canvas.encodePng(), root, path, out, problems)) return false;
    out.associations[a.id] = path;
    return true;
}

// The middle of what a title card lights for `e` (its places and its
// associations' members), as fractions of the card. The hub, which every card
// lights, counts only when the event names no other place (a ward's own
// event); Japan's middle when it lights nothing.
PictureFocus cardFocus(const Event& e, const Pack& pack, const MapData& map,
                       const CanvasTransform& t, float w, float h) {
    const std::vector<std::string>& hub = map.facts.hub.municipalities;
    auto inHub = [&](const std::string& code) {
        return std::find(hub.begin(), hub.end(), code) != hub.end();
    };
    std::vector<const MapRegion*> lit, hubLit;
    for (const auto& code : e.places)
        if (const MapRegion* r = regionOf(map, code)) (inHub(code) ? hubLit : lit).push_back(r);
    for (const auto& id : e.associations)
        if (const Association* a = pack.findAssociation(id))
            for (const auto& code : a->members)
                if (const MapRegion* r = map.municipalities.find(code)) lit.push_back(r);
    if (lit.empty()) lit = hubLit;
    MapBox box = mainlandBounds(map);
    if (!lit.empty()) {
        box = lit.front()->bounds;
        for (const MapRegion* r : lit) {
            box.minX = std::min(box.minX, r->bounds.minX);
            box.minY = std::min(box.minY, r->bounds.minY);
            box.maxX = std::max(box.maxX, r->bounds.maxX);
            box.maxY = std::max(box.maxY, r->bounds.maxY);
        }
    }
    const CanvasPoint middle = t.at({(box.minX + box.maxX) * 0.5f, (box.minY + box.maxY) * 0.5f});
    return {std::clamp(middle.x / w, 0.0f, 1.0f), std::clamp(middle.y / h, 0.0f, 1.0f)};
}

bool drawEventCard(const Event& e, const Pack& pack, const MapData& map, const fs::path& root,
                   const PackImageOptions& options, GeneratedImages& out, ProblemList& problems) {
    const Theme& theme = pack.theme;
    const float w = float(options.cardWidth), h = float(options.cardHeight);
    RasterCanvas canvas(options.cardWidth, options.cardHeight);
    canvas.fillVertical(theme.background, theme.surface);
    // Japan on the right; the slide's text goes on the left.
    const CanvasTransform t =
        CanvasTransform::fit(mainlandBounds(map), w * 0.40f, h * 0.05f, w * 0.56f, h * 0.90f);
    CoverageMask mask(options.cardWidth, options.cardHeight);
    for (const MapRegion& r : map.prefectures.regions) addArea(mask, r, t);
    canvas.paint(mask, kWhite, 0.10f);

    // Every partner faintly, for context; then the event's own places and partners.
    for (const Association& a : pack.associations) {
        mask.clear();
        for (const auto& code : a.members)
            if (const MapRegion* r = map.municipalities.find(code)) addArea(mask, *r, t);
        canvas.paint(mask, colorOf(a), 0.28f);
    }
    // Places lit in the accent colour; a whole prefecture only where none of the
    // event's associations already stands for it (their members show instead).
    std::set<std::string> associationPrefectures;
    for (const auto& id : e.associations)
        if (const Association* a = pack.findAssociation(id))
            associationPrefectures.insert(a->prefecture + "000");
    mask.clear();
    for (const auto& code : e.places)
        if (!associationPrefectures.count(code))
            if (const MapRegion* r = regionOf(map, code)) addArea(mask, *r, t);
    canvas.paint(mask, theme.accent, 0.55f);
    for (const auto& id : e.associations) {
        const Association* a = pack.findAssociation(id);
        if (!a) continue;
        mask.clear();
        for (const auto& code : a->members)
            if (const MapRegion* r = map.municipalities.find(code)) addArea(mask, *r, t);
        canvas.paint(mask, colorOf(*a));
    }
    // The hub every partnership connects to.
    mask.clear();
    for (const std::string& code : map.facts.hub.municipalities)
        if (const MapRegion* r = map.municipalities.find(code)) addArea(mask, *r, t);
    canvas.paint(mask, theme.accent);

    mask.clear();
    for (const MapRegion& r : map.prefectures.regions) addOutline(mask, r, t, 1.0f);
    canvas.paint(mask, kWhite, 0.30f);

    out.eventFocus[e.id] = cardFocus(e, pack, map, t, w, h);
    std::string png = canvas.encodePng();
    if (const auto same = out.cardsByContent.find(png); same != out.cardsByContent.end()) {
        out.events[e.id] = same->second;
        return true;
    }
    const std::string path = "images/events/" + e.id + ".png";
    if (!writePng(png, root, path, out, problems)) return false;
    out.events[e.id] = path;
    out.cardsByContent.emplace(std::move(png), path);
    return true;
}

}  // namespace

bool generatePackImages(const Pack& pack, const MapData& map, const fs::path& root,
                        const PackImageOptions& options, GeneratedImages& out,
                        ProblemList& problems) {
    for (const Association& a : pack.associations)
        if (a.image.empty() && !drawSilhouette(a, map, pack.theme, root, options, out, problems))
            return false;
    for (const Event& e : pack.events)
        if (e.highlight && e.image.empty() &&
            !drawEventCard(e, pack, map, root, options, out, problems))
            return false;
    return true;
}

}  // namespace kiosk
