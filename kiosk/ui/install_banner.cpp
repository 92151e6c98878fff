#include "install_banner.hpp"

#include <algorithm>
#include <cmath>

#include "paint.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

void drawInstallBanner(const UiContext& ui, const InstallNotice& notice, double ageSeconds) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    const float pad = ui.px(28);
    const float w = std::min(s.w - 2 * pad, ui.px(1500));
    const float textW = w - ui.px(150);
    ImFont* big = ui.fonts->body;
    ImFont* small = ui.fonts->caption;
    const LaidOutText ja = layoutWith(big, notice.headline.ja, textW, 2);
    const LaidOutText en = layoutWith(small, notice.headline.en, textW, 2);
    const std::string detailText = notice.detail.ja == notice.detail.en
                                       ? notice.detail.ja
                                       : notice.detail.ja + " / " + notice.detail.en;
    const LaidOutText detail = layoutWith(small, detailText, textW, 2);
    const float lh = 1.3f;
    const float h = ui.px(40) + ja.lines.size() * big->FontSize * lh +
                    en.lines.size() * small->FontSize * lh +
                    (notice.detail.empty() ? 0 : detail.lines.size() * small->FontSize * lh);
    // Slides up from the bottom of ui.area (above the bottom bar during a
    // visit, so that Home, Back and the language stay in sight), easing out.
    const float k = float(std::clamp(ageSeconds / kBannerSlideSeconds, 0.0, 1.0));
    const float ease = 1 - (1 - k) * (1 - k) * (1 - k);
    const float y = ui.area.bottom() - (h + pad) * ease;
    ui.list->PushClipRect(ImVec2(ui.area.x, ui.area.y), ImVec2(ui.area.right(), ui.area.bottom()),
                          true);
    const Rect r{s.center().x - w / 2, y, w, h};
    const uint32_t tone = notice.tone == InstallNotice::Tone::Success   ? 0x2E7D32
                          : notice.tone == InstallNotice::Tone::Refusal ? 0xC62828
                                                                        : t.surface;
    ui.list->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()), themeColor(tone, 0.96f),
                           ui.px(20));
    // A mark on the left: a tick, a cross, or a turning arc while checking.
    const ImVec2 c(r.x + ui.px(64), r.y + r.h / 2);
    const float m = ui.px(26);
    const ImU32 white = themeColor(t.text);
    if (notice.tone == InstallNotice::Tone::Success) {
        const ImVec2 tick[3] = {ImVec2(c.x - m, c.y), ImVec2(c.x - m * 0.3f, c.y + m * 0.7f),
                                ImVec2(c.x + m, c.y - m * 0.7f)};
        ui.list->AddPolyline(tick, 3, white, 0, ui.px(7));
    } else if (notice.tone == InstallNotice::Tone::Refusal) {
        ui.list->AddLine(ImVec2(c.x - m, c.y - m), ImVec2(c.x + m, c.y + m), white, ui.px(7));
        ui.list->AddLine(ImVec2(c.x - m, c.y + m), ImVec2(c.x + m, c.y - m), white, ui.px(7));
    } else {
        const float a = float(std::fmod(ageSeconds * 4.0, 2 * M_PI));
        ui.list->PathArcTo(c, m, a, a + float(M_PI) * 1.4f, 24);
        ui.list->PathStroke(themeColor(t.accent), 0, ui.px(6));
    }
    const float x = r.x + ui.px(120);
    float ty = r.y + ui.px(20);
    ty += drawLaidOut(*ui.list, big, ja, x, ty, white, lh);
    ty += drawLaidOut(*ui.list, small, en, x, ty, white, lh);
    if (!notice.detail.empty())
        drawLaidOut(*ui.list, small, detail, x, ty, themeColor(t.text, 0.8f), lh);
    ui.list->PopClipRect();
}

}  // namespace kiosk::ui
