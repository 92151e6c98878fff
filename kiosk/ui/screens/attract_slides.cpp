#include "screens/attract_slides.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "category_style.hpp"
#include "content/agreement_years.hpp"
#include "content/date_format.hpp"
#include "content/pack_summary.hpp"
#include "content/section_readers.hpp"
#include "map_painter.hpp"
#include "pacing/easing.hpp"
#include "pacing/motion_steps.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_flights.hpp"
#include "screens/attract_link_slide.hpp"
#include "screens/numbers_screen.hpp"
#include "session/language_switch.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

void drawPlainBackdrop(const UiContext& ui, const Rect& r) {
    const Theme& t = ui.theme();
    ui.list->AddRectFilledMultiColor(v(r.x, r.y), v(r.right(), r.bottom()),
                                     themeColor(t.background), themeColor(t.background),
                                     themeColor(t.surface), themeColor(t.surface));
}

namespace {
// The backdrop's colour at height y: its gradient, mixed with `tint` at `alpha`.
// Outside the backdrop the gradient runs on (each channel clamped), so that a
// triangle reaching past its edge is coloured right where it is seen.
ImU32 backdropMix(const UiContext& ui, const Rect& r, float y, uint32_t tint, float alpha) {
    const Theme& t = ui.theme();
    const float along = (y - r.y) / std::max(r.h, 1.0f);
    uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const float top = float((t.background >> shift) & 255);
        const float bottom = float((t.surface >> shift) & 255);
        const float mixed = top + (bottom - top) * along;
        const float tinted = mixed + (float((tint >> shift) & 255) - mixed) * alpha;
        out |= uint32_t(std::clamp(tinted + 0.5f, 0.0f, 255.0f)) << shift;
    }
    return themeColor(out);
}

// A disc of `tint` at `alpha` over the backdrop, drawn opaque: over a gradient
// that runs top to bottom the blend is itself such a gradient, so each vertex
// takes its mixed colour beforehand and the disc needs no blending (a third of
// its cost under software OpenGL). The antialiased rim keeps its transparency.
void drawTintedDisc(const UiContext& ui, const Rect& r, ImVec2 centre, float radius, uint32_t tint,
                    float alpha) {
    ImDrawList& list = *ui.list;
    const int first = list.VtxBuffer.Size;
    list.AddCircleFilled(centre, radius, IM_COL32_WHITE, 96);
    for (int i = first; i < list.VtxBuffer.Size; ++i) {
        ImDrawVert& vertex = list.VtxBuffer[i];
        const ImU32 keep = vertex.col & IM_COL32_A_MASK;
        vertex.col = (backdropMix(ui, r, vertex.pos.y, tint, alpha) & ~IM_COL32_A_MASK) | keep;
    }
}
}  // namespace

void drawBackdrop(const UiContext& ui, const Rect& r, double progress, uint32_t tint) {
    // The drift moves in 2 px steps (120 px in 60), not every frame: frames
    // drawn for the prompt's pulse between steps redraw only the prompt.
    progress = steppedProgress(progress, 60);
    const Theme& t = ui.theme();
    drawPlainBackdrop(ui, r);
    const float zoom = 1.0f + 0.12f * float(progress);
    const float drift = ui.px(120) * float(progress);
    const float u = std::min(r.w, r.h);
    // The two discs never overlap (they sit in opposite corners), so each is
    // mixed with the gradient alone.
    drawTintedDisc(ui, r, v(r.right() - u * 0.18f - drift, r.y + u * 0.2f), u * 0.42f * zoom, tint,
                   0.10f);
    drawTintedDisc(ui, r, v(r.x + u * 0.1f + drift * 0.5f, r.bottom() - u * 0.05f), u * 0.3f * zoom,
                   t.accent, 0.06f);
}

