#include "screens/highlights_screen.hpp"

#include <algorithm>
#include <cmath>

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "speech/utterance.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

// How many cards a page shows: two side by side on a landscape screen, two
// one above the other on a portrait one (so that neither leaves half a
// card's height empty), one where two would not fit.
struct PageShape {
    int columns = 1;
    int rows = 1;
    int perPage() const { return columns * rows; }
};

namespace {

// The card's text below its picture: date, category, title, then as much of
// the summary and the detail as fits above `bottom`.
void drawCardText(const UiContext& ui, const Event& e, float x, float y, float w, float bottom) {
    const Theme& t = ui.theme();
    y += drawWrapped(ui, ui.fonts->body, formatEventDate(e.date, ui.language), x, y, w,
                     themeColor(t.accent), 1, 1.4f);
    y += drawWrapped(ui, ui.fonts->caption, ui.text(categoryStringKey(e.category)), x, y, w,
                     themeColor(t.muted), 1, 1.6f) +
         ui.px(12);
    // Three lines of title at most, fewer where the card has no room for
    // them (larger text): the whole title is one tap away.
    const float titleLH = lineHeight(ui.fonts->title, 1.3f);
    const int titleLines = std::clamp(int((bottom - y) / titleLH), 1, 3);
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.title), x, y, w, themeColor(t.text), titleLines,
                     1.3f) +
         ui.px(20);
    const float lh = lineHeight(ui.fonts->body, 1.6f);
    auto linesLeft = [&] { return int((bottom - y) / lh); };
    if (linesLeft() > 0)
        y += drawWrapped(ui, ui.fonts->body, ui.in(e.summary), x, y, w, themeColor(t.text),
                         linesLeft(), 1.6f) +
             ui.px(12);
    // As much of the detail as fits; the full text is one tap away.
    for (const BodyBlock& block : e.body) {
        if (block.paragraph && linesLeft() > 0)
            y += drawWrapped(ui, ui.fonts->body, ui.in(*block.paragraph), x, y, w,
                             themeColor(t.muted), linesLeft(), 1.6f);
        for (const LocalizedText& item : block.items) {
            if (linesLeft() <= 0) break;
            ui.list->AddCircleFilled(v(x + ui.px(8), y + lh * 0.5f), ui.px(5),
                                     themeColor(t.accent));
            y += drawWrapped(ui, ui.fonts->body, ui.in(item), x + ui.px(28), y, w - ui.px(28),
                             themeColor(t.muted), linesLeft(), 1.6f);
        }
    }
}

// Height the text needs at the least: date, category, the title as laid out
// (three lines at most) and two lines of the summary.
float cardTextMinimum(const UiContext& ui, const Event& e, float w) {
    const int titleLines =
        std::max<int>(1, int(layoutWith(ui, ui.fonts->title, ui.in(e.title), w, 3).lines.size()));
    return lineHeight(ui.fonts->body, 1.4f) + lineHeight(ui.fonts->caption, 1.6f) + ui.px(12) +
           titleLines * lineHeight(ui.fonts->title, 1.3f) + ui.px(20) +
           2 * lineHeight(ui.fonts->body, 1.6f) + ui.px(8);
}

void drawCard(const UiContext& ui, const Event& e, const Rect& r, bool pressed) {
    const Theme& t = ui.theme();
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                           themeColor(pressed ? mixColor(t.surface, t.text, 0.12f) : t.surface),
                           ui.px(28));
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.y + ui.px(12)),
                           themeColor(categoryColor(e.category)), ui.px(28),
                           ImDrawFlags_RoundCornersTop);
    drawControlOutline(ui, r, ui.px(28));
    const float pad = ui.px(48);
    const float textW = r.w - 2 * pad;
    float y = r.y + pad;
    const float textRoom = r.h - pad - ui.px(28) - ui.px(32) - cardTextMinimum(ui, e, textW);
    // With larger text on a low card the text has the card: a sliver of
    // picture tells nothing, and the title would lose its lines to it.
    const bool pictureFits = textScaleOf(ui) <= 1.0f || textRoom >= ui.px(160);
    if (!e.image.empty() && pictureFits) {
        // The picture whole (16:9, as the title cards and the screens it was
        // made for) where the card is tall enough, else as tall as the text
        // leaves it, cropped around its subject. Its tinted placeholder shows
        // until it is decoded.
        const float inset = ui.px(20);
        const float w = r.w - 2 * inset;
        const float h =
            std::clamp(textRoom, std::min(ui.px(160), w * 9.0f / 16.0f), w * 9.0f / 16.0f);
        const Rect picture{r.x + inset, r.y + ui.px(28), w, h};
        ui.list->AddRectFilled(v(picture.x, picture.y), v(picture.right(), picture.bottom()),
                               themeColor(mixColor(t.surface, categoryColor(e.category), 0.18f)),
                               ui.px(18));
        drawPicture(ui, e.image, picture, ImageFit::Cover, 1.0f, nullptr, ui.px(18), e.imageFocus);
        y = picture.bottom() + ui.px(32);
    }
    drawCardText(ui, e, r.x + pad, y, textW, r.bottom() - pad);
}

PageShape pageShapeFor(const UiContext& ui, const Rect& view) {
    // Wide enough for a title's few words a line at the visitor's text size.
    const float minCard = ui.px(520) * textScaleOf(ui);
    PageShape shape;
    if (view.w >= view.h) {
        if (view.w >= 2 * minCard) shape.columns = 2;
    } else if (view.h >= 2 * minCard) {
        shape.rows = 2;
    }
    return shape;
}

}  // namespace

