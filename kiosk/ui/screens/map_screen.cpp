#include "screens/map_screen.hpp"

#include <algorithm>
#include <cmath>

#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "paint.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
constexpr double kRevealSeconds = 2.5;  // members of a selected association light up over this time

// One legend entry: colour, name (shortened with … when long) and member count.
bool legendRow(const UiContext& ui, const Rect& r, const Association& as) {
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                           themeColor(pressed ? mixColor(t.surface, t.text, 0.2f)
                                              : mixColor(t.surface, t.background, 0.3f)),
                           r.h * 0.5f);
    uint32_t color = 0;
    parseHexColor(as.color, color);
    ui.list->AddCircleFilled(v(r.x + ui.px(30), r.y + r.h * 0.5f), ui.px(11), themeColor(color));
    const std::string count =
        fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}});
    ImFont* font = ui.fonts->caption;
    const float countW = textWidth(font, count);
    ui.list->AddText(font, font->FontSize,
                     v(r.right() - ui.px(24) - countW, r.y + (r.h - font->FontSize) * 0.5f),
                     themeColor(t.accent), count.c_str());
    const float nameX = r.x + ui.px(56);
    drawWrapped(ui, font, ui.in(as.name), nameX, r.y + (r.h - lineHeight(font, 1.2f)) * 0.5f,
                r.right() - ui.px(40) - countW - nameX, themeColor(t.text), 1, 1.2f);
    return ui.touch && ui.touch->tappedIn(r);
}

struct MapLayout {
    Rect viewport;  // the map itself
    Rect panel;     // legend, or the selected association's members
};

// The panel goes below the map on a portrait screen and beside it on a landscape one.
MapLayout mapLayout(const UiContext& ui, float margin) {
    const Rect& a = ui.area;
    const bool portrait = ui.portrait();
    const float panelW = portrait ? a.w - 2 * margin : ui.px(560);
    const float panelH = portrait ? a.h * 0.38f : a.h - margin;
    const Rect panel = portrait
                           ? Rect{a.x + margin, a.bottom() - panelH - margin * 0.5f, panelW, panelH}
                           : Rect{a.right() - margin - panelW, a.y, panelW, panelH};
    const Rect viewport = portrait ? Rect{a.x, a.y, a.w, panel.y - a.y - margin}
                                   : Rect{a.x, a.y - margin, panel.x - a.x - margin, a.h + margin};
    return {viewport, panel};
}
}  // namespace

void MapScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    scroll_.reset();
    selected_ = param;
    pickedCode_.clear();
    selectedAt_ = now;
    pendingParamSelection_ = !param.empty();
}

void MapScreen::reset() {
    scroll_.reset();
    fitted_ = false;
    selected_.clear();
    pickedCode_.clear();
}

bool MapScreen::animating(double now) const {
    return Screen::animating(now) || scroll_.scroll().animating() || camera_.animating() ||
           (!selected_.empty() && now - selectedAt_ < kRevealSeconds + 0.1);
}

void MapScreen::select(const std::string& id, const UiContext& ui, const MapData& map) {
    selected_ = id;
    selectedAt_ = ui.now;
    scroll_.reset();
    const Association* a = ui.pack->findAssociation(id);
    if (!a) return;
    const std::optional<MapBox> box = boundsOf(map.municipalities, a->members);
    if (box && box->minX < box->maxX) camera_.showBox(*box);
}

