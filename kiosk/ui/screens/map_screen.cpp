#include "screens/map_screen.hpp"

#include <algorithm>
#include <cmath>

#include "paint.hpp"
#include "speech/utterance.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
constexpr double kRevealSeconds = 2.5;  // members of a selected association light up over this time

struct MapLayout {
    Rect viewport;  // the map itself
    Rect panel;     // legend, or the selected association's members
};

// The panel goes below the map on a portrait screen and beside it on a
// landscape one; both stay inside ui.area wherever the shell's bars are.
MapLayout mapLayout(const UiContext& ui) {
    const Rect& a = ui.area;
    const float margin = ui.margin(), gutter = ui.gutter();
    if (ui.portrait()) {
        const float panelH = std::round(a.h * 0.4f);
        const Rect panel{a.x + margin, a.bottom() - gutter - panelH, a.w - 2 * margin, panelH};
        return {Rect{a.x, a.y, a.w, panel.y - gutter - a.y}, panel};
    }
    const float panelW = std::round(std::clamp(a.w * 0.32f, ui.px(480), ui.px(640)));
    const Rect panel{a.right() - margin - panelW, a.y + gutter, panelW, a.h - 2 * gutter};
    return {Rect{a.x, a.y, panel.x - gutter - a.x, a.h}, panel};
}

// Sizes in whole pixels: a screen sliding in moves the viewport by fractions
// of a pixel, which must not count as a new size.
bool sameSize(const Rect& a, const Rect& b) {
    return std::fabs(a.w - b.w) < 0.5f && std::fabs(a.h - b.h) < 0.5f;
}
}  // namespace

void MapScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    panel_.resetScroll();
    selected_ = param;
    pickedCode_.clear();
    selectedAt_ = now;
    pendingParamSelection_ = !param.empty();
    fitted_ = false;  // each visit starts from the whole country, whatever the last one left
}

void MapScreen::reset() {
    panel_.resetScroll();
    fitted_ = false;
    selected_.clear();
    pickedCode_.clear();
}

bool MapScreen::animating(double now) const {
    return Screen::animating(now) || panel_.animating() || camera_.animating() ||
           (!selected_.empty() && now - selectedAt_ < kRevealSeconds + 0.1);
}

std::vector<std::string> MapScreen::headingParts(const UiContext& ui) const {
    if (const Association* a = ui.pack->findAssociation(selected_)) return {ui.in(a->name)};
    return {};
}

bool MapScreen::stepBack() {
    if (selected_.empty()) return false;
    showAll();
    return true;
}

void MapScreen::showAll() {
    selected_.clear();
    pickedCode_.clear();
    pendingParamSelection_ = false;
    panel_.resetScroll();
    camera_.reset();
}

void MapScreen::select(const std::string& id, const UiContext& ui, const MapData& map) {
    selected_ = id;
    selectedAt_ = ui.now;
    panel_.resetScroll();
    const Association* a = ui.pack->findAssociation(id);
    if (!a) return;
    const std::optional<MapBox> box = boundsOf(map.municipalities, a->members);
    if (box && box->minX < box->maxX) camera_.showBox(*box);
}

void MapScreen::placeCamera(const MapData& map, const Rect& viewport) {
    if (fitted_ && sameSize(viewport, fittedViewport_)) {
        camera_.moveViewport(viewport);
        return;
    }
    camera_.fit(mainlandBounds(map), viewport);
    fittedViewport_ = viewport;
    fitted_ = true;
    // A new shape of screen frames the selection again rather than dropping it.
    if (!selected_.empty()) pendingParamSelection_ = true;
}

void MapScreen::handleMapTouch(const UiContext& ui, const MapData& map, const Rect& viewport) {
    recordTarget(ui, viewport, ui.text("map"));  // a tap picks the place under the finger
    if (!ui.touch) return;
    const TouchFrame& touch = *ui.touch;
    if ((touch.dragging || touch.dragEnded) && viewport.contains(touch.pressStart))
        camera_.panBy(touch.dragDelta);
    if (touch.doubleTap && viewport.contains(*touch.doubleTap)) {
        camera_.zoomAt(*touch.doubleTap, 2.0f);
        return;
    }
    if (touch.tap && viewport.contains(*touch.tap)) {
        const MapPoint at = camera_.view().toMap(*touch.tap, viewport);
        const MapRegion* region = regionAt(map.municipalities, at);
        if (!region) return;
        pickedCode_ = region->code;
        for (const Association& a : ui.pack->associations)
            if (std::find(a.members.begin(), a.members.end(), region->code) != a.members.end()) {
                if (a.id != selected_) select(a.id, ui, map);
                return;
            }
    }
}

Intent MapScreen::drawContent(const UiContext& ui) {
    const MapData* map = ui.pack->map.get();
    if (!map) return drawList(ui);
    const MapLayout layout = mapLayout(ui);
    const Rect& viewport = layout.viewport;
    placeCamera(*map, viewport);
    if (pendingParamSelection_) {
        pendingParamSelection_ = false;
        select(selected_, ui, *map);
    }
    handleMapTouch(ui, *map, viewport);
    camera_.advance(ui.motionStep());
    MapPaint paint = selectionPaint(ui);
    if (camera_.animating()) paint.heading = camera_.target();
    paintMap(ui, *map, camera_.view(), viewport, paint);
    drawMapControls(ui, viewport);
    const MapPanelChoice choice =
        panel_.draw(ui, layout.panel, ui.pack->findAssociation(selected_), pickedCode_);
    if (choice.showAll) showAll();
    if (!choice.select.empty()) select(choice.select, ui, *map);
    return {};
}

