#include "screens/title_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "content/pack_summary.hpp"
#include "paint.hpp"

namespace kiosk::ui {

namespace {

float easeOutCubic(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return 1.0f - (1.0f - t) * (1.0f - t) * (1.0f - t);
}

struct Figure {
    int value;
    const char* labelKey;
};

}  // namespace

void drawTitleScreen(const TitleScreenView& view, const Fonts& fonts) {
    const Pack& pack = *view.pack;
    const Theme& theme = pack.theme;
    const Language lang = view.language;
    const Language other = lang == Language::Japanese ? Language::English : Language::Japanese;

    beginFullScreenWindow("title");
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const float w = size.x, h = size.y, unit = std::min(w, h);
    const float cx = origin.x + w * 0.5f;
    const float margin = unit * 0.06f;

    // Background: the theme colour, deepening towards a surface band at the foot.
    list.AddRectFilledMultiColor(origin, ImVec2(origin.x + w, origin.y + h), themeColor(theme.background),
                                 themeColor(theme.background), themeColor(theme.surface),
                                 themeColor(theme.surface));

    const float appear = easeOutCubic(float(view.secondsShown / kTitleSettleSeconds));
    const float rise = (1.0f - appear) * unit * 0.03f;

    // Title in the visitor's language, the other language beneath it.
    const float titleTop = origin.y + h * 0.30f + rise;
    drawCenteredLine(list, fonts.display, pack.manifest.title.in(lang), cx, titleTop, w - 2 * margin,
                     themeColor(theme.text, appear));
    const float subTop = titleTop + fonts.display->FontSize * 1.35f;
    drawCenteredLine(list, fonts.title, pack.manifest.title.in(other), cx, subTop, w - 2 * margin,
                     themeColor(theme.muted, appear));

    const float ruleY = subTop + fonts.title->FontSize * 1.6f;
    const float ruleHalf = unit * 0.08f * appear;
    list.AddRectFilled(ImVec2(cx - ruleHalf, ruleY), ImVec2(cx + ruleHalf, ruleY + unit * 0.006f),
                       themeColor(theme.accent));

    // Headline figures.
    const PackSummary summary = summarizePack(pack);
    const Figure figures[] = {{summary.events, "stat_events"},
                              {summary.associations, "stat_associations"},
                              {summary.memberMunicipalities, "stat_municipalities"}};
    const float columnWidth = std::min(w - 2 * margin, unit * 1.2f) / 3.0f;
    const float figuresTop = ruleY + unit * 0.06f;
    for (int i = 0; i < 3; ++i) {
        const float columnX = cx + (i - 1) * columnWidth;
        drawCenteredLine(list, fonts.title, std::to_string(figures[i].value), columnX, figuresTop,
                         columnWidth * 0.9f, themeColor(theme.accent, appear));
        drawCenteredLine(list, fonts.body, pack.text(figures[i].labelKey, lang), columnX,
                         figuresTop + fonts.title->FontSize * 1.25f, columnWidth * 0.9f,
                         themeColor(theme.text, appear));
    }

    // Always both languages: a visitor cannot switch before touching.
    const std::string prompt = pack.strings.count("touch_to_start")
                                   ? pack.strings.at("touch_to_start").ja + "  /  " +
                                         pack.strings.at("touch_to_start").en
                                   : std::string("Touch to start");
    const float pulse = 0.75f + 0.25f * float(std::cos(view.secondsShown * 2.4));
    const ImVec2 promptSize = fonts.title->CalcTextSizeA(fonts.title->FontSize, FLT_MAX, 0, prompt.c_str());
    const float pillW = std::min(promptSize.x + unit * 0.08f, w - 2 * margin);
    const float pillH = promptSize.y + unit * 0.04f;
    const float pillTop = origin.y + h * 0.80f;
    list.AddRectFilled(ImVec2(cx - pillW * 0.5f, pillTop), ImVec2(cx + pillW * 0.5f, pillTop + pillH),
                       themeColor(theme.accent, pulse), pillH * 0.5f);
    drawCenteredLine(list, fonts.title, prompt, cx, pillTop + (pillH - promptSize.y) * 0.5f,
                     pillW - unit * 0.04f, themeColor(theme.background));

    // Credit line for the boundary data, as its licence asks.
    const std::string& credit = pack.manifest.credit.in(Language::Japanese);
    if (!credit.empty()) {
        const ImVec2 creditSize = fonts.caption->CalcTextSizeA(fonts.caption->FontSize, FLT_MAX, 0, credit.c_str());
        list.AddText(fonts.caption, fonts.caption->FontSize,
                     ImVec2(origin.x + w - margin * 0.5f - creditSize.x,
                            origin.y + h - margin * 0.5f - creditSize.y),
                     themeColor(theme.muted), credit.c_str());
    }
    ImGui::End();
}

}  // namespace kiosk::ui
