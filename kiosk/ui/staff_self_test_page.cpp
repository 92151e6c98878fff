#include "staff_self_test_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "paint.hpp"
#include "staff/staff_wording.hpp"
#include "text/printable.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

// What must not be missed, in the panel's alarm red; what is fine, in green.
constexpr uint32_t kAlarmRed = 0xE57373;
constexpr uint32_t kGoodGreen = 0x81C784;
// Damaged files and missing characters listed at most (the log has them all).
constexpr size_t kListedAtMost = 6;

float line(const UiContext& ui, ImFont* font, const std::string& s, float x, float y, uint32_t rgb,
           float w) {
    return drawWrapped(ui, font, s, x, y, w, themeColor(rgb), 3, 1.3f);
}

std::string fill(const char* key, const std::vector<std::pair<std::string, std::string>>& values) {
    return fillTemplate(staffLabel(key), values);
}

std::string oneDecimal(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", value);
    return buf;
}

// The bar of the staff job `name` while it runs; returns the height used.
float jobBar(const UiContext& ui, float x, float y, float w, StaffServices& services,
             const char* name) {
    for (const JobStatus& job : services.jobs()) {
        if (job.name != name) continue;
        const Theme& t = ui.theme();
        const float h = ui.px(14), top = y + ui.px(6);
        ui.list->AddRectFilled(v(x, top), v(x + w, top + h), themeColor(t.muted, 0.35f), h / 2);
        const float done = job.progress.total ? float(job.progress.fraction()) : 0.0f;
        // A job that cannot say how far it is shows a sliding segment.
        const float from = job.progress.total ? 0.0f : float(std::fmod(ui.now * 0.6, 1.0)) * 0.75f;
        const float to = job.progress.total ? done : from + 0.25f;
        if (to > from)
            ui.list->AddRectFilled(v(x + w * from, top), v(x + w * to, top + h),
                                   themeColor(t.accent), h / 2);
        return h + ui.px(18);
    }
    return 0.0f;
}

const char* signatureKey(const PackCheckResult& r) {
    switch (r.integrity.signature) {
        case SignatureStatus::Good:
            return "pack_signed";
        case SignatureStatus::Missing:
            return r.development ? "pack_unsigned_dev" : "pack_unsigned";
        case SignatureStatus::Untrusted:
            return "pack_untrusted";
        case SignatureStatus::Malformed:
        case SignatureStatus::Bad:
            return "pack_bad_signature";
    }
    return "pack_unsigned";
}

}  // namespace

void StaffSelfTestPage::draw(const UiContext& ui, const Rect& a, StaffServices& services) {
    StaffSelfTest* test = services.selfTest();
    if (!test) {
        line(ui, ui.fonts->body, staffLabel("selftest_none"), a.x, a.y, ui.theme().text, a.w);
        return;
    }
    // Two columns side by side where there is room, else one under the other.
    // Every button keeps its place whatever the results above it say, so
    // that a result arriving never moves a button under a finger.
    const bool twoColumns = a.w > ui.px(1100);
    const float gap = ui.px(40);
    const float w = twoColumns ? (a.w - gap) / 2 : a.w;
    float y = a.y;
    y += drawCheckButtons(ui, a.x, y, w, *test);
    const float x2 = twoColumns ? a.x + w + gap : a.x;
    float y2 = twoColumns ? a.y : y;
    y2 += drawToneSection(ui, x2, y2, w, *test) + ui.px(12);
    y2 += drawTouchButton(ui, x2, y2, w);
    if (!twoColumns) y = y2;
    y += drawPackResult(ui, a.x, y, w, services, *test) + ui.px(12);
    y += drawGlyphResult(ui, a.x, y, w, services, *test) + ui.px(12);
    drawTouchResult(ui, x2, twoColumns ? y2 : y, w, a.bottom() - (twoColumns ? y2 : y));
}

float StaffSelfTestPage::drawCheckButtons(const UiContext& ui, float x, float y, float w,
                                          StaffSelfTest& test) {
    const float top = y;
    const bool busy = test.checking();
    const float bw = std::min(w, ui.px(480));
    const ButtonStyle style = busy ? ButtonStyle::Ghost : ButtonStyle::Surface;
    y += line(ui, ui.fonts->caption, staffLabel("selftest_pack"), x, y, ui.theme().muted, w);
    if (button(ui, {x, y, bw, ui.px(80)}, staffLabel("selftest_check_pack"), style) && !busy)
        test.checkPack();
    y += ui.px(92);
    y += line(ui, ui.fonts->caption, staffLabel("selftest_glyphs"), x, y, ui.theme().muted, w);
    if (button(ui, {x, y, bw, ui.px(80)}, staffLabel("selftest_check_glyphs"), style) && !busy)
        test.checkGlyphs();
    y += ui.px(92);
    return y - top;
}

