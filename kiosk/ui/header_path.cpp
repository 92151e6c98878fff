#include "header_path.hpp"

#include <cmath>

#include "icons.hpp"
#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "text/path_fit.hpp"
#include "text/utf8.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

namespace {

std::string labelOf(const UiContext& ui, ScreenId id) {
    const char* key = screenEntry(id).labelKey;
    return key ? ui.text(key) : std::string();
}

void pushDistinct(std::vector<std::string>& items, std::string item) {
    if (!item.empty() && (items.empty() || items.back() != item)) items.push_back(std::move(item));
}

// The longest beginning of `text` (whole characters) that fits `width` with
// an ellipsis after it.
std::string cutToWidth(ImFont* font, const std::string& text, float width) {
    const std::string ellipsis = "…";
    if (textWidth(font, text) <= width) return text;
    const std::u32string chars = decodeUtf8(text);
    std::string kept;
    for (char32_t c : chars) {
        const std::string next = kept + encodeUtf8(c);
        if (textWidth(font, next + ellipsis) > width) break;
        kept = next;
    }
    return kept + ellipsis;
}

}  // namespace

std::vector<std::string> headerPath(const UiContext& ui, const std::vector<ScreenRef>& path,
                                    const Screen* current) {
    std::vector<std::string> items;
    if (path.size() <= 1) {
        items.push_back(labelOf(ui, ScreenId::Home));
        return items;
    }
    for (size_t i = 1; i + 1 < path.size(); ++i) pushDistinct(items, labelOf(ui, path[i].id));
    const ScreenId id = path.back().id;
    const std::vector<std::string> parts =
        current ? current->headingParts(ui) : std::vector<std::string>{};
    const bool destination = screenEntry(id).tile.order >= 0;
    if (parts.empty() || destination || items.empty()) pushDistinct(items, labelOf(ui, id));
    for (const std::string& part : parts) pushDistinct(items, part);
    return items;
}

void drawHeaderPath(const UiContext& ui, const Rect& header,
                    const std::vector<std::string>& items) {
    if (items.empty()) return;
    const Theme& t = ui.theme();
    ImFont* font = ui.fonts->body;
    const float chevron = std::round(font->FontSize * 0.5f);
    const float separator = chevron + 2 * ui.px(14);
    const std::string ellipsis = "…";
    std::vector<float> widths;
    for (const std::string& item : items) widths.push_back(textWidth(font, item));
    const float left = header.x + ui.margin();
    const PathFit fit = fitPathFromLeft(widths, separator, textWidth(font, ellipsis),
                                        header.right() - ui.margin() - left);
    const float y = std::round(header.y + (header.h - font->FontSize) * 0.5f);
    float x = std::round(left);
    const auto drawSeparator = [&] {
        drawIcon(*ui.list, Icon::ChevronRight,
                 Rect{x + ui.px(14), header.y + (header.h - chevron) * 0.5f, chevron, chevron},
                 themeColor(t.muted));
        x += separator;
    };
    if (fit.ellipsis) {
        ui.list->AddText(font, font->FontSize, v(x, y), themeColor(t.muted), ellipsis.c_str());
        x += textWidth(font, ellipsis);
        drawSeparator();
    }
    for (size_t i = fit.first; i < items.size(); ++i) {
        const bool last = i + 1 == items.size();
        const std::string shown = last ? cutToWidth(font, items[i], fit.lastItemWidth) : items[i];
        ui.list->AddText(font, font->FontSize, v(std::round(x), y),
                         themeColor(last ? t.text : t.muted), shown.c_str());
        recordText(font, font->FontSize, v(std::round(x), y), shown);
        if (last) break;
        x += widths[i];
        drawSeparator();
    }
}

}  // namespace kiosk::ui
