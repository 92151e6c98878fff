#include "screens/attract_slides.hpp"

#include <algorithm>
#include <cmath>

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
#include "screens/attract_flights.hpp"
#include "screens/numbers_screen.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

void drawBackdrop(const UiContext& ui, const Rect& r, double progress, uint32_t tint) {
    // The drift moves in 2 px steps (120 px in 60), not every frame: frames
    // drawn for the prompt's pulse between steps redraw only the prompt.
    progress = steppedProgress(progress, 60);
    const Theme& t = ui.theme();
    ui.list->AddRectFilledMultiColor(v(r.x, r.y), v(r.right(), r.bottom()),
                                     themeColor(t.background), themeColor(t.background),
                                     themeColor(t.surface), themeColor(t.surface));
    const float zoom = 1.0f + 0.12f * float(progress);
    const float drift = ui.px(120) * float(progress);
    const float u = std::min(r.w, r.h);
    ui.list->AddCircleFilled(v(r.right() - u * 0.18f - drift, r.y + u * 0.2f), u * 0.42f * zoom,
                             themeColor(tint, 0.10f), 96);
    ui.list->AddCircleFilled(v(r.x + u * 0.1f + drift * 0.5f, r.bottom() - u * 0.05f),
                             u * 0.3f * zoom, themeColor(t.accent, 0.06f), 96);
}

void drawTitleSlide(const UiContext& ui, const Rect& r, double secondsShown) {
    const Theme& t = ui.theme();
    const Pack& pack = *ui.pack;
    const Language other =
        ui.language == Language::Japanese ? Language::English : Language::Japanese;
    drawBackdrop(ui, r, std::min(1.0, secondsShown / 10.0), t.surface);
    const float appear = easeOutCubic(float(secondsShown / 1.2));
    const float rise = (1.0f - appear) * ui.px(30);
    const float cx = r.x + r.w * 0.5f, margin = ui.px(64);
    const float titleTop = r.y + r.h * 0.28f + rise;
    drawCenteredLine(*ui.list, ui.fonts->display, ui.in(pack.manifest.title), cx, titleTop,
                     r.w - 2 * margin, themeColor(t.text, appear));
    const float subTop = titleTop + ui.fonts->display->FontSize * 1.35f;
    drawCenteredLine(*ui.list, ui.fonts->title, pack.manifest.title.in(other), cx, subTop,
                     r.w - 2 * margin, themeColor(t.muted, appear));
    const float ruleY = subTop + ui.fonts->title->FontSize * 1.6f;
    const float ruleHalf = ui.px(86) * appear;
    ui.list->AddRectFilled(v(cx - ruleHalf, ruleY), v(cx + ruleHalf, ruleY + ui.px(6)),
                           themeColor(t.accent));

    const PackSummary summary = summarizePack(pack);
    const std::pair<int, const char*> figures[] = {
        {summary.events, "stat_events"},
        {summary.associations, "stat_associations"},
        {summary.memberMunicipalities, "stat_municipalities"}};
    const float columnW = std::min(r.w - 2 * margin, ui.px(1300)) / 3.0f;
    const float figuresTop = ruleY + ui.px(64);
    for (int i = 0; i < 3; ++i) {
        const float x = cx + float(i - 1) * columnW;
        drawCenteredLine(*ui.list, ui.fonts->display, groupThousands(figures[i].first), x,
                         figuresTop, columnW * 0.9f, themeColor(t.accent, appear));
        drawCenteredLine(*ui.list, ui.fonts->body, ui.text(figures[i].second), x,
                         figuresTop + ui.fonts->display->FontSize * 1.2f, columnW * 0.9f,
                         themeColor(t.text, appear));
    }
    const std::string& credit = pack.manifest.credit.ja;
    if (!credit.empty()) {
        const float cw = textWidth(ui.fonts->caption, credit);
        ui.list->AddText(
            ui.fonts->caption, ui.fonts->caption->FontSize,
            v(r.right() - ui.px(32) - cw, r.bottom() - ui.px(24) - ui.fonts->caption->FontSize),
            themeColor(t.muted), credit.c_str());
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
        const float shown = drawPicture(ui, e.image, r, ImageFit::Cover, 1.0f, &motion);
        if (shown > 0.0f) {
            const ImU32 dark = themeColor(t.background, 0.92f * shown);
            const ImU32 clear = themeColor(t.background, 0.0f);
            const float shadeW = r.w * (ui.portrait() ? 1.0f : 0.72f);
            ui.list->AddRectFilledMultiColor(v(r.x, r.y), v(r.x + shadeW, r.bottom()), dark, clear,
                                             clear, dark);
        }
    }
    const float margin = ui.px(ui.portrait() ? 72 : 160);
    const float w = r.w - 2 * margin;
    // The text drifts up a little over the slide: slow movement keeps the eye.
    float y = r.y + r.h * (ui.portrait() ? 0.2f : 0.16f) -
              ui.px(24) * float(steppedProgress(progress, 24));  // whole pixels
    y += drawWrapped(ui, ui.fonts->body, ui.text("highlight_label"), r.x + margin, y, w,
                     themeColor(tint), 1, 1.5f);
    y += drawWrapped(ui, ui.fonts->title, formatEventDate(e.date, ui.language), r.x + margin, y, w,
                     themeColor(t.accent), 1, 1.4f) +
         ui.px(12);
    y += drawWrapped(ui, ui.fonts->display, ui.in(e.title), r.x + margin, y, w, themeColor(t.text),
                     3, 1.25f) +
         ui.px(28);
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.summary), r.x + margin, y, w, themeColor(t.text),
                     4, 1.5f) +
         ui.px(20);
    if (!e.venue.empty())
        drawWrapped(ui, ui.fonts->body, ui.in(e.venue), r.x + margin, y, w, themeColor(t.muted), 2,
                    1.5f);
}

