#include "screens/highlights_screen.hpp"

#include <cmath>

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {
void drawCard(const UiContext& ui, const Event& e, const Rect& r, bool pressed) {
    const Theme& t = ui.theme();
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()),
                           themeColor(pressed ? mixColor(t.surface, t.text, 0.12f) : t.surface),
                           ui.px(28));
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.y + ui.px(12)),
                           themeColor(categoryColor(e.category)), ui.px(28),
                           ImDrawFlags_RoundCornersTop);
    const float pad = ui.px(56);
    float y = r.y + pad;
    if (!e.image.empty()) {
        // A band of the event's picture; its tinted placeholder shows until it is decoded.
        const Rect band{r.x + ui.px(20), r.y + ui.px(28), r.w - ui.px(40),
                        std::min(ui.px(240), r.h * 0.3f)};
        ui.list->AddRectFilled(v(band.x, band.y), v(band.right(), band.bottom()),
                               themeColor(mixColor(t.surface, categoryColor(e.category), 0.18f)),
                               ui.px(18));
        drawPicture(ui, e.image, band, ImageFit::Cover, 1.0f, nullptr, ui.px(18), e.imageFocus);
        y = band.bottom() + ui.px(32);
    }
    y += drawWrapped(ui, ui.fonts->body, formatEventDate(e.date, ui.language), r.x + pad, y,
                     r.w - 2 * pad, themeColor(t.accent), 1, 1.4f);
    y += drawWrapped(ui, ui.fonts->caption, ui.text(categoryStringKey(e.category)), r.x + pad, y,
                     r.w - 2 * pad, themeColor(t.muted), 1, 1.6f) +
         ui.px(12);
    y += drawWrapped(ui, ui.fonts->title, ui.in(e.title), r.x + pad, y, r.w - 2 * pad,
                     themeColor(t.text), 3, 1.3f) +
         ui.px(20);
    const float w = r.w - 2 * pad;
    const float lh = lineHeight(ui.fonts->body, 1.6f);
    auto linesLeft = [&] { return int((r.bottom() - pad - y) / lh); };
    if (linesLeft() > 0)
        y += drawWrapped(ui, ui.fonts->body, ui.in(e.summary), r.x + pad, y, w, themeColor(t.text),
                         linesLeft(), 1.6f) +
             ui.px(12);
    // As much of the detail as fits; the full text is one tap away.
    for (const BodyBlock& block : e.body) {
        if (block.paragraph && linesLeft() > 0)
            y += drawWrapped(ui, ui.fonts->body, ui.in(*block.paragraph), r.x + pad, y, w,
                             themeColor(t.muted), linesLeft(), 1.6f);
        for (const LocalizedText& item : block.items) {
            if (linesLeft() <= 0) break;
            ui.list->AddCircleFilled(v(r.x + pad + ui.px(8), y + lh * 0.5f), ui.px(5),
                                     themeColor(t.accent));
            y += drawWrapped(ui, ui.fonts->body, ui.in(item), r.x + pad + ui.px(28), y,
                             w - ui.px(28), themeColor(t.muted), linesLeft(), 1.6f);
        }
    }
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
    const float margin = ui.px(40);
    const Rect view{a.x + margin + arrowW, a.y, a.w - 2 * (margin + arrowW), a.h - ui.px(90)};
    // Two cards a page on a landscape screen, one on a portrait one.
    const int perPage = ui.portrait() ? 1 : 2;
    const int pages = (int(events.size()) + perPage - 1) / perPage;
    page_ = std::clamp(page_, 0, pages - 1);

    pager_.scroll().setExtent(double(view.w) * pages, view.w);
    const bool wasHeld = pager_.held();
    pager_.update(ui.touch, view, ui.dt);
    if (wasHeld && !pager_.held()) snapToSwipedPage(*ui.touch, view, pages);
    drawCards(ui, events, view, perPage, intent);
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
                                 const Rect& view, int perPage, Intent& intent) const {
    const KineticScroll& scroll = pager_.scroll();
    ui.list->PushClipRect(v(view.x - ui.px(8), view.y), v(view.right() + ui.px(8), view.bottom()),
                          true);
    const float cardW = view.w / float(perPage);
    const int count = int(events.size());
    for (int i = 0; i < count; ++i) {
        const float x = view.x + float(i / perPage) * view.w + float(i % perPage) * cardW -
                        float(scroll.offset());
        if (x > view.right() || x + cardW < view.x) continue;
        const Rect card{x + ui.px(12), view.y + ui.px(8), cardW - ui.px(24), view.h - ui.px(16)};
        drawCard(ui, *events[size_t(i)], card, ui.touch && ui.touch->pressedIn(card));
        if (ui.touch && ui.touch->tappedIn(card))
            intent = Intent::open(ScreenId::Event, events[size_t(i)]->id);
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
    if (page_ > 0 && button(ui, prev, "", ButtonStyle::Surface, Icon::ChevronLeft))
        scroll.animateTo(double(--page_) * view.w);
    if (page_ < pages - 1 && button(ui, next, "", ButtonStyle::Surface, Icon::ChevronRight))
        scroll.animateTo(double(++page_) * view.w);

    const std::string counter = std::to_string(page_ + 1) + " / " + std::to_string(pages);
    drawCenteredLine(*ui.list, ui.fonts->body, counter, a.center().x, view.bottom() + ui.px(24),
                     a.w, themeColor(ui.theme().muted));
}

}  // namespace kiosk::ui
