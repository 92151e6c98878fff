#include "kiosk_shell.hpp"

#include <algorithm>
#include <cmath>

#include "header_path.hpp"
#include "images/image_cache.hpp"
#include "input/touch_clip.hpp"
#include "map_painter.hpp"
#include "pacing/easing.hpp"
#include "paint.hpp"
#include "screens/screen_registry.hpp"
#include "session/attract_call_to_action.hpp"
#include "session/language_switch.hpp"
#include "shell_layout.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"
#include "widgets.hpp"

namespace kiosk::ui {

KioskShell::KioskShell(const Pack& pack, const LanguageFonts& fonts, const VisitorFlow& flow)
    : pack_(pack), fonts_(fonts), flow_(flow) {}

Screen& KioskShell::screenFor(ScreenId id) {
    auto it = screens_.find(id);
    if (it == screens_.end()) {
        auto screen = createScreen(id);
        if (!screen) screen = createScreen(ScreenId::Home);
        it = screens_.emplace(id, std::move(screen)).first;
    }
    return *it->second;
}

const Screen* KioskShell::existing(ScreenId id) const {
    auto it = screens_.find(id);
    return it == screens_.end() ? nullptr : it->second.get();
}

void KioskShell::follow(const std::vector<EnteredScreen>& entered) {
    for (const EnteredScreen& e : entered) {
        if (e.clearAll)
            for (auto& [id, screen] : screens_) screen->reset();
        screenFor(e.screen.id).enter(e.screen.param, e.at);
    }
}

UiContext KioskShell::context(const ShellFrame& in, const Rect& area,
                              const TouchFrame* touch) const {
    UiContext ui;
    ui.pack = &pack_;
    // Until the fonts of a language just chosen are built (a worker's fraction
    // of a second, the first time), the screens stay in the first language:
    // never a screen of "?" for the missing glyphs.
    ui.language = fonts_.has(flow_.language()) ? flow_.language() : flow_.firstLanguage();
    ui.fonts = &fonts_.of(ui.language);  // Han characters in the forms of its language
    ui.touch = touch;
    ui.list = ImGui::GetWindowDrawList();
    ui.screen = in.screen;
    ui.area = area;
    ui.unit = std::min(in.screen.w, in.screen.h) / 1080.0f;
    ui.mmPerPx = ScreenGeometry(physical_, in.screen.w, in.screen.h).mmPerPx();
    ui.now = in.now;
    ui.dt = in.dt;
    ui.loopMode = flow_.loopMode();
    ui.today = in.today;
    ui.images = images_;
    ui.access = flow_.access();
    ui.inventory = recording_ ? &inventory_ : nullptr;
    return ui;
}

float KioskShell::textScale(const Rect& screen) const {
    const float standard = float(pack_.theme.body) * std::min(screen.w, screen.h);
    const ImFont* body = fonts_.of(flow_.language()).body;
    return body && standard > 0.0f ? body->FontSize / standard : 1.0f;
}

namespace {
bool countdownOver(const VisitorFlow& flow, double now) {
    return flow.phase() == SessionPhase::StillThere && flow.countdownRemaining(now) <= 0.0;
}
}  // namespace

TextSize KioskShell::textSizeAt(double now) const {
    if (countdownOver(flow_, now) || flow_.attractShowing()) return TextSize::Standard;
    return flow_.access().textSize;
}

Language KioskShell::languageAt(double now) const {
    return countdownOver(flow_, now) ? flow_.firstLanguage() : flow_.language();
}

Intent KioskShell::drawBars(const UiContext& ui, const ShellLayout& layout) {
    const Theme& t = ui.theme();
    const uint32_t rule = mixColor(t.background, t.muted, 0.35f);
    const float ruleWidth = ui.px(2);
    // Opaque, over whatever a screen drew beyond its area.
    for (const Rect& bar : {layout.header, layout.navBar})
        ui.list->AddRectFilled(v(bar.x, bar.y), v(bar.right(), bar.bottom()),
                               themeColor(t.background));
    drawRule(*ui.list, layout.header.x, layout.header.right(),
             layout.header.bottom() - wholePixels(ruleWidth), ruleWidth, themeColor(rule));
    drawRule(*ui.list, layout.navBar.x, layout.navBar.right(), layout.navBar.y, ruleWidth,
             themeColor(rule));
    drawHeaderPath(ui, layout.header, headerPath(ui, flow_.path(), existing(flow_.current().id)));

    Intent intent;
    const NavButtons b = navButtons(ui, layout.navBar, flow_.canGoBack());
    if (b.homeAndBack) {
        // Their names are spoken either way, shown when the bar has room.
        const std::string home = ui.text(screenEntry(ScreenId::Home).labelKey);
        const std::string back = ui.text("back");
        if (button(ui, b.home, b.iconsOnly ? std::string() : home, ButtonStyle::Surface, Icon::Home,
                   home))
            intent = Intent::home();
        if (button(ui, b.back, b.iconsOnly ? std::string() : back, ButtonStyle::Surface, Icon::Back,
                   back))
            intent = Intent::back();
    }
    // Language switch: names the other languages, each in its own.
    const std::vector<Language> offered = visitorLanguages(ui.pack->manifest.languages);
    if (button(ui, b.language, languageSwitchLabel(ui.language, offered), ButtonStyle::Ghost,
               Icon::None, ui.text("language_switch")))
        intent = languageSwitchIntent(ui.language, offered);
    // Access: the pictogram alone, the same in every language.
    // Pressed again on the access screen, it turns spoken guidance on or off:
    // a visitor who cannot see finds this corner from the offer on waking,
    // and needs no other control to start speech.
    if (button(ui, b.access, std::string(), ButtonStyle::Surface, Icon::Access, ui.text("access")))
        intent = flow_.current().id == ScreenId::Access
                     ? Intent::setAccess(flow_.access().toggled(AccessOption::Speech))
                     : Intent::open(ScreenId::Access);
    if (b.repeat && button(ui, *b.repeat, ui.text("repeat"), ButtonStyle::Surface))
        repeatAsked_ = true;
    return intent;
}

void KioskShell::drawStillThere(const UiContext& ui, double remaining, double fraction) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), IM_COL32(0, 0, 0, 170));
    const Rect d = snapped(stillThereBox(ui));
    ui.list->AddRectFilled(v(d.x, d.y), v(d.right(), d.bottom()), themeColor(t.surface), ui.px(32));
    const Language other = companionLanguage(ui.language);
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