float StaffSelfTestPage::drawPackResult(const UiContext& ui, float x, float y, float w,
                                        StaffServices& services, StaffSelfTest& test) {
    const Theme& t = ui.theme();
    ImFont* small = ui.fonts->caption;
    const float top = y;
    y += jobBar(ui, x, y, w, services, "job_check_pack");
    const auto& result = test.packResult();
    if (!result) return y - top;
    const PackIntegrity& p = result->integrity;
    const std::string n = std::to_string(p.filesListed);
    if (!p.unreadable.empty())
        y += line(ui, small, staffLabel("pack_unreadable") + ": " + printable(p.unreadable), x, y,
                  kAlarmRed, w);
    else if (p.filesListed == 0)
        y += line(ui, small, staffLabel("pack_no_files"), x, y, t.text, w);
    else if (p.damaged.empty())
        y += line(ui, ui.fonts->body, fill("pack_intact", {{"n", n}}), x, y, kGoodGreen, w);
    else
        y += line(ui, ui.fonts->body,
                  fill("pack_damaged", {{"n", n}, {"bad", std::to_string(p.damaged.size())}}), x, y,
                  kAlarmRed, w);
    for (size_t i = 0; i < p.damaged.size() && i < kListedAtMost; ++i)
        y += line(ui, small, printable(p.damaged[i].format()), x + ui.px(16), y, kAlarmRed,
                  w - ui.px(16));
    const bool good = p.signature == SignatureStatus::Good;
    y += line(ui, small, fill(signatureKey(*result), {{"key", p.keyId}}), x, y,
              good || result->development ? t.text : kAlarmRed, w);
    return y - top;
}

float StaffSelfTestPage::drawGlyphResult(const UiContext& ui, float x, float y, float w,
                                         StaffServices& services, StaffSelfTest& test) {
    ImFont* small = ui.fonts->caption;
    const float top = y;
    y += jobBar(ui, x, y, w, services, "job_check_glyphs");
    const auto& c = test.glyphResult();
    if (!c) return y - top;
    const std::vector<std::pair<std::string, std::string>> counts = {
        {"langs", std::to_string(test.glyphLanguages())},
        {"texts", groupThousands(static_cast<long long>(c->texts))},
        {"chars", groupThousands(static_cast<long long>(c->characters))},
        {"n", std::to_string(c->missing.size())}};
    if (c->missing.empty())
        y += line(ui, ui.fonts->body, fill("glyphs_all", counts), x, y, kGoodGreen, w);
    else
        y += line(ui, ui.fonts->body, fill("glyphs_missing", counts), x, y, kAlarmRed, w);
    // The character itself cannot be drawn (that is the problem): its code.
    for (size_t i = 0; i < c->missing.size() && i < kListedAtMost; ++i) {
        const GlyphGap& gap = c->missing[i];
        y += line(ui, small,
                  codepointLabel(gap.codepoint) + "  " + gap.face + "  " + printable(gap.text),
                  x + ui.px(16), y, kAlarmRed, w - ui.px(16));
    }
    return y - top;
}

float StaffSelfTestPage::drawToneSection(const UiContext& ui, float x, float y, float w,
                                         StaffSelfTest& test) {
    const Theme& t = ui.theme();
    const float top = y;
    y += line(ui, ui.fonts->caption, staffLabel("selftest_tone"), x, y, t.muted, w);
    const float bw = (w - 2 * ui.px(16)) / 3;
    const struct {
        ToneSide side;
        const char* key;
    } tones[] = {{ToneSide::Left, "tone_left"},
                 {ToneSide::Both, "tone_both"},
                 {ToneSide::Right, "tone_right"}};
    for (int i = 0; i < 3; ++i)
        if (button(ui, {x + i * (bw + ui.px(16)), y, bw, ui.px(80)}, staffLabel(tones[i].key),
                   ButtonStyle::Surface))
            test.playTone(tones[i].side);
    y += ui.px(92);
    y += line(ui, ui.fonts->caption, staffLabel("tone_hint"), x, y, t.text, w);
    return y - top;
}

namespace {

// "12 px (7.6 mm)", or px alone when the screen's size is not configured.
std::string offsetText(float px, std::optional<double> mm) {
    std::string s = std::to_string(int(std::lround(px))) + " px";
    if (mm) s += " (" + oneDecimal(*mm) + " mm)";
    return s;
}

// What the verdict says, in lines for staff, and whether all is well.
std::vector<std::pair<std::string, bool>> verdictLines(const TouchGridVerdict& verdict) {
    std::vector<std::pair<std::string, bool>> lines;
    const bool follows = verdict.transform == TouchTransform::None;
    lines.push_back({staffLabel(transformKey(verdict.transform)), follows});
    if (verdict.suggestedRotation)
        lines.push_back(
            {fill("touch_fix_rotation", {{"deg", std::to_string(*verdict.suggestedRotation)}}),
             false});
    else if (!follows)
        lines.push_back({staffLabel("touch_fix_mirror"), false});
    const TargetJudgement* worst = nullptr;
    int off = 0;
    for (const TargetJudgement& j : verdict.targets) {
        if (!worst || j.distancePx > worst->distancePx) worst = &j;
        off += j.close ? 0 : 1;
    }
    if (!worst || !follows) return lines;
    const std::string largest = offsetText(worst->distancePx, worst->distanceMm);
    if (verdict.allClose)
        lines.push_back({fill("touch_offset_ok", {{"max", largest}}), true});
    else
        lines.push_back(
            {fill("touch_offset_off", {{"n", std::to_string(off)}, {"max", largest}}), false});
    lines.push_back(
        {fill("touch_mean_shift", {{"dx", std::to_string(int(std::lround(verdict.meanDx)))},
                                   {"dy", std::to_string(int(std::lround(verdict.meanDy)))}}),
         verdict.allClose});
    return lines;
}

}  // namespace

