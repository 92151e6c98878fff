#include "screens/attract_flights.hpp"

#include <algorithm>
#include <cmath>

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "content/section_readers.hpp"
#include "geo/map_view.hpp"
#include "map_painter.hpp"
#include "paint.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_slides.hpp"
#include "session/language_switch.hpp"
#include "session/timeline_layout.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "timeline_card.hpp"

namespace kiosk::ui {

namespace {

// Fades the edges of `box` into the slide's backdrop (drawBackdrop's gradient
// from background at the top of `slide` to surface at its bottom): the left and
// right edges, and the top and bottom ones too when `allSides`.
void fadeEdges(const UiContext& ui, const Rect& slide, const Rect& box, float width,
               bool allSides) {
    const Theme& t = ui.theme();
    auto backdropAt = [&](float y, float alpha) {
        return themeColor(mixColor(t.background, t.surface, (y - slide.y) / slide.h), alpha);
    };
    const float x0 = box.x, y0 = box.y, x1 = box.right(), y1 = box.bottom();
    const ImU32 top = backdropAt(y0, 1.0f), topClear = backdropAt(y0, 0.0f);
    const ImU32 low = backdropAt(y1, 1.0f), lowClear = backdropAt(y1, 0.0f);
    ImDrawList& list = *ui.list;
    list.AddRectFilledMultiColor(v(x0, y0), v(x0 + width, y1), top, topClear, lowClear, low);
    list.AddRectFilledMultiColor(v(x1 - width, y0), v(x1, y1), topClear, top, low, lowClear);
    if (!allSides) return;
    const ImU32 innerTop = backdropAt(y0 + width, 0.0f), innerLow = backdropAt(y1 - width, 0.0f);
    list.AddRectFilledMultiColor(v(x0, y0), v(x1, y0 + width), top, top, innerTop, innerTop);
    list.AddRectFilledMultiColor(v(x0, y1 - width), v(x1, y1), innerLow, innerLow, low, low);
}

Language otherLanguage(const UiContext& ui) {
    return companionLanguage(ui.language);
}

// The tour's caption for one stop: the year very large with the day under it,
// and beside them the category in its colour, the title and what happened.
// Titles are set in the title size, which every event title's glyphs are
// prepared in; the year's digits are in the display size.
void drawStopCaption(const UiContext& ui, const Event& e, float x, float y, float w, float bottom,
                     float alpha) {
    const Theme& t = ui.theme();
    const uint32_t tint = categoryColor(e.category);
    const std::string year = std::to_string(e.date.start.year);
    const float yearW = textWidth(ui.fonts->display, "0000") + ui.px(56);
    const float top = y;
    y += drawWrapped(ui, ui.fonts->display, year, x, y, yearW, themeColor(t.accent, alpha), 1,
                     1.15f);
    y += drawWrapped(ui, ui.fonts->title, formatEventDateShort(e.date, ui.language), x, y, yearW,
                     themeColor(t.accent, alpha), 1, 1.3f);
    y += drawWrapped(ui, ui.fonts->body, eraLabelForYear(e.date.start.year, ui.language), x, y,
                     yearW, themeColor(t.muted, alpha), 1, 1.4f);
    const float left = y;

    const float tx = x + yearW, tw = w - yearW;
    y = top + ui.px(10);
    const float dot = ui.fonts->body->FontSize * 0.8f;
    ui.list->AddRectFilled(v(tx, y + (lineHeight(ui.fonts->body, 1.4f) - dot) * 0.5f),
                           v(tx + dot, y + (lineHeight(ui.fonts->body, 1.4f) + dot) * 0.5f),
                           themeColor(tint, alpha), ui.px(6));
    y += drawWrapped(ui, ui.fonts->body, ui.text(categoryStringKey(e.category)), tx + dot * 1.6f, y,
                     tw - dot * 1.6f, themeColor(tint, alpha), 1, 1.4f) +
         ui.px(6);
    // As many lines of the title as there is room for above the strip, at most three.
    const int lines = std::clamp(int((bottom - y) / lineHeight(ui.fonts->title, 1.3f)), 1, 3);
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.title), tx, y, tw, themeColor(t.text, alpha),
                     lines, 1.3f) +
         ui.px(8);
    // The loop speaks to both kinds of visitor: the title in the other
    // language under it, as the title slide does.
    const int otherLines = std::min(2, int((bottom - y) / lineHeight(ui.fonts->body, 1.45f)));
    if (otherLines > 0)
        y += drawWrapped(ui, ui.fonts->body, e.title.in(otherLanguage(ui)), tx, y, tw,
                         themeColor(t.muted, alpha), otherLines, 1.45f);
    // A bar in the category's colour beside the caption ties it to the card below.
    ui.list->AddRectFilled(v(tx - ui.px(30), top + ui.px(12)),
                           v(tx - ui.px(22), std::max(y, left) - ui.px(8)),
                           themeColor(tint, alpha * 0.8f), ui.px(4));
}

