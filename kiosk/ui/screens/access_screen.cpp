#include "screens/access_screen.hpp"

#include <algorithm>

#include "paint.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

struct Row {
    AccessOption option;
    const char* labelKey;
    bool on;
};

// One row: the choice's name on the left, its control on the right (on a
// narrow screen, under it). Returns the row's height; sets `next` when touched.
float drawToggleRow(const UiContext& ui, const Row& row, float x, float y, float w,
                    AccessChoices& next) {
    const Theme& t = ui.theme();
    const float buttonH = ui.px(96), buttonW = std::max(ui.px(220), w * 0.28f);
    const float labelW = w - buttonW - ui.gutter();
    const LaidOutText label = layoutWith(ui.fonts->title, ui.text(row.labelKey), labelW);
    const float labelH = lineHeight(ui.fonts->title, 1.3f) * float(label.lines.size());
    const float h = std::max(buttonH, labelH);
    drawLaidOut(*ui.list, ui.fonts->title, label, x, y + (h - labelH) * 0.5f, themeColor(t.text),
                1.3f);
    const Rect r{x + w - buttonW, y + (h - buttonH) * 0.5f, buttonW, buttonH};
    const std::string state = ui.text(row.on ? "setting_on" : "setting_off");
    if (button(ui, r, state, row.on ? ButtonStyle::Primary : ButtonStyle::Surface, Icon::None,
               ui.text(row.labelKey) + " " + state))
        next = next.toggled(row.option);
    return h;
}

// Text size: three buttons side by side, the chosen one filled, each label
// drawn in the size it gives so that the visitor sees the choice.
float drawTextSizeRow(const UiContext& ui, float x, float y, float w, AccessChoices& next) {
    const Theme& t = ui.theme();
    y += drawWrapped(ui, ui.fonts->title, ui.text("access_text_size"), x, y, w, themeColor(t.text),
                     0, 1.3f) +
         ui.px(12);
    const TextSize sizes[] = {TextSize::Standard, TextSize::Larger, TextSize::Largest};
    const char* keys[] = {"text_standard", "text_larger", "text_largest"};
    const float buttonW = (w - 2 * ui.gutter()) / 3.0f, buttonH = ui.px(96);
    for (int i = 0; i < 3; ++i) {
        const Rect r{x + float(i) * (buttonW + ui.gutter()), y, buttonW, buttonH};
        const bool chosen = ui.access.textSize == sizes[i];
        if (button(ui, r, ui.text(keys[i]), chosen ? ButtonStyle::Primary : ButtonStyle::Surface)) {
            next.textSize = sizes[i];
        }
    }
    return y + buttonH;
}

}  // namespace

Intent AccessScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    scroll_.update(ui.touch, a, ui.dt);
    const float w = std::min(a.w - 2 * ui.margin(), ui.px(1400));
    const float x = a.x + (a.w - w) * 0.5f;
    AccessChoices next = ui.access;
    float height = 0.0f;
    {
        ScrollView view(ui, a, scroll_, ui.theme().background);
        const UiContext& in = view.ui();
        const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
        float y = top;
        y += drawWrapped(in, in.fonts->body, in.text("access_intro"), x, y, w,
                         themeColor(in.theme().muted), 0, 1.5f) +
             ui.px(32);
        y = drawTextSizeRow(in, x, y, w, next) + ui.px(40);
        const AccessChoices& c = ui.access;
        const Row rows[] = {{AccessOption::Speech, "access_speech", c.speech},
                            {AccessOption::HighContrast, "access_contrast", c.highContrast},
                            {AccessOption::MoreTime, "access_more_time", c.moreTime},
                            {AccessOption::ReduceMotion, "access_reduce_motion", c.reduceMotion},
                            {AccessOption::Reach, "access_reach", c.reach}};
        for (const Row& row : rows) {
            y += drawToggleRow(in, row, x, y, w, next) + ui.px(28);
            if (row.option == AccessOption::Speech)
                y += drawWrapped(in, in.fonts->caption, in.text("access_speech_hint"), x, y, w,
                                 themeColor(in.theme().muted), 0, 1.5f) +
                     ui.px(28);
        }
        height = y - top;
    }
    scroll_.scroll().setExtent(height + ui.px(40), a.h);
    if (next != ui.access) return Intent::setAccess(next);
    return {};
}

}  // namespace kiosk::ui