namespace {
// One headline figure of the title slide: the number, what it is, and what it
// counts (a caption, so that no two figures can be mistaken for each other).
struct TitleFigure {
    int value = 0;
    const char* label;                                        // string key
    const char* caption;                                      // string key of an optional caption
    std::vector<std::pair<std::string, std::string>> values;  // its placeholders
};

int prefectureCount(const Pack& pack) {
    std::set<std::string> prefectures;
    for (const Association& a : pack.associations) prefectures.insert(a.prefecture);
    return int(prefectures.size());
}

std::vector<TitleFigure> titleFigures(const Pack& pack) {
    const PackSummary s = summarizePack(pack);
    const auto str = [](int n) { return std::to_string(n); };
    return {{s.events,
             "stat_events",
             "stat_events_caption",
             {{"first", str(s.firstYear)}, {"last", str(s.lastYear)}}},
            {s.associations,
             "stat_associations",
             "stat_associations_caption",
             {{"prefectures", str(prefectureCount(pack))}}},
            {s.memberMunicipalities,
             "stat_municipalities",
             "stat_municipalities_caption",
             {{"associations", str(s.associations)}}}};
}

// Wraps `text` into lines of at most `w` and draws each centred on `cx`; returns
// the height used. (A figure's name or caption is never shrunk to one line.)
float drawCenteredWrapped(const UiContext& ui, ImFont* font, const std::string& text, float cx,
                          float y, float w, ImU32 color, float lineSpacing) {
    const LaidOutText layout = layoutWith(ui, font, text, w, 2);
    const float step = lineHeight(font, lineSpacing);
    for (size_t i = 0; i < layout.lines.size(); ++i)
        drawCenteredLine(*ui.list, font, layout.lines[i], cx,
                         y + step * float(i) + (step - font->FontSize) * 0.5f, w, color);
    return step * float(layout.lines.size());
}

// The figures side by side from `top`; captions are left out when one could
// run below `bottom` (into the call to action, on a small screen).
void drawTitleFigures(const UiContext& ui, float cx, float top, float bottom, float width,
                      float appear) {
    const Theme& t = ui.theme();
    const std::vector<TitleFigure> figures = titleFigures(*ui.pack);
    const float columnW = width / float(figures.size());
    const float w = columnW - ui.gutter();
    size_t labelLines = 1;
    for (const TitleFigure& f : figures)
        labelLines = std::max(labelLines,
                              layoutWith(ui, ui.fonts->body, ui.text(f.label), w, 2).lines.size());
    const float labelTop = top + ui.fonts->display->FontSize * 1.2f;
    const float captionTop = labelTop + float(labelLines) * lineHeight(ui.fonts->body, 1.3f);
    const bool captions = captionTop + 2 * lineHeight(ui.fonts->caption, 1.35f) <= bottom;
    for (size_t i = 0; i < figures.size(); ++i) {
        const TitleFigure& f = figures[i];
        const float x = cx + (float(i) - float(figures.size() - 1) * 0.5f) * columnW;
        drawCenteredLine(*ui.list, ui.fonts->display, groupThousands(f.value), x, top, w,
                         themeColor(t.accent, appear));
        drawCenteredWrapped(ui, ui.fonts->body, ui.text(f.label), x, labelTop, w,
                            themeColor(t.text, appear), 1.3f);
        const LocalizedText* caption = ui.pack->findString(f.caption);
        if (caption && captions)
            drawCenteredWrapped(ui, ui.fonts->caption, fillTemplate(ui.in(*caption), f.values), x,
                                captionTop, w, themeColor(t.muted, appear), 1.35f);
    }
}
}  // namespace

void drawTitleSlide(const UiContext& ui, const Rect& r, double secondsShown) {
    const Theme& t = ui.theme();
    const Pack& pack = *ui.pack;
    const Language other = companionLanguage(ui.language);
    drawBackdrop(ui, r, std::min(1.0, secondsShown / 10.0), t.surface);
    const float appear = easeOutCubic(float(secondsShown / 1.2));
    const float rise = (1.0f - appear) * ui.px(30);
    const Rect content = slideContentBox(ui, r);
    const float cx = content.center().x;
    const float titleTop = r.y + r.h * 0.28f + rise;
    drawCenteredLine(*ui.list, ui.fonts->display, ui.in(pack.manifest.title), cx, titleTop,
                     content.w, themeColor(t.text, appear));
    const float subTop = titleTop + ui.fonts->display->FontSize * 1.35f;
    drawCenteredLine(*ui.list, ui.fonts->title, pack.manifest.title.in(other), cx, subTop,
                     content.w, themeColor(t.muted, appear));
    const float ruleY = subTop + ui.fonts->title->FontSize * 1.6f;
    const float ruleHalf = ui.px(86) * appear;
    ui.list->AddRectFilled(v(cx - ruleHalf, ruleY), v(cx + ruleHalf, ruleY + ui.px(6)),
                           themeColor(t.accent));
    drawTitleFigures(ui, cx, ruleY + ui.px(64), content.bottom(), std::min(content.w, ui.px(1400)),
                     appear);

    const std::string& credit = pack.manifest.credit.ja;
    if (!credit.empty()) {
        const float cw = textWidth(ui.fonts->caption, credit);
        const ImVec2 at =
            v(r.right() - ui.margin() - cw, r.bottom() - ui.px(24) - ui.fonts->caption->FontSize);
        ui.list->AddText(ui.fonts->caption, ui.fonts->caption->FontSize, at, themeColor(t.muted),
                         credit.c_str());
        recordText(ui.fonts->caption, ui.fonts->caption->FontSize, at, credit);
    }
}

