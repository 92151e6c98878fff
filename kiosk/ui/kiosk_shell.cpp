#include "kiosk_shell.hpp"

#include <algorithm>
#include <cmath>

#include "images/image_cache.hpp"
#include "pacing/easing.hpp"
#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "text/text_template.hpp"
#include "text_block.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

namespace {

constexpr double kTransitionSeconds = 0.35;

}  // namespace

KioskShell::KioskShell(const Pack& pack, const Fonts& fonts) : pack_(pack), fonts_(fonts) {}

Screen& KioskShell::screenFor(const std::string& name) {
    auto it = screens_.find(name);
    if (it == screens_.end()) {
        auto screen = createScreen(name);
        if (!screen) screen = createScreen("home");
        it = screens_.emplace(name, std::move(screen)).first;
    }
    return *it->second;
}

void KioskShell::resetForNextVisitor(double now) {
    language_ = Language::Japanese;
    navigator_.reset({"home", {}});
    for (auto& [name, screen] : screens_) screen->reset();
    attractShowing_ = true;
    attractName_ = "attract";
    transitionStart_ = -1e9;
    screenFor("attract").enter({}, now);
}

void KioskShell::wake(double now) {
    attractShowing_ = false;
    navigator_.reset({"home", {}});
    screenFor("home").enter({}, now);
    leaving_ = {"attract", {}};
    transitionStart_ = now;
    transitionDirection_ = 1;
}

void KioskShell::show(const ScreenRef& screen, double now) {
    attractShowing_ = screen.name == "attract" || screen.name == "title";
    transitionStart_ = -1e9;
    navigator_.reset({"home", {}});
    if (!attractShowing_) navigator_.open(screen);
    screenFor(screen.name).enter(screen.param, now);
    attractName_ = screen.name == "title" ? "title" : "attract";
}

void KioskShell::navigate(const Intent& intent, double now) {
    const ScreenRef before = navigator_.current();
    const size_t depthBefore = navigator_.depth();
    switch (intent.type) {
        case Intent::Type::None:
            return;
        case Intent::Type::ToggleLanguage:
            language_ = language_ == Language::Japanese ? Language::English : Language::Japanese;
            return;
        case Intent::Type::Open:
            navigator_.open(intent.target);
            break;
        case Intent::Type::Back:
            navigator_.back();
            break;
        case Intent::Type::Home:
            navigator_.home();
            break;
    }
    if (navigator_.current() == before) return;
    leaving_ = before;
    transitionStart_ = now;
    transitionDirection_ = navigator_.depth() > depthBefore ? 1 : -1;
    screenFor(navigator_.current().name).enter(navigator_.current().param, now);
}

UiContext KioskShell::context(const ShellFrame& in, const Rect& area,
                              const TouchFrame* touch) const {
    UiContext ui;
    ui.pack = &pack_;
    ui.language = language_;
    ui.fonts = &fonts_;
    ui.touch = touch;
    ui.list = ImGui::GetWindowDrawList();
    ui.screen = in.screen;
    ui.area = area;
    ui.unit = std::min(in.screen.w, in.screen.h) / 1080.0f;
    ui.now = in.now;
    ui.dt = in.dt;
    ui.loopMode = in.loopMode;
    ui.today = in.today;
    ui.images = images_;
    return ui;
}

Intent KioskShell::drawTopBar(const UiContext& ui, float barH) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.y + barH), themeColor(t.background, 0.96f));
    ui.list->AddLine(v(s.x, s.y + barH), v(s.right(), s.y + barH), themeColor(t.muted, 0.25f),
                     ui.px(2));
    const float pad = ui.px(24), h = ui.px(80), y = s.y + (barH - h) * 0.5f;
    Intent intent;
    float x = s.x + pad;
    const bool atHome = !navigator_.canGoBack();
    if (!atHome) {
        const float homeW =
            std::max(ui.px(170), textWidth(ui.fonts->body, ui.text("home")) + ui.px(110));
        if (button(ui, Rect{x, y, homeW, h}, ui.text("home"), ButtonStyle::Surface, Icon::Home))
            intent = Intent::home();
        x += homeW + ui.px(16);
        const float backW =
            std::max(ui.px(170), textWidth(ui.fonts->body, ui.text("back")) + ui.px(110));
        if (button(ui, Rect{x, y, backW, h}, ui.text("back"), ButtonStyle::Surface, Icon::Back))
            intent = Intent::back();
        x += backW + ui.px(24);
    }
    // Language switch: names the other language, in that language.
    const std::string& label = ui.text("language_switch");
    const float langW = std::max(ui.px(180), textWidth(ui.fonts->body, label) + ui.px(64));
    const Rect lang{s.right() - pad - langW, y, langW, h};
    if (button(ui, lang, label, ButtonStyle::Ghost)) intent = Intent::toggleLanguage();
    // Where the visitor is.
    const std::string& title =
        atHome ? ui.in(ui.pack->manifest.title) : ui.text(navigator_.current().name);
    drawCenteredLine(*ui.list, ui.fonts->body, title, (x + lang.x) * 0.5f,
                     s.y + (barH - ui.fonts->body->FontSize) * 0.5f, lang.x - x - ui.px(32),
                     themeColor(t.muted));
    return intent;
}