Intent KioskShell::frame(const ShellFrame& in) {
    // Finished decodes become textures before anything is drawn.
    if (images_) images_->beginFrame(in.now);
    beginFullScreenWindow("kiosk");
    // What a frame drew is recorded only for those who read it: speech (on,
    // or on the access screen that is spoken as it opens) and the access
    // check; otherwise no frame copies its every line of text.
    inventory_.clear();
    recording_ = alwaysRecording_ || flow_.access().speech ||
                 (!flow_.attractShowing() && flow_.current().id == ScreenId::Access);
    std::optional<TextRecordingScope> recordingText;
    if (recording_) recordingText.emplace(inventory_);
    // No background fill here: the frame is cleared to the theme's background,
    // and under software rendering every full-screen fill costs milliseconds.

    if (flow_.attractShowing()) {
        UiContext ui = context(in, in.screen, flow_.loopMode() ? in.touch : nullptr);
        screenFor(flow_.attractScreen()).draw(ui);
        ImGui::End();
        return {};
    }

    const ShellLayout layout = layoutFor(in.screen);
    const bool inputOpen = flow_.phase() == SessionPhase::Active;
    const TouchFrame* touch = inputOpen ? in.touch : nullptr;
    // The screen sees only touches on its area: nothing under a bar presses
    // the part of a card scrolled beneath it.
    std::optional<TouchFrame> onArea;
    if (touch) onArea = touchWithin(*touch, layout.area);

    Intent intent = drawScreens(in, layout.area, onArea ? &*onArea : nullptr);
    UiContext chrome = context(in, layout.area, touch);
    if (Intent bar = drawBars(chrome, layout)) intent = bar;
    // Back steps back within a screen first (the map closing an association).
    if (intent.type == Intent::Type::Back && screenFor(flow_.current().id).stepBack())
        intent = Intent::none();
    if (flow_.phase() == SessionPhase::StillThere)
        drawStillThere(chrome, flow_.countdownRemaining(in.now), flow_.countdownFraction(in.now));
    ImGui::End();
    return inputOpen ? intent : Intent::none();
}