float StaffSelfTestPage::drawTouchButton(const UiContext& ui, float x, float y, float w) {
    const float top = y;
    y += line(ui, ui.fonts->caption, staffLabel("selftest_touch"), x, y, ui.theme().muted, w);
    if (button(ui, {x, y, std::min(w, ui.px(480)), ui.px(80)}, staffLabel("touch_start"),
               ButtonStyle::Surface)) {
        gridUp_ = true;
        gridScreen_ = ui.screen;
        targets_ = touchGridTargets(ui.screen.w, ui.screen.h);
        taps_.clear();
        verdict_.reset();
    }
    return y + ui.px(92) - top;
}

void StaffSelfTestPage::drawTouchResult(const UiContext& ui, float x, float y, float w, float h) {
    ImFont* small = ui.fonts->caption;
    const float top = y;
    if (!verdict_) return;
    for (const auto& [text, good] : verdictLines(*verdict_))
        y += line(ui, small, text, x, y, good ? kGoodGreen : kAlarmRed, w);
    // The screen in miniature: each target, where its tap landed, and the
    // offset between them drawn to scale.
    const float room = top + h - y - ui.px(12);
    const float scale = std::min(w / gridScreen_.w, room / gridScreen_.h);
    if (scale > 0.05f)
        drawGridMap(ui, {x, y + ui.px(12), gridScreen_.w * scale, gridScreen_.h * scale});
}

void StaffSelfTestPage::drawGridMap(const UiContext& ui, const Rect& map) const {
    const Theme& t = ui.theme();
    ui.list->AddRectFilled(v(map.x, map.y), v(map.right(), map.bottom()), themeColor(t.surface),
                           ui.px(6));
    const float s = map.w / gridScreen_.w;
    const auto at = [&](Point p) { return v(map.x + p.x * s, map.y + p.y * s); };
    for (const TargetJudgement& j : verdict_->targets) {
        ui.list->AddCircle(at(j.target), ui.px(10), themeColor(t.text), 24, ui.px(2));
        ui.list->AddLine(at(j.target), at(j.tap), themeColor(j.close ? kGoodGreen : kAlarmRed),
                         ui.px(2));
        ui.list->AddCircleFilled(at(j.tap), ui.px(6), themeColor(j.close ? kGoodGreen : kAlarmRed));
    }
}

void StaffSelfTestPage::drawGrid(const UiContext& ui, StaffSelfTest& test) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), themeColor(t.background));
    if (ui.touch && ui.touch->tap && taps_.size() < targets_.size())
        taps_.push_back(*ui.touch->tap);
    if (taps_.size() >= targets_.size()) {
        const SelfTestScreen screen = test.screen();
        const double mmPerPx =
            screen.diagonalInches > 0 ? screen.diagonalInches * 25.4 / std::hypot(s.w, s.h) : 0.0;
        verdict_ = judgeTouchGrid(targets_, taps_, s.w, s.h, screen.rotation, mmPerPx);
        gridUp_ = false;
    }
    const std::string hint =
        fill("touch_grid_hint", {{"i", std::to_string(std::min(taps_.size() + 1, targets_.size()))},
                                 {"n", std::to_string(targets_.size())}});
    drawCenteredLine(*ui.list, ui.fonts->body, hint, s.center().x, s.y + s.h * 0.3f, s.w * 0.8f,
                     themeColor(t.text));
    const float r = ui.px(36);
    for (size_t i = 0; i < targets_.size(); ++i) {
        const ImVec2 c = v(targets_[i].x, targets_[i].y);
        const bool next = i == taps_.size();
        const uint32_t color = next ? t.accent : t.muted;
        ui.list->AddCircle(c, next ? r : r * 0.6f, themeColor(color), 32, ui.px(next ? 5 : 2));
        ui.list->AddLine(v(c.x - r, c.y), v(c.x + r, c.y), themeColor(color), ui.px(2));
        ui.list->AddLine(v(c.x, c.y - r), v(c.x, c.y + r), themeColor(color), ui.px(2));
        if (i < taps_.size()) {
            ui.list->AddLine(c, v(taps_[i].x, taps_[i].y), themeColor(t.text), ui.px(2));
            ui.list->AddCircleFilled(v(taps_[i].x, taps_[i].y), ui.px(8), themeColor(t.text));
        }
    }
}

}  // namespace kiosk::ui