// Before the first stop: what the slide is, and the years it covers.
void drawTourIntro(const UiContext& ui, const std::vector<TimelineSection>& sections, float x,
                   float y, float w) {
    const Theme& t = ui.theme();
    y += drawWrapped(ui, ui.fonts->display, ui.text("timeline"), x, y, w, themeColor(t.text), 1,
                     1.3f);
    int first = 0, last = 0;
    for (const TimelineSection& s : sections)
        if (s.year) {
            if (!first) first = s.year;
            last = s.year;
        }
    if (first)
        drawWrapped(ui, ui.fonts->title,
                    std::to_string(first) + " – " + std::to_string(last) + "  (" +
                        eraLabelForYear(first, ui.language) + " – " +
                        eraLabelForYear(last, ui.language) + ")",
                    x, y, w, themeColor(t.accent), 1, 1.4f);
}

}  // namespace

void drawTourSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                   double secondsIn) {
    const Theme& t = ui.theme();
    const bool portrait = ui.portrait();
    drawBackdrop(ui, r, secondsIn / std::max(slide.seconds, 1.0), t.surface);

    // The strip sits above the touch prompt: two rows of cards, five when standing.
    TimelineGrid grid;
    grid.headerHeight = ui.fonts->title->FontSize + ui.px(28);
    grid.gap = ui.px(18);
    grid.rows = portrait ? 5 : 2;
    grid.cardWidth = ui.px(380);
    grid.cardHeight = ui.px(150);
    const float stripH =
        grid.headerHeight + grid.rows * grid.cardHeight + (grid.rows - 1) * grid.gap;
    const Rect content = slideContentBox(ui, r);
    const Rect strip{r.x, content.bottom() - stripH, r.w, stripH};
    const std::vector<TimelineSection> sections = layoutTimeline(ui.pack->events, {}, grid);

    // The camera: the strip's offset that puts each stop's card in the middle.
    const float margin = content.x - r.x;
    std::vector<double> stopX;
    std::vector<const Event*> stops;
    for (const std::string& id : slide.tourStops) {
        const Event* e = ui.pack->findEvent(id);
        const auto place = findCard(sections, id, grid);
        if (!e || !place) continue;
        stops.push_back(e);
        stopX.push_back(place->x + grid.cardWidth * 0.5 - strip.w * 0.5);
    }
    TourTiming timing = tourTimingOf(slide);
    timing.stops = stops.size();
    const double camera = tourCameraAt(timing, -margin, stopX, secondsIn);
    const TourMoment moment = tourMomentAt(timing, secondsIn);

    // How strongly each stop is picked out: the one the camera rests on fully;
    // in flight, the one left fades out over the first half, the next one in
    // over the second.
    auto emphasis = [&](int stop) {
        if (stop < 0) return 0.0f;
        const float f = float(moment.flight);
        if (!moment.flying()) return stop == moment.stop ? 1.0f : 0.0f;
        if (stop == moment.stop) return std::clamp(1.0f - 2.0f * f, 0.0f, 1.0f);
        if (stop == moment.stop + 1) return std::clamp(2.0f * f - 1.0f, 0.0f, 1.0f);
        return 0.0f;
    };

    ImDrawList& list = *ui.list;
    const float left = strip.x - float(camera);
    list.PushClipRect(v(strip.x, strip.y), v(strip.right(), strip.bottom()), true);
    for (const TimelineSection& s : sections) {
        const float sx = left + s.x;
        if (sx > strip.right() || sx + s.width < strip.x) continue;
        drawTimelineYearHeader(ui, sx, strip.y, s.width, grid.headerHeight, s.year);
        for (size_t i = 0; i < s.events.size(); ++i) {
            const TimelineCardPlace place = cardPlace(s, i, grid);
            const Rect card{left + place.x, strip.y + place.y, grid.cardWidth, grid.cardHeight};
            if (card.x > strip.right() || card.right() < strip.x) continue;
            const auto at = std::find(stops.begin(), stops.end(), s.events[i]);
            const float picked = at == stops.end() ? 0.0f : emphasis(int(at - stops.begin()));
            drawTimelineCard(ui, card, *s.events[i], mixColor(t.surface, t.text, 0.14f * picked),
                             picked);
        }
    }
    list.PopClipRect();
    // The strip fades out at both sides, so cards slide in and out of view.
    fadeEdges(ui, r, strip, ui.px(160), false);

    // The caption above: the stop's date, category and title, changing at mid-flight.
    const float x = content.x, w = std::min(content.w, ui.measure());
    float y = content.y + ui.px(portrait ? 66 : 0);
    y += drawWrapped(ui, ui.fonts->body, ui.text("tour_label"), x, y, w, themeColor(t.muted), 1,
                     1.6f);
    const int shown = moment.flying() && moment.flight >= 0.5 ? moment.stop + 1 : moment.stop;
    if (shown < 0 || stops.empty()) {
        drawTourIntro(ui, sections, x, y + ui.px(40), w);
        return;
    }
    const float alpha = std::max(emphasis(shown), moment.flying() ? 0.0f : 1.0f);
    drawStopCaption(ui, *stops[size_t(shown)], x, y, w, strip.y - ui.px(24), alpha);
}