MapPaint MapScreen::selectionPaint(const UiContext& ui) {
    if (basePaintPack_ != ui.pack) {
        basePaint_ = partnerPaint(*ui.pack);
        basePaintPack_ = ui.pack;
    }
    MapPaint paint = basePaint_;
    if (const Association* sel = ui.pack->findAssociation(selected_)) {
        // Members of the selection light up one by one; the rest fade back.
        for (auto& [code, alpha] : paint.fill) paint.fillAlpha[code] = 0.25f;
        const double shown = (ui.now - selectedAt_) / kRevealSeconds;
        for (size_t i = 0; i < sel->members.size(); ++i) {
            const float reveal =
                float(std::clamp(shown * sel->members.size() - double(i), 0.0, 1.0));
            paint.fillAlpha[sel->members[i]] = 0.25f + 0.75f * reveal;
        }
        paint.hubArcs = true;
    }
    if (!pickedCode_.empty()) paint.picked.push_back(pickedCode_);
    return paint;
}

// Zoom buttons and the whole-country button at the map's lower left, and the
// credit line the boundary data asks for at its lower right, on a plate so
// that it reads over whatever part of the map lies under it.
void MapScreen::drawMapControls(const UiContext& ui, const Rect& viewport) {
    const float margin = ui.gutter();
    const float b = ui.px(80), gap = ui.px(12);
    const Rect plus{viewport.x + margin, viewport.bottom() - margin - 3 * b - 2 * gap, b, b};
    const Rect minus{plus.x, plus.bottom() + gap, b, b};
    const Rect whole{plus.x, minus.bottom() + gap, b, b};
    if (button(ui, plus, "+", ButtonStyle::Surface, Icon::None, ui.text("zoom_in")))
        camera_.zoomAt(viewport.center(), 2.0f);
    if (button(ui, minus, "−", ButtonStyle::Surface, Icon::None, ui.text("zoom_out")))
        camera_.zoomAt(viewport.center(), 0.5f);
    if (button(ui, whole, "", ButtonStyle::Surface, Icon::FitExtent, ui.text("whole_map")))
        camera_.reset();
    const std::string& credit = ui.pack->manifest.credit.ja;
    ImFont* font = ui.fonts->caption;
    const float left = whole.right() + margin, maxW = viewport.right() - margin - left;
    const LaidOutText lines = layoutWith(ui, font, credit, maxW);
    float w = 0;
    for (float lw : lines.widths) w = std::max(w, lw);
    const float h = lineHeight(font, 1.3f) * float(lines.lines.size());
    const float pad = ui.px(8);
    const float x = viewport.right() - margin - w, y = viewport.bottom() - margin - h;
    ui.list->AddRectFilled(v(x - pad, y - pad), v(x + w + pad, y + h + pad),
                           themeColor(ui.theme().background), ui.px(6));
    drawLaidOut(*ui.list, font, lines, x, y, themeColor(ui.theme().muted), 1.3f);
}

// Without map data: the heading, then the same panel as beside the map, on
// the layout grid at a readable width.
Intent MapScreen::drawList(const UiContext& ui) {
    const Rect& a = ui.area;
    const float x = a.x + ui.margin(), w = std::min(a.w - 2 * ui.margin(), ui.measure());
    float y = a.y + ui.gutter();
    y += drawWrapped(ui, ui.fonts->title, ui.text("map_heading"), x, y, w,
                     themeColor(ui.theme().text), 0, 1.3f) +
         ui.gutter();
    const MapPanelChoice choice = panel_.draw(ui, Rect{x, y, w, a.bottom() - ui.gutter() - y},
                                              ui.pack->findAssociation(selected_), {});
    if (choice.showAll) showAll();
    if (!choice.select.empty()) {
        selected_ = choice.select;
        selectedAt_ = ui.now;
        panel_.resetScroll();
    }
    return {};
}

// The association chosen, its members line and the place tapped; with none
// chosen, the prompt and the associations to choose from.
std::vector<std::string> MapScreen::spokenContent(const UiContext& ui) const {
    const Association* as = selected_.empty() ? nullptr : ui.pack->findAssociation(selected_);
    if (!as) {
        std::vector<std::string> texts = {ui.text("map_prompt")};
        for (const Association& a : ui.pack->associations) texts.push_back(ui.in(a.name));
        return texts;
    }
    std::vector<std::string> texts = {ui.in(as->name)};
    const auto members =
        templatePieces(ui.text("members_count"), {{"n", std::to_string(as->members.size())}});
    texts.insert(texts.end(), members.begin(), members.end());
    if (ui.pack->findMunicipality(pickedCode_))
        for (const std::string& part : ui.pack->placeWithPrefecture(pickedCode_, ui.language))
            texts.push_back(part);
    return texts;
}

}  // namespace kiosk::ui