void KioskShell::drawStillThere(const UiContext& ui, double remaining, double fraction) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), IM_COL32(0, 0, 0, 170));
    const float w = std::min(s.w - ui.px(96), ui.px(1000)), h = ui.px(520);
    const Rect d{s.center().x - w * 0.5f, s.center().y - h * 0.5f, w, h};
    ui.list->AddRectFilled(v(d.x, d.y), v(d.right(), d.bottom()), themeColor(t.surface), ui.px(32));
    const Language other =
        ui.language == Language::Japanese ? Language::English : Language::Japanese;
    float y = d.y + ui.px(56);
    drawCenteredLine(*ui.list, ui.fonts->title, ui.pack->text("still_there", ui.language),
                     d.center().x, y, d.w - ui.px(64), themeColor(t.text));
    y += ui.fonts->title->FontSize * 1.4f;
    drawCenteredLine(*ui.list, ui.fonts->body, ui.pack->text("still_there", other), d.center().x, y,
                     d.w - ui.px(64), themeColor(t.muted));
    // Countdown ring with the seconds left.
    const float r = ui.px(72);
    const ImVec2 c(d.center().x, y + ui.fonts->body->FontSize * 1.6f + r + ui.px(8));
    ui.list->AddCircle(c, r, themeColor(t.muted, 0.4f), 64, ui.px(10));
    const float arc = 2 * float(M_PI) * float(std::clamp(fraction, 0.0, 1.0));
    ui.list->PathArcTo(c, r, -float(M_PI) * 0.5f, -float(M_PI) * 0.5f + arc, 64);
    ui.list->PathStroke(themeColor(t.accent), 0, ui.px(10));
    const std::string seconds = std::to_string(int(std::ceil(remaining)));
    drawCenteredLine(*ui.list, ui.fonts->title, seconds, c.x,
                     c.y - ui.fonts->title->FontSize * 0.55f, r * 2, themeColor(t.text));
    drawCenteredLine(*ui.list, ui.fonts->body, ui.text("touch_to_continue"), d.center().x,
                     c.y + r + ui.px(28), d.w - ui.px(64), themeColor(t.text));
}

void KioskShell::frame(const ShellFrame& in) {
    // Finished decodes become textures before anything is drawn.
    if (images_) images_->beginFrame(in.now);
    beginFullScreenWindow("kiosk");
    // No background fill here: the frame is cleared to the theme's background,
    // and under software rendering every full-screen fill costs milliseconds.

    if (in.phase == SessionPhase::Attract || attractShowing_) {
        UiContext ui = context(in, in.screen, in.loopMode ? in.touch : nullptr);
        screenFor(attractName_).draw(ui);
        ImGui::End();
        return;
    }

    const float unit = std::min(in.screen.w, in.screen.h) / 1080.0f;
    const float barH = 112.0f * unit;
    const Rect area{in.screen.x, in.screen.y + barH + 24.0f * unit, in.screen.w,
                    in.screen.h - barH - 24.0f * unit};
    const bool inputOpen = in.phase == SessionPhase::Active;
    const TouchFrame* touch = inputOpen ? in.touch : nullptr;

    const float progress = easeOutCubic(float((in.now - transitionStart_) / kTransitionSeconds));
    Intent intent;
    if (progress < 1.0f) {
        // Slide: forward pushes in from the right, back from the left.
        const float shift = in.screen.w * (1.0f - progress) * float(transitionDirection_);
        UiContext out = context(in,
                                Rect{area.x - (in.screen.w * float(transitionDirection_) - shift),
                                     area.y, area.w, area.h},
                                nullptr);
        if (leaving_.name == "attract") {
            out.area = in.screen;
            screenFor("attract").draw(out);
        } else if (leaving_.name != navigator_.current().name) {
            screenFor(leaving_.name).draw(out);
        }
        UiContext incoming = context(in, Rect{area.x + shift, area.y, area.w, area.h}, touch);
        intent = screenFor(navigator_.current().name).draw(incoming);
    } else {
        UiContext ui = context(in, area, touch);
        intent = screenFor(navigator_.current().name).draw(ui);
    }
    UiContext chrome = context(in, area, touch);
    if (Intent bar = drawTopBar(chrome, barH)) intent = bar;
    if (in.phase == SessionPhase::StillThere) drawStillThere(chrome, in.countdownRemaining, in.countdownFraction);
    if (inputOpen) navigate(intent, in.now);
    ImGui::End();
}

std::string KioskShell::currentScreenName(SessionPhase phase) const {
    if (phase == SessionPhase::Attract || attractShowing_) return attractName_;
    return navigator_.current().name;
}

ScreenRef KioskShell::nowShowing(SessionPhase phase, double now) const {
    const std::string name = currentScreenName(phase);
    auto it = screens_.find(name);
    return {name, it == screens_.end() ? std::string() : it->second->shownItem(now)};
}

bool KioskShell::animating(double now) const {
    if (now - transitionStart_ < kTransitionSeconds) return true;
    if (attractShowing_) return true;
    // A picture on its way: the frame that shows it must come without input.
    if (images_ && images_->settling(now)) return true;
    auto it = screens_.find(navigator_.current().name);
    return it != screens_.end() && it->second->animating(now);
}

FrameNeed KioskShell::frameNeed(double now) const {
    const bool transition = now - transitionStart_ < kTransitionSeconds;
    if (attractShowing_ && !transition) {
        auto it = screens_.find(attractName_);
        if (it != screens_.end()) return it->second->frameNeed(now);
    }
    return animating(now) ? FrameNeed::fullRate() : FrameNeed::still();
}

double KioskShell::settleSeconds() const {
    auto it = screens_.find(attractShowing_ ? attractName_ : navigator_.current().name);
    return it == screens_.end() ? 1.5 : it->second->settleSeconds();
}

}  // namespace kiosk::ui