void drawNumbersSlide(const UiContext& ui, const Rect& r, double progress) {
    const Theme& t = ui.theme();
    drawBackdrop(ui, r, progress, t.accent);
    const Stats& stats = ui.pack->stats;
    const StatsSeries* total = nullptr;
    for (const auto& s : stats.series)
        if (s.total) total = &s;
    if (!total) return;
    const float margin = ui.px(120);
    float y = r.y + ui.px(90);
    y += drawWrapped(ui, ui.fonts->display, ui.text("numbers_heading"), r.x + margin, y,
                     r.w - 2 * margin, themeColor(t.text), 2, 1.25f);
    y += drawWrapped(ui, ui.fonts->body, ui.in(total->label) + "  ·  " + ui.in(stats.asOf),
                     r.x + margin, y, r.w - 2 * margin, themeColor(t.muted), 1, 1.6f) +
         ui.px(24);
    const Rect chart{r.x + margin, y, r.w - 2 * margin, r.bottom() - y - ui.px(200)};
    drawStatsBars(ui, chart, *total, easeOutCubic(float(progress * 3.0)), t.accent);
}

void drawPartnersSlide(const UiContext& ui, const Rect& r, double progress) {
    const Theme& t = ui.theme();
    drawBackdrop(ui, r, progress, t.surface);
    const float margin = ui.px(120);
    float y = r.y + ui.px(90);
    y += drawWrapped(ui, ui.fonts->display, ui.text("associations_heading"), r.x + margin, y,
                     r.w - 2 * margin, themeColor(t.text), 2, 1.25f) +
         ui.px(24);
    const auto& list = ui.pack->associations;
    const int columns = ui.portrait() ? 1 : 2;
    const int rows = int((list.size() + columns - 1) / columns);
    const float colW = (r.w - 2 * margin) / columns;
    const float rowH =
        std::min(ui.px(86), (r.bottom() - ui.px(200) - y) / float(std::max(rows, 1)));
    for (size_t i = 0; i < list.size(); ++i) {
        // Each row appears in turn, as the partners joined.
        const float appear = easeOutCubic(float(progress * 4.0 - double(i) * 0.15));
        const float x = r.x + margin + float(i / rows) * colW;
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
    const float margin = ui.px(120);
    float y = r.y + ui.px(portrait ? 90 : 140);
    const float textW = portrait ? r.w - 2 * margin : r.w * 0.34f - margin;
    y += drawWrapped(ui, ui.fonts->title, ui.text("growth_heading"), r.x + margin, y, textW,
                     themeColor(t.text), 2, 1.3f) +
         ui.px(24);
    drawWrapped(ui, ui.fonts->display, std::to_string(year), r.x + margin, y, textW,
                themeColor(t.accent), 1, 1.2f);
    y += lineHeight(ui.fonts->display, 1.2f);
    y += drawWrapped(ui, ui.fonts->body, eraLabelForYear(year, ui.language), r.x + margin, y, textW,
                     themeColor(t.muted), 1, 1.4f) +
         ui.px(24);
    drawWrapped(ui, ui.fonts->display, groupThousands(std::lround(counter)), r.x + margin, y, textW,
                themeColor(t.text), 1, 1.2f);
    y += lineHeight(ui.fonts->display, 1.2f);
    y += drawWrapped(ui, ui.fonts->body, ui.text("stat_municipalities"), r.x + margin, y, textW,
                     themeColor(t.text), 1, 1.4f) +
         ui.px(28);
    drawGrowthYearTotals(ui, r.x + margin, y, textW, span, years);
}

void drawAttractSlide(const UiContext& ui, const Rect& r, const AttractSlide& slide,
                      double progress, double secondsIn) {
    if (slide.type == "event") {
        if (const Event* e = ui.pack->findEvent(slide.eventId)) {
            drawEventSlide(ui, r, *e, progress);
            return;
        }
    }
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

void drawTouchPrompt(const UiContext& ui, double now) {
    const Theme& t = ui.theme();
    const LocalizedText* touch = ui.pack->findString("touch_to_start");
    const std::string prompt = touch ? touch->ja + "  /  " + touch->en : "Touch to start";
    ImFont* font = ui.fonts->title;
    const float pulse = 0.8f + 0.2f * float(std::cos(now * 2.4));
    const float textW = textWidth(font, prompt);
    const float pillW = std::min(textW + ui.px(96), ui.screen.w - ui.px(64));
    const float pillH = font->FontSize + ui.px(48);
    const float cx = ui.screen.center().x;
    const float top = ui.screen.bottom() - ui.px(ui.portrait() ? 220 : 150) - pillH * 0.5f;
    const float ring = ui.px(6) + ui.px(14) * (1.0f - pulse) * 5.0f;
    ui.list->AddRect(v(cx - pillW * 0.5f - ring, top - ring),
                     v(cx + pillW * 0.5f + ring, top + pillH + ring),
                     themeColor(t.accent, 0.35f * pulse), pillH * 0.5f + ring, 0, ui.px(4));
    ui.list->AddRectFilled(v(cx - pillW * 0.5f, top), v(cx + pillW * 0.5f, top + pillH),
                           themeColor(t.accent), pillH * 0.5f);
    drawCenteredLine(*ui.list, font, prompt, cx, top + (pillH - font->FontSize) * 0.5f,
                     pillW - ui.px(48), themeColor(t.background));
}

}  // namespace kiosk::ui
