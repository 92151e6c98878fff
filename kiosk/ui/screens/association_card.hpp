#pragma once
#include "text/line_breaker.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Where everything on a partner association's card goes. Nothing overlaps:
// the name and summary run the full width and wrap (never cut), the member
// count and agreement date sit beside the region's silhouette (text never lies
// over it), and a footer says the card opens the partner map.
struct AssociationCardLayout {
    Rect card;
    LaidOutText title, summary, count, date;
    Rect titleBox, summaryBox, countBox, dateBox;  // each text's lines
    Rect thumbnail;                                // the region's silhouette
    Rect footer;                                   // "Partner map ›"
    float naturalHeight = 0;                       // the least height that holds it all
};

// The card's edge: over 3:1 against the background, so that the card reads
// as something to touch.
uint32_t associationCardEdge(const Theme& theme);

// Cards side by side in ui.area: three on a landscape screen, two on a
// portrait one, fewer where a card would be too narrow for its name; and the
// width of each, on the layout grid.
int associationCardColumns(const UiContext& ui);
float associationCardWidth(const UiContext& ui);

// Lays a card out in `card`; a card taller than it needs (its neighbour in the
// row is) keeps the count, date and footer at its bottom. card.h 0 measures.
AssociationCardLayout layoutAssociationCard(const UiContext& ui, const Association& as,
                                            const Rect& card);

void drawAssociationCard(const UiContext& ui, const Association& as,
                         const AssociationCardLayout& layout, bool pressed);

}  // namespace kiosk::ui
