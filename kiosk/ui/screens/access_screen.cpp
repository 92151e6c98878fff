#include "screens/access_screen.hpp"

#include <algorithm>

#include "paint.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// One row: the choice's name on the left, its control on the right. Returns
// the row's height; sets `next` when the control is touched.
// `spokenState` is the state as speech says it, when it differs from what
// the button shows.
float drawChoiceRow(const UiContext& ui, const std::string& name, const std::string& state, bool on,
                    float x, float y, float w, bool& touched, const std::string& spokenState = {}) {
    const Theme& t = ui.theme();
    const float buttonH = ui.px(96), buttonW = std::max(ui.px(200), w * 0.3f);
    const LaidOutText label = layoutWith(ui, ui.fonts->title, name, w - buttonW - ui.gutter());
    const float labelH = lineHeight(ui.fonts->title, 1.3f) * float(label.lines.size());
    const float h = std::max(buttonH, labelH);
    drawLaidOut(*ui.list, ui.fonts->title, label, x, y + (h - labelH) * 0.5f, themeColor(t.text),
                1.3f);
    const Rect r{x + w - buttonW, y + (h - buttonH) * 0.5f, buttonW, buttonH};
    touched = button(ui, r, state, on ? ButtonStyle::Primary : ButtonStyle::Surface, Icon::None,
                     name + ": " + (spokenState.empty() ? state : spokenState));
    return h;
}

float drawToggleRow(const UiContext& ui, AccessOption option, const char* key, bool on, float x,
                    float y, float w, AccessChoices& next) {
    bool touched = false;
    const float h = drawChoiceRow(ui, ui.text(key), ui.text(on ? "setting_on" : "setting_off"), on,
                                  x, y, w, touched);
    if (touched) next = next.toggled(option);
    return h;
}

// Speech volume: the venue's level and three steps louder, shown as "2 / 4".
float drawVolumeRow(const UiContext& ui, float x, float y, float w, AccessChoices& next) {
    const std::string level =
        std::to_string(ui.access.speechLouder + 1) + " / " + std::to_string(kSpeechLoudestStep + 1);
    bool touched = false;
    const float h =
        drawChoiceRow(ui, ui.text("access_speech_volume"), level, ui.access.speechLouder > 0, x, y,
                      w, touched, std::to_string(ui.access.speechLouder + 1));
    if (touched) next = next.toggled(AccessOption::SpeechVolume);
    return h;
}

// Text size: its name, and three buttons side by side, the chosen one filled.
float drawTextSizeRow(const UiContext& ui, float x, float y, float w, AccessChoices& next) {
    const float top = y;
    y += drawWrapped(ui, ui.fonts->title, ui.text("access_text_size"), x, y, w,
                     themeColor(ui.theme().text), 0, 1.3f) +
         ui.px(12);
    const TextSize sizes[] = {TextSize::Standard, TextSize::Larger, TextSize::Largest};
    const char* keys[] = {"text_standard", "text_larger", "text_largest"};
    const float buttonW = (w - 2 * ui.gutter()) / 3.0f, buttonH = ui.px(96);
    for (int i = 0; i < 3; ++i) {
        const Rect r{x + float(i) * (buttonW + ui.gutter()), y, buttonW, buttonH};
        const bool chosen = ui.access.textSize == sizes[i];
        if (button(ui, r, ui.text(keys[i]), chosen ? ButtonStyle::Primary : ButtonStyle::Surface))
            next.textSize = sizes[i];
    }
    return y + buttonH - top;
}

// What is seen: text size, contrast, motion, reach.
float drawSeeingColumn(const UiContext& ui, float x, float y, float w, AccessChoices& next) {
    const float top = y, gap = ui.px(36);
    const AccessChoices& c = ui.access;
    y += drawTextSizeRow(ui, x, y, w, next) + gap;
    y += drawToggleRow(ui, AccessOption::HighContrast, "access_contrast", c.highContrast, x, y, w,
                       next) +
         gap;
    y += drawToggleRow(ui, AccessOption::ReduceMotion, "access_reduce_motion", c.reduceMotion, x, y,
                       w, next) +
         gap;
    y += drawToggleRow(ui, AccessOption::Reach, "access_reach", c.reach, x, y, w, next);
    return y - top;
}