PanZoom eventSlideMotion(const Event& e, double progress) {
    // Each event drifts its own way, so consecutive slides do not move alike.
    size_t seed = 0;
    for (char c : e.id) seed = seed * 31 + static_cast<unsigned char>(c);
    PanZoom motion;
    const bool zoomIn = seed % 2 == 0;
    motion.zoomFrom = zoomIn ? 1.0f : kSlideZoom;
    motion.zoomTo = zoomIn ? kSlideZoom : 1.0f;
    const float dx = (seed / 2 % 2 == 0) ? 0.6f : -0.6f, dy = (seed / 4 % 2 == 0) ? 0.4f : -0.4f;
    motion.panFrom = {-dx, -dy};
    motion.panTo = {dx, dy};
    motion.progress = float(progress);
    return motion;
}

void drawEventSlide(const UiContext& ui, const Rect& r, const Event& e, double progress) {
    const Theme& t = ui.theme();
    const uint32_t tint = categoryColor(e.category);
    // The pan and zoom advance in 120 steps (about a pixel at the picture's
    // edge), so that the frames of the text's entrance between them redraw
    // only the text.
    const PanZoom motion = eventSlideMotion(e, steppedProgress(progress, 120));
    // The backdrop is the picture's placeholder; once an opaque picture has
    // faded in over all of it, it is not drawn at all.
    if (pictureCoverage(ui, e.image, r, ImageFit::Cover, &motion) < 1.0f)
        drawBackdrop(ui, r, progress, tint);
    if (!e.image.empty()) {
        // The picture fades in over the backdrop once decoded; a shade on the
        // text's side keeps the text readable on any picture.
        const float shadeW = r.w * (ui.portrait() ? 1.0f : 0.72f);
        drawShadedPicture(ui, e.image, r, &motion, {t.background, 0.92f, r.x + shadeW});
    }
    const Rect content = slideContentBox(ui, r);
    const float x = content.x, w = std::min(content.w, ui.measure());
    // The text drifts up a little over the slide: slow movement keeps the eye.
    float y = r.y + r.h * (ui.portrait() ? 0.2f : 0.16f) -
              ui.px(24) * float(steppedProgress(progress, 24));  // whole pixels
    y += drawWrapped(ui, ui.fonts->body, ui.text("highlight_label"), x, y, w, themeColor(tint), 1,
                     1.5f);
    y += drawWrapped(ui, ui.fonts->title, formatEventDate(e.date, ui.language), x, y, w,
                     themeColor(t.accent), 1, 1.4f) +
         ui.px(12);
    y += drawWrapped(ui, ui.fonts->display, ui.in(e.title), x, y, w, themeColor(t.text), 3, 1.25f) +
         ui.px(28);
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.summary), x, y, w, themeColor(t.text), 4, 1.5f) +
         ui.px(20);
    if (!e.venue.empty())
        drawWrapped(ui, ui.fonts->body, ui.in(e.venue), x, y, w, themeColor(t.muted), 2, 1.5f);
}