bool drawSpotlightSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                        double secondsIn) {
    const Pack& pack = *ui.pack;
    const Association* a = pack.findAssociation(slide.associationId);
    if (!pack.map || !a) return false;
    const MapData& map = *pack.map;
    const Theme& t = ui.theme();
    const bool portrait = ui.portrait();
    drawBackdrop(ui, r, secondsIn / std::max(slide.seconds, 1.0), t.surface);

    const Rect viewport =
        portrait ? Rect{r.x, r.y + r.h * 0.40f, r.w, r.h * 0.36f}
                 : Rect{r.x + r.w * 0.40f, r.y + ui.px(40), r.w * 0.58f, r.h - ui.px(260)};
    const MapBox country = mainlandBounds(map);
    const MapView whole = viewFraming(country, viewport, 0.95f);
    MapView region = whole;
    if (const auto box = boundsOf(map.municipalities, a->members)) {
        region = viewFraming(*box, viewport, 0.8f);
        // A region of one small town would zoom in further than the boundary
        // data holds up: no closer than the map screen lets a visitor go.
        region.pixelsPerKm = std::clamp(region.pixelsPerKm, whole.pixelsPerKm,
                                        whole.pixelsPerKm * MapCamera::kMaxZoom);
    }
    const SpotlightTiming timing = spotlightTimingOf(slide);
    const double zoom = spotlightZoomAt(timing, secondsIn);
    const MapView view = flyBetween(whole, region, zoom);

    uint32_t color = 0x888888;
    parseHexColor(a->color, color);
    MapPaint paint = partnerPaint(pack);
    // Only this association's members are filled: the others' regions are
    // mostly off screen once landed, and every filled region costs a frame
    // its triangles.
    for (auto& [code, fill] : paint.fill) paint.fillAlpha[code] = 0.0f;
    for (size_t i = 0; i < a->members.size(); ++i) {
        const double reveal = spotlightMemberReveal(timing, secondsIn, i, a->members.size());
        paint.fillAlpha[a->members[i]] = 0.3f + 0.7f * float(reveal);
    }
    paint.hubArcs = false;
    paint.labels = false;
    // Flying in or out: where the flight lands is known.
    const double zoomSoon = spotlightZoomAt(timing, secondsIn + 0.05);
    if (zoomSoon > zoom) paint.heading = region;
    if (zoomSoon < zoom) paint.heading = whole;
    const std::vector<const Event*> events = eventsOfAssociation(pack, *a);
    paintMap(ui, map, view, viewport, paint);
    // Close in, the land runs on past the viewport: its edges fade into the
    // backdrop instead of cutting the map off in a hard box.
    fadeEdges(ui, r, viewport, ui.px(72), true);

    // The association beside (or above) the map.
    const Rect content = slideContentBox(ui, r);
    const float x = content.x;
    const float w = portrait ? content.w : r.x + r.w * 0.40f - ui.gutter() - x;
    const float bottom = portrait ? viewport.y - ui.gutter() : content.bottom();
    float y = content.y + ui.px(portrait ? 56 : 0);
    y += drawWrapped(ui, ui.fonts->body, ui.text("spotlight_label"), x, y, w, themeColor(t.muted),
                     1, 1.6f);
    const float nameTop = y;
    y += drawWrapped(ui, ui.fonts->title, ui.in(a->name), x + ui.px(28), y, w - ui.px(28),
                     themeColor(t.text), 3, 1.25f);
    y += drawWrapped(ui, ui.fonts->body, a->name.in(otherLanguage(ui)), x + ui.px(28), y,
                     w - ui.px(28), themeColor(t.muted), 2, 1.4f);
    ui.list->AddRectFilled(v(x, nameTop + ui.px(6)), v(x + ui.px(12), y - ui.px(6)),
                           themeColor(color), ui.px(4));
    // The prefecture in two languages, as the association's name: 北海道 · Hokkaido.
    const std::string prefecture = ui.pack->placeName(a->prefecture, ui.language) + " · " +
                                   ui.pack->placeName(a->prefecture, otherLanguage(ui));
    y += drawWrapped(ui, ui.fonts->body, prefecture, x, y + ui.px(6), w, themeColor(t.muted), 1,
                     1.5f) +
         ui.px(10);
    EventDate date;
    date.precision = DatePrecision::Day;
    date.start = date.end = a->agreementDate;
    y += drawWrapped(
             ui, ui.fonts->body,
             fillTemplate(ui.text("agreement_line"), {{"date", formatEventDate(date, ui.language)},
                                                      {"n", std::to_string(a->members.size())}}),
             x, y, w, themeColor(t.accent), 2, 1.45f) +
         ui.px(12);
    // The member count, large in the association's colour, as on the map.
    y += drawWrapped(
             ui, ui.fonts->display,
             fillTemplate(ui.text("members_count"), {{"n", std::to_string(a->members.size())}}), x,
             y, w, themeColor(color), 1, 1.25f) +
         ui.px(16);
    if (events.empty() || bottom - y < lineHeight(ui.fonts->body, 1.4f) * 2) return true;
    y += drawWrapped(ui, ui.fonts->body, ui.text("spotlight_events"), x, y, w, themeColor(t.muted),
                     1, 1.6f);
    // The latest events first, as many as fit.
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const float rowH = lineHeight(ui.fonts->caption, 1.35f) + lineHeight(ui.fonts->body, 1.3f);
        if (y + rowH > bottom) break;
        const Event& e = **it;
        // The short date leaves out the year, which a list over years needs.
        const int year = e.date.timelineYear();
        const std::string when = (year ? std::to_string(year) + "  " : std::string()) +
                                 formatEventDateShort(e.date, ui.language);
        y += drawWrapped(ui, ui.fonts->caption, when, x, y, w, themeColor(t.accent), 1, 1.35f);
        y += drawWrapped(ui, ui.fonts->body, ui.in(e.title), x, y, w, themeColor(t.text), 1, 1.3f) +
             ui.px(8);
    }
    return true;
}

}  // namespace kiosk::ui
