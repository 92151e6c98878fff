#include "screens/event_screen.hpp"

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "map_painter.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "qr_code.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
float heading(const UiContext& ui, const std::string& key, float x, float y, float w) {
    return drawWrapped(ui, ui.fonts->caption, ui.text(key), x, y, w, themeColor(ui.theme().muted),
                       1, 1.6f);
}
// The event's places on a small map, framed around them (at least a few hundred
// km wide so that a single town still shows where in Japan it is).
float drawPlacesMap(const UiContext& ui, const Event& e, float x, float y, float w) {
    const MapData* map = ui.pack->map.get();
    if (!map) return 0.0f;
    MapBox box{1e9f, 1e9f, -1e9f, -1e9f};
    MapPaint paint;
    paint.hubArcs = false;
    paint.labels = false;
    for (const std::string& code : e.places) {
        const MapRegion* r = map->municipalities.find(code);
        if (!r) r = map->prefectures.find(code);
        if (!r) continue;
        paint.places.push_back(code);
        box.minX = std::min(box.minX, r->label.x);
        box.minY = std::min(box.minY, r->label.y);
        box.maxX = std::max(box.maxX, r->label.x);
        box.maxY = std::max(box.maxY, r->label.y);
    }
    if (paint.places.empty()) return 0.0f;
    const float h = w * 0.62f;
    const Rect viewport{x, y, w, h};
    const float spanKm =
        std::max({box.maxX - box.minX, (box.maxY - box.minY) * w / h, 400.0f}) * 1.4f;
    MapView view;
    view.center = {(box.minX + box.maxX) * 0.5f, (box.minY + box.maxY) * 0.5f};
    view.pixelsPerKm = w / spanKm;
    ui.list->AddRectFilled(v(x, y), v(x + w, y + h), themeColor(ui.theme().background), ui.px(14));
    paintMap(ui, *map, view, viewport, paint);
    ui.list->AddRect(v(x, y), v(x + w, y + h), themeColor(ui.theme().muted, 0.4f), ui.px(14), 0,
                     ui.px(2));
    return h + ui.px(16);
}

// The event's category as a label, its colour's dot and its name, drawn
// vertically centred on `midY`: it filters nothing here, so it has no chip's
// outline or fill to be mistaken for a button. Returns its width.
float drawCategoryLabel(const UiContext& ui, EventCategory category, float x, float midY) {
    const std::string& name = ui.text(categoryStringKey(category));
    ImFont* font = ui.fonts->caption;
    const float dot = ui.px(9);
    ui.list->AddCircleFilled(v(x + dot, midY), dot, themeColor(categoryColor(category)));
    const float textX = x + 2 * dot + ui.px(12);
    ui.list->AddText(font, font->FontSize, v(textX, midY - font->FontSize * 0.5f),
                     themeColor(ui.theme().text), name.c_str());
    recordText(font, font->FontSize, v(textX, midY - font->FontSize * 0.5f), name);
    return textX - x + textWidth(font, name);
}

}  // namespace

std::vector<std::string> EventScreen::headingParts(const UiContext& ui) const {
    const Event* e = ui.pack->findEvent(param());
    if (!e) return {};
    const int year = e->date.timelineYear();
    return {year ? std::to_string(year) : ui.text("date_unknown"), ui.in(e->title)};
}

void EventScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    scroll_.reset();
}

// The event's picture (a title card or a photograph), in the 16:9 of the
// screen it was made for; its box is kept while it decodes, so nothing moves
// when it fades in. Returns the height it takes with the space around it.
float EventScreen::drawEventPicture(const UiContext& ui, const Event& e, float x, float y,
                                    float w) {
    if (e.image.empty()) return 0.0f;
    const float pictureW = std::min(w, ui.px(960));
    const Rect box{x, y + ui.px(16), pictureW, pictureW * 9.0f / 16.0f};
    ui.list->AddRectFilled(v(box.x, box.y), v(box.right(), box.bottom()),
                           themeColor(ui.theme().surface), ui.px(16));
    drawPicture(ui, e.image, box, ImageFit::Cover, 1.0f, nullptr, ui.px(16), e.imageFocus);
    return box.bottom() + ui.px(24) - y;
}