void drawNumbersSlide(const UiContext& ui, const Rect& r, double progress) {
    const Theme& t = ui.theme();
    // No drifting circles here: behind the chart, one showed between and
    // through the bars as if it were part of the figures.
    drawPlainBackdrop(ui, r);
    const Stats& stats = ui.pack->stats;
    const StatsSeries* total = nullptr;
    for (const auto& s : stats.series)
        if (s.total) total = &s;
    if (!total) return;
    // The figure's name, what it counts and its date, then the bars below,
    // all of it above the call to action.
    const Rect content = slideContentBox(ui, r);
    const float x = content.x, w = std::min(content.w, ui.measure());
    float y = content.y;
    y += drawWrapped(ui, ui.fonts->display, ui.text("numbers_heading"), x, y, w, themeColor(t.text),
                     2, 1.25f);
    y += drawWrapped(ui, ui.fonts->title, ui.in(total->label), x, y, w, themeColor(t.accent), 1,
                     1.4f);
    y += drawWrapped(ui, ui.fonts->body, seriesCaption(ui, *total), x, y, w, themeColor(t.text), 2,
                     1.4f);
    y += drawWrapped(ui, ui.fonts->caption, ui.in(stats.asOf), x, y, w, themeColor(t.muted), 1,
                     1.6f);
    const NumbersSlideLayout layout =
        layoutNumbersSlide(r, slideCallToAction(ui), slideGrid(ui), y - content.y);
    drawStatsBars(ui, layout.chart, *total, easeOutCubic(float(progress * 3.0)), t.accent);
}

void drawPartnersSlide(const UiContext& ui, const Rect& r, double progress) {
    const Theme& t = ui.theme();
    drawBackdrop(ui, r, progress, t.surface);
    const Rect content = slideContentBox(ui, r);
    float y = content.y;
    y += drawWrapped(ui, ui.fonts->display, ui.text("associations_heading"), content.x, y,
                     content.w, themeColor(t.text), 2, 1.25f) +
         ui.gutter();
    const auto& list = ui.pack->associations;
    const int columns = ui.portrait() ? 1 : 2;
    const int rows = int((list.size() + columns - 1) / columns);
    const float colW = content.w / columns;
    const float rowH = std::min(ui.px(86), (content.bottom() - y) / float(std::max(rows, 1)));
    for (size_t i = 0; i < list.size(); ++i) {
        // Each row appears in turn, as the partners joined.
        const float appear = easeOutCubic(float(progress * 4.0 - double(i) * 0.15));
        const float x = content.x + float(i / rows) * colW;
        const float ry = y + float(i % rows) * rowH;
        uint32_t color = 0;
        parseHexColor(list[i].color, color);
        ui.list->AddCircleFilled(v(x + ui.px(14), ry + rowH * 0.45f), ui.px(12),
                                 themeColor(color, appear));
        const std::string line =
            ui.in(list[i].name) + "  " +
            fillTemplate(ui.text("members_count"), {{"n", std::to_string(list[i].members.size())}});
        drawWrapped(ui, ui.fonts->body, line, x + ui.px(44),
                    ry + rowH * 0.45f - lineHeight(ui.fonts->body, 1.2f) * 0.5f, colW - ui.px(60),
                    themeColor(t.text, appear), 1, 1.2f);
    }
}

