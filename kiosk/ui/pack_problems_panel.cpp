#include "pack_problems_panel.hpp"

#include <algorithm>

#include "paint.hpp"
#include "staff/staff_wording.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {

constexpr uint32_t kPanel = 0x101418;
constexpr uint32_t kErrorRed = 0xFF6B6B;
constexpr uint32_t kWarningAmber = 0xFFC857;
constexpr uint32_t kHeading = 0xFFFFFF;

std::string filled(std::string text, const std::string& key, size_t n) {
    const size_t at = text.find(key);
    if (at != std::string::npos) text.replace(at, key.size(), std::to_string(n));
    return text;
}

std::string word(const char* key, bool english) {
    const LocalizedText& t = staffText(key);
    return english ? t.en : t.ja;
}

std::string headingOf(const PackProblemsView& view, bool english) {
    size_t errors = 0;
    for (const auto& p : view.problems) errors += p.severity == Problem::Severity::Error;
    std::string heading = filled(filled(word("watch_problems", english), "{errors}", errors),
                                 "{warnings}", view.problems.size() - errors);
    if (view.showingLastGood) heading += "  " + word("watch_last_good", english);
    return heading;
}

}  // namespace

void drawPackProblems(const UiContext& ui, const PackProblemsView& view, bool english) {
    if (view.empty()) return;
    const Rect& s = ui.screen;
    ImFont* heading = ui.fonts->title;
    ImFont* line = ui.fonts->body;
    const float pad = std::max(ui.px(24), 8.0f);
    const float width = s.w - 2 * pad;
    const float maxHeight = s.h / 2;
    const float spacing = 1.25f;
    const LaidOutText head = layoutWith(heading, headingOf(view, english), width - 2 * pad, 2);
    float y = s.y + pad + head.lines.size() * heading->FontSize * spacing;
    // Lay out as many lines as fit, then draw the panel behind them.
    std::vector<std::pair<LaidOutText, uint32_t>> lines;
    size_t shown = 0;
    for (const Problem& p : view.problems) {
        LaidOutText text = layoutWith(line, p.format(), width - 2 * pad, 2);
        const float h = text.lines.size() * line->FontSize * spacing;
        if (y + h > s.y + maxHeight - line->FontSize * spacing) break;
        y += h;
        lines.emplace_back(std::move(text),
                           p.severity == Problem::Severity::Error ? kErrorRed : kWarningAmber);
        ++shown;
    }
    LaidOutText more;
    if (shown < view.problems.size()) {
        more = layoutWith(line,
                          filled(word("watch_more", english), "{n}", view.problems.size() - shown),
                          width - 2 * pad, 1);
        y += line->FontSize * spacing;
    }
    ImDrawList& list = *ui.list;
    list.AddRectFilled(ImVec2(s.x + pad / 2, s.y + pad / 2), ImVec2(s.right() - pad / 2, y + pad),
                       themeColor(kPanel, 0.92f), pad / 2);
    float ty = s.y + pad;
    const float x = s.x + pad * 1.5f;
    ty += drawLaidOut(list, heading, head, x, ty, themeColor(kHeading), spacing);
    for (const auto& [text, color] : lines)
        ty += drawLaidOut(list, line, text, x, ty, themeColor(color), spacing);
    if (!more.lines.empty()) drawLaidOut(list, line, more, x, ty, themeColor(kHeading), spacing);
}

}  // namespace kiosk::ui