// What is heard, and time: speech and how to use it, its volume, more time.
float drawHearingColumn(const UiContext& ui, float x, float y, float w, AccessChoices& next) {
    const float top = y, gap = ui.px(36);
    const AccessChoices& c = ui.access;
    // A language the pack's narration does not speak says so, rather than
    // offering a switch that would stay silent.
    if (!ui.pack->narration.speaks(ui.language)) {
        y += drawWrapped(ui, ui.fonts->title, ui.text("access_speech"), x, y, w,
                         themeColor(ui.theme().text), 0, 1.3f) +
             ui.px(12);
        y += drawWrapped(ui, ui.fonts->body, ui.text("access_speech_unavailable"), x, y, w,
                         themeColor(ui.theme().muted), 0, 1.5f) +
             gap;
        y += drawToggleRow(ui, AccessOption::MoreTime, "access_more_time", c.moreTime, x, y, w,
                           next);
        return y - top;
    }
    y += drawToggleRow(ui, AccessOption::Speech, "access_speech", c.speech, x, y, w, next) +
         ui.px(12);
    y += drawWrapped(ui, ui.fonts->body, ui.text("access_speech_hint"), x, y, w,
                     themeColor(ui.theme().muted), 0, 1.5f) +
         gap;
    y += drawVolumeRow(ui, x, y, w, next) + gap;
    y += drawToggleRow(ui, AccessOption::MoreTime, "access_more_time", c.moreTime, x, y, w, next);
    return y - top;
}

}  // namespace

Intent AccessScreen::drawContent(const UiContext& ui) {
    const Rect& a = ui.area;
    scroll_.update(ui.touch, a, ui.dt);
    const float width = a.w - 2 * ui.margin();
    // Two columns side by side where each still has room for a name and its
    // control; one above the other on a portrait screen.
    const float columnW = std::min(ui.px(820), (width - 2 * ui.gutter()) * 0.5f);
    // At twice the type a column no longer holds a name beside its control:
    // one column then, as wide as the type needs.
    const float scale = float(textScale(ui.access.textSize));
    const bool twoColumns = columnW >= ui.px(640) && ui.access.textSize != TextSize::Largest;
    const float w = twoColumns ? columnW : std::min(width, ui.px(1000) * scale);
    const float x = a.x + (a.w - (twoColumns ? 2 * w + 2 * ui.gutter() : w)) * 0.5f;
    AccessChoices next = ui.access;
    float height = 0.0f;
    {
        ScrollView view(ui, a, scroll_, ui.theme().background);
        const UiContext& in = view.ui();
        const float top = a.y + ui.gutter() - float(scroll_.scroll().offset());
        float y = top;
        y += drawWrapped(in, in.fonts->body, in.text("access_intro"), x, y, w * 2,
                         themeColor(in.theme().muted), 0, 1.5f) +
             ui.px(32);
        // Speech first: a visitor who cannot see meets it before anything else.
        if (twoColumns) {
            const float left = drawHearingColumn(in, x, y, w, next);
            const float right = drawSeeingColumn(in, x + w + 2 * ui.gutter(), y, w, next);
            y += std::max(left, right);
        } else {
            y += drawHearingColumn(in, x, y, w, next) + ui.px(48);
            y += drawSeeingColumn(in, x, y, w, next);
        }
        height = y - top;
    }
    scroll_.scroll().setExtent(height + ui.px(40), a.h);
    if (next != ui.access) return Intent::setAccess(next);
    return {};
}

// Each choice and its state, in the order the screen lists them (speech first).
std::vector<std::string> AccessScreen::spokenContent(const UiContext& ui) const {
    const AccessChoices& c = ui.access;
    const char* size = c.textSize == TextSize::Standard ? "text_standard"
                       : c.textSize == TextSize::Larger ? "text_larger"
                                                        : "text_largest";
    const auto state = [&](bool on) { return ui.text(on ? "setting_on" : "setting_off"); };
    // Someone who cannot see the screen came here from the offer on waking:
    // the corner button they just found turns speech on when pressed again.
    std::vector<std::string> said = {ui.text("access_corner_hint")};
    const std::vector<std::string> choices = {ui.text("access_intro"),
                                              ui.text("access_speech"),
                                              state(c.speech),
                                              ui.text("access_speech_hint"),
                                              ui.text("access_speech_volume"),
                                              std::to_string(c.speechLouder + 1),
                                              ui.text("access_more_time"),
                                              state(c.moreTime),
                                              ui.text("access_text_size"),
                                              ui.text(size),
                                              ui.text("access_contrast"),
                                              state(c.highContrast),
                                              ui.text("access_reduce_motion"),
                                              state(c.reduceMotion),
                                              ui.text("access_reach"),
                                              state(c.reach)};
    said.insert(said.end(), choices.begin(), choices.end());
    return said;
}

}  // namespace kiosk::ui
