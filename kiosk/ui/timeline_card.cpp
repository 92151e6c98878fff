#include "timeline_card.hpp"

#include <algorithm>

#include "category_style.hpp"
#include "content/date_format.hpp"
#include "paint.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

void drawTimelineCard(const UiContext& ui, const Rect& card, const Event& e, uint32_t fill,
                      float edge) {
    const Theme& t = ui.theme();
    ImDrawList& list = *ui.list;
    const uint32_t color = categoryColor(e.category);
    list.AddRectFilled(ImVec2(card.x, card.y), ImVec2(card.right(), card.bottom()),
                       themeColor(fill), ui.px(14));
    list.AddRectFilled(ImVec2(card.x, card.y), ImVec2(card.x + ui.px(10), card.bottom()),
                       themeColor(color), ui.px(14), ImDrawFlags_RoundCornersLeft);
    if (edge > 0.0f)
        list.AddRect(ImVec2(card.x, card.y), ImVec2(card.right(), card.bottom()),
                     themeColor(color, edge), ui.px(14), 0, ui.px(6));
    const float pad = ui.px(24);
    float y = card.y + pad * 0.7f;
    const std::string date = formatEventDateShort(e.date, ui.language);
    list.AddText(ui.fonts->caption, ui.fonts->caption->FontSize, ImVec2(card.x + pad, y),
                 themeColor(t.accent), date.c_str());
    recordText(ui.fonts->caption, ui.fonts->caption->FontSize, ImVec2(card.x + pad, y), date);
    y += ui.fonts->caption->FontSize * 1.5f;
    const float textW = card.w - pad * 1.8f;  // a right margin clear of the edge
    const int titleLines = std::max(
        1, std::min(2, int((card.bottom() - y - pad * 0.5f) / lineHeight(ui.fonts->body, 1.3f))));
    y += drawWrapped(ui, ui.fonts->body, ui.in(e.title), card.x + pad, y, textW, themeColor(t.text),
                     titleLines, 1.3f);
    // Many titles are a meeting's name; the summary's first words say what happened.
    const int summaryLines =
        int((card.bottom() - y - pad * 0.4f) / lineHeight(ui.fonts->caption, 1.4f));
    if (summaryLines > 0)
        drawWrapped(ui, ui.fonts->caption, ui.in(e.summary), card.x + pad, y + ui.px(4), textW,
                    themeColor(t.muted), summaryLines, 1.4f);
}

void drawTimelineYearHeader(const UiContext& ui, float x, float y, float width, float headerHeight,
                            int year) {
    const Theme& t = ui.theme();
    ImDrawList& list = *ui.list;
    const std::string label = year ? std::to_string(year) : ui.text("date_unknown");
    list.AddText(ui.fonts->title, ui.fonts->title->FontSize, ImVec2(x, y), themeColor(t.accent),
                 label.c_str());
    recordText(ui.fonts->title, ui.fonts->title->FontSize, ImVec2(x, y), label);
    if (year) {
        const std::string era = eraLabelForYear(year, ui.language);
        const ImVec2 at(x + textWidth(ui.fonts->title, label) + ui.px(16),
                        y + ui.fonts->title->FontSize - ui.fonts->body->FontSize * 1.1f);
        list.AddText(ui.fonts->body, ui.fonts->body->FontSize, at, themeColor(t.muted),
                     era.c_str());
        recordText(ui.fonts->body, ui.fonts->body->FontSize, at, era);
    }
    list.AddLine(ImVec2(x, y + headerHeight - ui.px(14)),
                 ImVec2(x + width, y + headerHeight - ui.px(14)), themeColor(t.muted, 0.35f),
                 ui.px(2));
}

}  // namespace kiosk::ui