Intent KioskShell::drawScreens(const ShellFrame& in, const Rect& area, const TouchFrame* touch) {
    const ScreenRef& current = flow_.current();
    const float progress = easeOutCubic(float(flow_.transitionFraction(in.now)));
    if (progress >= 1.0f) return screenFor(current.id).draw(context(in, area, touch));
    // Slide: forward pushes in from the right, back from the left.
    const ScreenTransition& t = flow_.transition();
    const float shift = in.screen.w * (1.0f - progress) * float(t.direction);
    UiContext out = context(
        in, Rect{area.x - (in.screen.w * float(t.direction) - shift), area.y, area.w, area.h},
        nullptr);
    if (t.leaving.id == ScreenId::Attract) {
        out.area = in.screen;
        screenFor(ScreenId::Attract).draw(out);
    } else if (t.leaving.id != current.id) {
        screenFor(t.leaving.id).draw(out);
    }
    UiContext incoming = context(in, Rect{area.x + shift, area.y, area.w, area.h}, touch);
    return screenFor(current.id).draw(incoming);
}

ShellLayout KioskShell::layoutFor(const Rect& screen) const {
    float reachTop = screen.y;
    if (flow_.access().reach)  // the visitor's screen comes down within a seated reach
        reachTop += reachableRows(ScreenGeometry(physical_, screen.w, screen.h)).top;
    return shellLayout(screen, std::min(screen.w, screen.h) / 1080.0f, reachTop, textScale(screen));
}

std::vector<std::string> KioskShell::spokenScreen(const Rect& screen) const {
    const ScreenId id = flow_.current().id;
    const Screen* shown = existing(id);
    if (!shown || flow_.attractShowing()) return {};
    UiContext ui;
    ui.pack = &pack_;
    ui.language = flow_.language();
    ui.fonts = &fonts_.of(ui.language);  // Han characters in the forms of its language
    ui.screen = screen;
    ui.area = freeArea(screen);
    ui.unit = std::min(screen.w, screen.h) / 1080.0f;
    ui.loopMode = flow_.loopMode();
    ui.access = flow_.access();
    std::vector<std::string> texts = {ui.text(screenEntry(id).labelKey)};
    for (std::string& text : shown->spokenContent(ui)) texts.push_back(std::move(text));
    return texts;
}

Rect KioskShell::freeArea(const Rect& screen) const {
    if (flow_.attractShowing()) return screen;
    return layoutFor(screen).area;
}

ScreenRef KioskShell::nowShowing(double now) const {
    const ScreenId id = flow_.onScreen();
    const Screen* screen = existing(id);
    return {id, screen ? screen->shownItem(now) : std::string()};
}

bool KioskShell::animating(double now) const {
    if (flow_.inTransition(now)) return true;
    if (flow_.attractShowing()) return true;
    // A picture on its way: the frame that shows it must come without input.
    if (images_ && images_->settling(now)) return true;
    // A map come to rest draws its still picture a strip a frame.
    if (mapsFinishing()) return true;
    const Screen* screen = existing(flow_.current().id);
    return screen && screen->animating(now);
}

FrameNeed KioskShell::frameNeed(double now) const {
    if (flow_.attractShowing() && !flow_.inTransition(now))
        if (const Screen* attract = existing(flow_.attractScreen())) return attract->frameNeed(now);
    return animating(now) ? FrameNeed::fullRate() : FrameNeed::still();
}

double KioskShell::settleSeconds() const {
    const Screen* screen = existing(flow_.onScreen());
    return screen ? screen->settleSeconds() : 1.5;
}

}  // namespace kiosk::ui