namespace {
// Lights the associations' members as the time-lapse clock passes their agreement dates;
// returns how many municipalities are lit, counting part-lit ones in part.
double paintGrowthMap(const UiContext& ui, const Rect& r, double progress, double years,
                      YearSpan span) {
    const MapData& map = *ui.pack->map;
    const Rect viewport =
        ui.portrait() ? Rect{r.x, r.y + r.h * 0.25f, r.w, r.h * 0.5f}
                      : Rect{r.x + r.w * 0.34f, r.y + ui.px(40), r.w * 0.64f, r.h - ui.px(260)};
    const MapBox home = mainlandBounds(map);
    MapView view;
    view.center = {(home.minX + home.maxX) * 0.5f, (home.minY + home.maxY) * 0.5f};
    view.pixelsPerKm = 0.95f * std::min(viewport.w / home.width(), viewport.h / home.height());

    MapPaint paint = partnerPaint(*ui.pack);
    paint.labels = false;
    double counter = 0;
    for (const Association& a : ui.pack->associations) {
        // Where the association's date falls on the time-lapse clock.
        const double at = double(a.agreementDate.year - span.first) +
                          double(a.agreementDate.month - 1) / 12.0 +
                          double(a.agreementDate.day - 1) / 365.0;
        const float reveal = float(std::clamp((years - at) * 4.0, 0.0, 1.0));
        for (const auto& code : a.members) paint.fillAlpha[code] = reveal;
        counter += double(a.members.size()) * reveal;
    }
    paint.arcProgress = float(std::clamp((progress - 0.8) / 0.15, 0.0, 1.0));
    paint.hubArcs = paint.arcProgress > 0.0f;
    paintMap(ui, map, view, viewport, paint);
    return counter;
}

// The stats table's own figure for each completed year, as the counter passes it.
void drawGrowthYearTotals(const UiContext& ui, float x, float y, float w, YearSpan span,
                          double years) {
    for (const StatsSeries& s : ui.pack->stats.series) {
        if (s.id != "wide_area") continue;
        for (size_t i = 0; i < s.values.size() && i < ui.pack->stats.years.size(); ++i) {
            const int fy = ui.pack->stats.years[i].fiscalYear;
            if (fy < span.first || fy > span.last || years < double(fy - span.first + 1) ||
                !s.values[i])
                continue;
            y += drawWrapped(
                ui, ui.fonts->caption,
                ui.in(ui.pack->stats.years[i].label) + "  " + groupThousands(*s.values[i]), x, y, w,
                themeColor(ui.theme().muted), 1, 1.5f);
        }
    }
}
}  // namespace

void drawGrowthSlide(const UiContext& ui, const Rect& r, double progress, YearSpan span) {
    const Theme& t = ui.theme();
    drawBackdrop(ui, r, progress, t.surface);
    // The clock of the time-lapse: the agreements' years over the first 85 % of the slide.
    const double years = std::clamp(progress / 0.85, 0.0, 1.0) * double(span.count());
    const int year = std::min(span.last, span.first + int(years));
    const double counter = paintGrowthMap(ui, r, progress, years, span);

    const bool portrait = ui.portrait();
    const Rect content = slideContentBox(ui, r);
    const float x = content.x;
    float y = content.y + ui.px(portrait ? 0 : 56);
    const float textW = portrait ? content.w : r.x + r.w * 0.34f - ui.gutter() - x;
    y += drawWrapped(ui, ui.fonts->title, ui.text("growth_heading"), x, y, textW,
                     themeColor(t.text), 2, 1.3f) +
         ui.px(24);
    drawWrapped(ui, ui.fonts->display, std::to_string(year), x, y, textW, themeColor(t.accent), 1,
                1.2f);
    y += lineHeight(ui.fonts->display, 1.2f);
    y += drawWrapped(ui, ui.fonts->body, eraLabelForYear(year, ui.language), x, y, textW,
                     themeColor(t.muted), 1, 1.4f) +
         ui.px(24);
    drawWrapped(ui, ui.fonts->display, groupThousands(std::lround(counter)), x, y, textW,
                themeColor(t.text), 1, 1.2f);
    y += lineHeight(ui.fonts->display, 1.2f);
    y += drawWrapped(ui, ui.fonts->body, ui.text("stat_municipalities"), x, y, textW,
                     themeColor(t.text), 1, 1.4f) +
         ui.px(28);
    drawGrowthYearTotals(ui, x, y, textW, span, years);
}

void drawAttractSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                      double progress, double secondsIn) {
    if (slide.type == "event") {
        if (const Event* e = ui.pack->findEvent(slide.eventId)) {
            drawEventSlide(ui, r, *e, progress);
            return;
        }
    }
    if (slide.type == "qr" && drawLinkSlide(ui, r, slide)) return;
    if (slide.type == "tour") return drawTourSlide(ui, r, slide, secondsIn);
    if (slide.type == "spotlight" && drawSpotlightSlide(ui, r, slide, secondsIn)) return;
    if (slide.type == "spotlight") return drawPartnersSlide(ui, r, progress);
    if (slide.type == "numbers") return drawNumbersSlide(ui, r, progress);
    if (slide.type == "map" && ui.pack->map)
        if (const std::optional<YearSpan> span = agreementYears(*ui.pack))
            return drawGrowthSlide(ui, r, progress, *span);
    if (slide.type == "partners" || slide.type == "map") return drawPartnersSlide(ui, r, progress);
    drawTitleSlide(ui, r, secondsIn);
}

}  // namespace kiosk::ui