float EventScreen::drawMain(const UiContext& ui, const Event& e, float x, float y, float w,
                            bool withPicture) {
    const Theme& t = ui.theme();
    const float top = y;
    // The category and the date on one line.
    const float lineH = lineHeight(ui.fonts->body, 1.2f);
    const float labelW = drawCategoryLabel(ui, e.category, x, y + lineH * 0.5f) + ui.gutter();
    drawWrapped(ui, ui.fonts->body, formatEventDate(e.date, ui.language), x + labelW, y, w - labelW,
                themeColor(t.accent), 1, 1.2f);
    y += lineH + ui.gutter();
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.title), x, y, w, themeColor(t.text), 0, 1.3f) +
         ui.px(20);
    y += drawWrapped(ui, ui.fonts->body, ui.in(e.summary), x, y, w, themeColor(t.text), 0, 1.6f) +
         ui.px(16);
    for (const BodyBlock& block : e.body) {
        if (block.paragraph) {
            y += drawWrapped(ui, ui.fonts->body, ui.in(*block.paragraph), x, y, w,
                             themeColor(t.text), 0, 1.6f);
        } else {
            for (const LocalizedText& item : block.items) {
                const float lh = lineHeight(ui.fonts->body, 1.6f);
                ui.list->AddCircleFilled(v(x + ui.px(10), y + lh * 0.5f), ui.px(5),
                                         themeColor(t.accent));
                y += drawWrapped(ui, ui.fonts->body, ui.in(item), x + ui.px(32), y, w - ui.px(32),
                                 themeColor(t.text), 0, 1.6f);
            }
        }
        y += ui.px(12);
    }
    if (withPicture) y += drawEventPicture(ui, e, x, y, w);
    return y - top;
}

float EventScreen::drawFacts(const UiContext& ui, const Event& e, float x, float y, float w,
                             Intent& intent) {
    const Theme& t = ui.theme();
    const float top = y;
    const uint32_t ink = t.text;
    // The link first, where a visitor sees it without scrolling.
    if (const float h = drawLinkCode(ui, e.url, x, y, w); h > 0) y += h + ui.px(28);
    if (!e.venue.empty()) {
        y += heading(ui, "venue", x, y, w);
        y += drawWrapped(ui, ui.fonts->body, ui.in(e.venue), x, y, w, themeColor(ink), 0, 1.45f) +
             ui.px(24);
    }
    if (!e.people.empty()) {
        y += heading(ui, "people", x, y, w);
        for (const LocalizedText& p : e.people)
            y += drawWrapped(ui, ui.fonts->caption, ui.in(p), x, y, w, themeColor(ink), 0, 1.5f);
        y += ui.px(24);
    }
    if (!e.places.empty()) {
        y += heading(ui, "places", x, y, w);
        y += drawPlacesMap(ui, e, x, y, w);
        for (const std::string& code : e.places)
            y += drawWrapped(ui, ui.fonts->body, ui.pack->placeLine(code, ui.language), x, y, w,
                             themeColor(ink), 1, 1.45f);
        y += ui.px(24);
    }
    if (!e.associations.empty()) {
        y += heading(ui, "related_partners", x, y, w) + ui.px(4);
        for (const std::string& id : e.associations) {
            const Association* a = ui.pack->findAssociation(id);
            if (!a) continue;
            const std::string& name = ui.in(a->name);
            const float cw = std::min(w, chipWidth(ui, name, true));
            uint32_t color = 0;
            parseHexColor(a->color, color);
            if (chip(ui, Rect{x, y, cw, ui.px(64)}, name, false, color, true))
                intent = Intent::open(ScreenId::Map, a->id);
            y += ui.px(76);
        }
    }
    return y - top;
}