Intent HighlightsScreen::drawContent(const UiContext& ui) {
    std::vector<const Event*> events;
    for (const Event& e : ui.pack->events)
        if (e.highlight) events.push_back(&e);
    Intent intent;
    if (events.empty()) return intent;
    const Rect& a = ui.area;
    const float arrowW = ui.px(96);
    const float margin = ui.margin();
    const float counterH = lineHeight(ui.fonts->body, 1.0f) + 2 * ui.gutter();
    const Rect view{a.x + margin + arrowW, a.y + ui.gutter(), a.w - 2 * (margin + arrowW),
                    a.h - ui.gutter() - counterH};
    const PageShape shape = pageShapeFor(ui, view);
    const int pages = (int(events.size()) + shape.perPage() - 1) / shape.perPage();
    page_ = std::clamp(page_, 0, pages - 1);

    pager_.scroll().setExtent(double(view.w) * pages, view.w);
    const bool wasHeld = pager_.held();
    pager_.update(ui.touch, view, ui.motionStep());
    if (wasHeld && !pager_.held()) snapToSwipedPage(*ui.touch, view, pages);
    drawCards(ui, events, view, shape, intent);
    drawPageControls(ui, view, margin, arrowW, pages);
    return intent;
}

// Pages snap: a release settles on the page the swipe points to.
void HighlightsScreen::snapToSwipedPage(const TouchFrame& touch, const Rect& view, int pages) {
    KineticScroll& scroll = pager_.scroll();
    if (touch.swipe == SwipeDirection::Left)
        ++page_;
    else if (touch.swipe == SwipeDirection::Right)
        --page_;
    else
        page_ = int(std::lround(scroll.offset() / view.w));
    page_ = std::clamp(page_, 0, pages - 1);
    scroll.animateTo(double(page_) * view.w);
}

void HighlightsScreen::drawCards(const UiContext& ui, const std::vector<const Event*>& events,
                                 const Rect& view, const PageShape& shape, Intent& intent) const {
    const KineticScroll& scroll = pager_.scroll();
    ui.list->PushClipRect(v(view.x - ui.px(8), view.y), v(view.right() + ui.px(8), view.bottom()),
                          true);
    const float cellW = view.w / float(shape.columns), cellH = view.h / float(shape.rows);
    const float half = ui.gutter() * 0.5f;
    for (size_t i = 0; i < events.size(); ++i) {
        const int page = int(i) / shape.perPage(), slot = int(i) % shape.perPage();
        const float x = view.x + float(page) * view.w + float(slot % shape.columns) * cellW -
                        float(scroll.offset());
        if (x > view.right() || x + cellW < view.x) continue;
        const float y = view.y + float(slot / shape.columns) * cellH;
        const Rect card{x + half, y + half, cellW - 2 * half, cellH - 2 * half};
        drawCard(ui, *events[i], card, ui.touch && ui.touch->pressedIn(card));
        // A card half scrolled out of view opens only where it shows.
        recordVisibleTarget(ui, card, view, ui.in(events[i]->title));
        if (ui.touch && ui.touch->tappedIn(card) && view.contains(*ui.touch->tap))
            intent = Intent::open(ScreenId::Event, events[i]->id);
    }
    ui.list->PopClipRect();
}

// The arrows either side of the cards and where we are: "3 / 24".
void HighlightsScreen::drawPageControls(const UiContext& ui, const Rect& view, float margin,
                                        float arrowW, int pages) {
    const Rect& a = ui.area;
    KineticScroll& scroll = pager_.scroll();
    const float arrowH = ui.px(160);
    const Rect prev{a.x + margin, view.y + (view.h - arrowH) * 0.5f, arrowW - ui.px(16), arrowH};
    const Rect next{view.right() + ui.px(16), prev.y, arrowW - ui.px(16), arrowH};
    if (page_ > 0 &&
        button(ui, prev, "", ButtonStyle::Surface, Icon::ChevronLeft, ui.text("previous_page")))
        scroll.animateTo(double(--page_) * view.w);
    if (page_ < pages - 1 &&
        button(ui, next, "", ButtonStyle::Surface, Icon::ChevronRight, ui.text("next_page")))
        scroll.animateTo(double(++page_) * view.w);

    const std::string counter = std::to_string(page_ + 1) + " / " + std::to_string(pages);
    drawCenteredLine(*ui.list, ui.fonts->body, counter, a.center().x, view.bottom() + ui.gutter(),
                     a.w, themeColor(ui.theme().muted));
}

// For each card on the page: where it stands ("3 of 13"), its date and title.
std::vector<std::string> HighlightsScreen::spokenContent(const UiContext& ui) const {
    std::vector<const Event*> events;
    for (const Event& e : ui.pack->events)
        if (e.highlight) events.push_back(&e);
    const Rect& a = ui.area;
    const float arrowW = ui.px(96);
    const Rect view{a.x + ui.margin() + arrowW, a.y + ui.gutter(), a.w - 2 * (ui.margin() + arrowW),
                    a.h - 2 * ui.gutter() - lineHeight(ui.fonts->body, 1.0f)};
    const int perPage = pageShapeFor(ui, view).perPage();
    std::vector<std::string> texts;
    const int total = int(events.size());
    for (int i = page_ * perPage; i < std::min(total, (page_ + 1) * perPage); ++i) {
        const auto position =
            templatePieces(ui.text("position_of"),
                           {{"n", std::to_string(i + 1)}, {"total", std::to_string(total)}});
        texts.insert(texts.end(), position.begin(), position.end());
        texts.push_back(formatEventDate(events[size_t(i)]->date, ui.language));
        texts.push_back(ui.in(events[size_t(i)]->title));
    }
    return texts;
}

}  // namespace kiosk::ui