void MapScreen::handleMapTouch(const UiContext& ui, const MapData& map, const Rect& viewport) {
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

float MapScreen::drawAssociation(const UiContext& ui, const Association& as, float x, float y,
                                 float w) {
    const Theme& t = ui.theme();
    const float top = y;
    uint32_t color = 0;
    parseHexColor(as.color, color);
    ui.list->AddRectFilled(v(x, y), v(x + ui.px(12), y + ui.fonts->title->FontSize * 1.3f),
                           themeColor(color), ui.px(4));
    y += drawWrapped(ui, ui.fonts->title, ui.in(as.name), x + ui.px(28), y, w - ui.px(28),
                     themeColor(t.text), 0, 1.3f);
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = as.agreementDate;
    const std::string line = fillTemplate(
        ui.text("agreement_line"),
        {{"date", formatEventDate(date, ui.language)}, {"n", std::to_string(as.members.size())}});
    y += drawWrapped(ui, ui.fonts->body, line, x, y + ui.px(6), w, themeColor(t.accent), 0, 1.45f) +
         ui.px(16);
    std::string names;
    const std::string separator = ui.language == Language::Japanese ? "・" : ", ";
    for (const std::string& code : as.members) {
        const Municipality* m = ui.pack->findMunicipality(code);
        names += (names.empty() ? "" : separator) + (m ? m->name : code);
    }
    y += drawWrapped(ui, ui.fonts->caption, names, x, y, w, themeColor(t.text), 0, 1.6f);
    return y - top;
}

void MapScreen::drawLegendAndPanel(const UiContext& ui, const Rect& panel) {
    const Theme& t = ui.theme();
    ui.list->AddRectFilled(v(panel.x, panel.y), v(panel.right(), panel.bottom()),
                           themeColor(t.surface, 0.92f), ui.px(20));
    const Rect inner = panel.inset(ui.px(24));
    scroll_.update(ui.touch, inner, ui.dt);
    const float top = inner.y - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(v(inner.x, inner.y), v(inner.right(), inner.bottom()), true);
    if (const Association* a = ui.pack->findAssociation(selected_)) {
        if (button(ui, Rect{inner.x, y, std::min(inner.w, ui.px(260)), ui.px(64)},
                   ui.text("all_partners"), ButtonStyle::Surface, Icon::ChevronLeft) &&
            !scroll_.held()) {
            selected_.clear();
            pickedCode_.clear();
            camera_.reset();
        }
        y += ui.px(84);
        if (!pickedCode_.empty())
            if (const Municipality* m = ui.pack->findMunicipality(pickedCode_))
                y += drawWrapped(ui, ui.fonts->body, m->prefecture + " " + m->name, inner.x, y,
                                 inner.w, themeColor(t.accent), 0, 1.4f) +
                     ui.px(8);
        if (a) y += drawAssociation(ui, *a, inner.x, y, inner.w);
    } else {
        y += drawWrapped(ui, ui.fonts->body, ui.text("map_prompt"), inner.x, y, inner.w,
                         themeColor(t.muted), 0, 1.4f) +
             ui.px(12);
        for (const Association& as : ui.pack->associations) {
            if (legendRow(ui, Rect{inner.x, y, inner.w, ui.px(68)}, as) && !scroll_.held()) {
                selected_ = as.id;
                selectedAt_ = ui.now;
                pendingParamSelection_ = true;
            }
            y += ui.px(76);
        }
    }
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(y - top, inner.h);
}

Intent MapScreen::drawContent(const UiContext& ui) {
    const MapData* map = ui.pack->map.get();
    if (!map) return drawList(ui);
    const float margin = ui.px(24);
    const MapLayout layout = mapLayout(ui, margin);
    const Rect& viewport = layout.viewport;
    if (!fitted_ || viewport.w != fittedViewport_.w || viewport.h != fittedViewport_.h) {
        camera_.fit(mainlandBounds(*map), viewport);
        fittedViewport_ = viewport;
        fitted_ = true;
    }
    if (pendingParamSelection_) {
        pendingParamSelection_ = false;
        select(selected_, ui, *map);
    }
    handleMapTouch(ui, *map, viewport);
    camera_.advance(ui.dt);
    paintMap(ui, *map, camera_.view(), viewport, selectionPaint(ui));
    drawZoomButtonsAndCredit(ui, viewport, margin);
    drawLegendAndPanel(ui, layout.panel);
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

// Zoom buttons and the credit line the boundary data asks for.
void MapScreen::drawZoomButtonsAndCredit(const UiContext& ui, const Rect& viewport, float margin) {
    const float b = ui.px(80), gap = ui.px(12);
    const Rect plus{viewport.x + margin, viewport.bottom() - margin - 3 * b - 2 * gap, b, b};
    const Rect minus{plus.x, plus.bottom() + gap, b, b};
    const Rect home{plus.x, minus.bottom() + gap, b, b};
    if (button(ui, plus, "+", ButtonStyle::Surface)) camera_.zoomAt(viewport.center(), 2.0f);
    if (button(ui, minus, "−", ButtonStyle::Surface)) camera_.zoomAt(viewport.center(), 0.5f);
    if (button(ui, home, "", ButtonStyle::Surface, Icon::Home)) camera_.reset();
    const std::string& credit = ui.pack->manifest.credit.ja;
    const float cw = textWidth(ui.fonts->caption, credit);
    ui.list->AddText(
        ui.fonts->caption, ui.fonts->caption->FontSize,
        v(viewport.right() - cw - margin, viewport.bottom() - margin - ui.fonts->caption->FontSize),
        themeColor(ui.theme().muted), credit.c_str());
}

Intent MapScreen::drawList(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Rect& a = ui.area;
    Intent intent;
    scroll_.update(ui.touch, a, ui.dt);
    const float margin = ui.px(56);
    const float w = a.w - 2 * margin;
    const float top = a.y - float(scroll_.scroll().offset());
    float y = top;
    ui.list->PushClipRect(v(a.x, a.y), v(a.right(), a.bottom()), true);
    if (const Association* as = ui.pack->findAssociation(param())) {
        y += drawAssociation(ui, *as, a.x + margin, y, w) + ui.px(40);
    } else {
        y += drawWrapped(ui, ui.fonts->title, ui.text("map_heading"), a.x + margin, y, w,
                         themeColor(t.text), 0, 1.3f);
        y += drawWrapped(ui, ui.fonts->body, ui.text("map_prompt"), a.x + margin, y, w,
                         themeColor(t.muted), 0, 1.5f) +
             ui.px(24);
        const int columns = ui.portrait() ? 1 : 3;
        const float gap = ui.px(16), h = ui.px(88);
        const float cw = (w - gap * float(columns - 1)) / float(columns);
        const auto& list = ui.pack->associations;
        for (size_t i = 0; i < list.size(); ++i) {
            const Association& as = list[i];
            const std::string label =
                ui.in(as.name) + "  " +
                fillTemplate(ui.text("members_count"), {{"n", std::to_string(as.members.size())}});
            uint32_t color = 0;
            parseHexColor(as.color, color);
            const Rect r{a.x + margin + float(i % columns) * (cw + gap),
                         y + float(i / columns) * (h + gap), cw, h};
            if (chip(ui, r, label, false, color, true) && !scroll_.held())
                intent = Intent::open(ScreenId::Map, as.id);
        }
        y += float((list.size() + columns - 1) / columns) * (h + gap);
    }
    ui.list->PopClipRect();
    scroll_.scroll().setExtent(y - top, a.h);
    return intent;
}

}  // namespace kiosk::ui