// The story, its picture and its facts laid out for the screen's shape, from
// `y0` down; returns the height they take.
float EventScreen::drawLayout(const UiContext& ui, const Event& e, float margin, float y0,
                              Intent& intent) {
    const Rect& a = ui.area;
    // A link's code counts as a fact, except beside a picture on a landscape
    // screen, where it goes under the picture.
    const bool pictureBeside = !ui.portrait() && !e.image.empty();
    const bool hasFacts = !e.venue.empty() || !e.people.empty() || !e.places.empty() ||
                          !e.associations.empty() || (!e.url.empty() && !pictureBeside);
    const float width = a.w - 2 * margin;
    if (!hasFacts && (ui.portrait() || e.image.empty()))
        return drawMain(ui, e, a.x + margin, y0, std::min(width, ui.measure()), true);
    if (!hasFacts) {
        // Nothing to list beside the story: its picture goes there instead of
        // under the text, where the bottom bar would cut it.
        const float mainW = std::min((width - ui.gutter()) * 0.5f, ui.measure());
        const float mainH = drawMain(ui, e, a.x + margin, y0, mainW, false);
        const float pictureX = a.x + margin + mainW + 2 * ui.gutter();
        const float pictureW = a.right() - margin - pictureX;
        float sideH = drawEventPicture(ui, e, pictureX, y0 - ui.px(16), pictureW);
        if (!e.url.empty()) sideH += drawLinkCode(ui, e.url, pictureX, y0 + sideH, pictureW);
        return std::max(mainH, sideH);
    }
    if (ui.portrait()) {
        const float w = std::min(width, ui.measure());
        const float h = drawMain(ui, e, a.x + margin, y0, w, true);
        return h + drawFacts(ui, e, a.x + margin, y0 + h + ui.gutter(), w, intent) + ui.gutter();
    }
    // The story at a readable measure, the facts beside it, a rule between.
    const float between = 2 * ui.gutter();
    const float mainW = std::min((width - between) * 0.62f, ui.measure());
    const float factsX = a.x + margin + mainW + between;
    const float factsW = (width - between) * 0.38f;
    const float mainH = drawMain(ui, e, a.x + margin, y0, mainW, true);
    ui.list->AddLine(v(factsX - between * 0.5f, y0),
                     v(factsX - between * 0.5f, y0 + std::max(mainH, ui.px(300))),
                     themeColor(ui.theme().muted, 0.3f), ui.px(2));
    return std::max(mainH, drawFacts(ui, e, factsX, y0, factsW, intent));
}

Intent EventScreen::drawContent(const UiContext& ui) {
    Intent intent;
    const Event* e = ui.pack->findEvent(param());
    const Rect& a = ui.area;
    if (!e) {
        drawCenteredLine(*ui.list, ui.fonts->body, ui.text("event_missing"), a.center().x,
                         a.center().y, a.w, themeColor(ui.theme().muted));
        return intent;
    }
    const float margin = ui.margin();
    scroll_.update(ui.touch, a, ui.dt);
    const float y0 = a.y + ui.gutter() - float(scroll_.scroll().offset());
    // Drawn through the view: clipped to the area, touched only where it shows,
    // with the cues that say the story goes on below.
    const ScrollView view(ui, a, scroll_, ui.theme().background);
    const float contentH = drawLayout(view.ui(), *e, margin, y0, intent);
    scroll_.scroll().setExtent(contentH + ui.px(64), a.h);
    return intent;
}

// The event's date, title and summary, as the screen shows them.
std::vector<std::string> EventScreen::spokenContent(const UiContext& ui) const {
    const Event* e = ui.pack->findEvent(param());
    if (!e) return {ui.text("event_missing")};
    return {formatEventDate(e->date, ui.language), ui.in(e->title), ui.in(e->summary)};
}

}  // namespace kiosk::ui
