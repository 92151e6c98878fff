#include "access_check.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <cstdio>

#include "access/legibility.hpp"
#include "display_null.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "input/screen_rotation.hpp"
#include "kiosk_app.hpp"
#include "screens/screen_registry.hpp"
#include "startup.hpp"

namespace kiosk {

PhysicalScreen physicalScreenOf(const DisplayConfig& display) {
    PhysicalScreen p = lobbyScreen();
    if (display.diagonalInches > 0) p.diagonalInches = display.diagonalInches;
    if (display.bottomEdgeMm > 0) p.bottomEdgeMm = display.bottomEdgeMm;
    p.configured = display.diagonalInches > 0 && display.bottomEdgeMm > 0;
    return p;
}

namespace {

struct ImGuiContextScope {
    ImGuiContextScope() {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
    }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

// What the check draws and measures on: the pack, its fonts and the app, on
// a display that only counts.
struct CheckRig {
    const Pack& pack;
    KioskApp& app;
    platform::NullDisplay& display;
    const AppOptions& options;
    ScreenGeometry geometry;
};

// Where `id` shows a link as a QR code and its usual pick shows none, the
// first item with one too (an event; a region of the map): the report gives
// every code's size on the screen. The partners screen's companies are
// measured where they are, below the fold, by render tests instead.
void addFirstWithLink(ScreenId id, const Pack& pack, std::vector<ScreenRef>& out) {
    const std::string first = out.back().param;
    if (id == ScreenId::Event)
        for (const Event& e : pack.events)
            if (!e.url.empty()) {
                if (e.id != first) out.push_back({ScreenId::Event, e.id});
                return;
            }
    if (id == ScreenId::Map)
        for (const Association& a : pack.associations)
            if (!a.url.empty()) {
                if (a.id != first) out.push_back({ScreenId::Map, a.id});
                return;
            }
}

// Every screen a visitor reaches: the attract loop (its title slide), Home,
// each screen on it, an event, a region of the map opened, the first event
// and region with a link, and the access screen.
std::vector<ScreenRef> visitorScreens(const Pack& pack) {
    std::vector<ScreenRef> out;
    for (ScreenId id : ui::drawableScreens()) {
        if (id == ScreenId::Attract) continue;  // the title is its first slide, held
        out.push_back(resolveScreenArgument(screenName(id), pack));
        if (id == ScreenId::Map && !pack.associations.empty())
            out.push_back({ScreenId::Map, pack.associations.front().id});
        addFirstWithLink(id, pack, out);
    }
    return out;
}

// Draws `screen` until it has settled, as --screenshot does, and measures
// what its last frame put on screen.
ScreenAccess measure(CheckRig& rig, const ScreenRef& screen, Language language) {
    rig.app.showScreen(screen, language, 0.0, rig.options.access);
    const HeadlessOptions& size = rig.options.headless;
    const double settle = rig.app.settleSeconds();
    for (double t = 0.0; t <= settle + 1e-9; t += 1.0 / 20.0) {
        buildFrame(rig.display, rig.app, t, size.width, size.height,
                   rig.options.config.display.rotation);
        rig.display.advance(1.0 / 20.0);
    }
    return measureScreen(rig.app.inventory(), rig.geometry);
}

// At most `count` characters of UTF-8 `text`, with an ellipsis when cut.
std::string shortened(const std::string& text, size_t count) {
    size_t at = 0, characters = 0;
    while (at < text.size() && characters < count) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
        ++characters;
    }
    return at < text.size() ? text.substr(0, at) + "…" : text;
}

std::string quoted(const std::string& text) {
    return text.empty() ? "(no name)" : "\"" + shortened(text, 40) + "\"";
}

// ": 2 controls out of reach", or nothing for a screen that passes.
std::string shortfalls(const ScreenAccess& a) {
    std::string out;
    const auto add = [&out](const std::string& part) { out += (out.empty() ? ": " : ", ") + part; };
    if (a.targetTooSmall) add("a target too small");
    if (a.textTooSmall) add("text too small");
    if (a.codeTooSmall) add("a QR code too small");
    if (const size_t n = a.outOfReach.size())
        add(std::to_string(n) + (n == 1 ? " control" : " controls") + " out of reach");
    return out;
}

std::string printed(const char* format, double a, double b = 0) {
    char out[64];
    std::snprintf(out, sizeof out, format, a, b);
    return out;
}

void printScreen(const std::string& name, Language language, const ScreenAccess& a,
                 const AccessMinimums& m) {
    std::printf("%s (%s)%s\n", name.c_str(), languageCode(language), shortfalls(a).c_str());
    if (a.smallestTarget) {
        const TargetFinding& t = *a.smallestTarget;
        std::printf("  smallest target: %s %s%s\n",
                    printed("%.0f x %.0f mm,", t.widthMm, t.heightMm).c_str(),
                    quoted(t.label).c_str(),
                    a.targetTooSmall ? printed(" (under %.0f mm)", m.targetMm).c_str() : "");
    } else {
        std::printf("  smallest target: none (nothing to touch but the screen)\n");
    }
    if (a.smallestText) {
        const TextFinding& t = *a.smallestText;
        std::printf(
            "  smallest text: %s %s%s\n",
            printed("%.1f mm, legible from %.2f m:", t.typeMm, t.farthestMm / 1000).c_str(),
            quoted(t.text).c_str(),
            a.textTooSmall ? printed(" (not from %.2f m)", m.readingMm / 1000).c_str() : "");
    }
    for (const CodeFinding& c : a.codes)
        std::printf(
            "  QR code: %s %d modules, %s %s%s\n", printed("%.2f mm a module,", c.moduleMm).c_str(),
            c.modules, printed("%.0f mm across:", c.sideMm).c_str(), shortened(c.link, 60).c_str(),
            c.moduleMm < m.codeModuleMm - 1e-6 ? printed(" (under %.1f mm)", m.codeModuleMm).c_str()
                                               : "");
    for (const ReachFinding& r : a.outOfReach)
        std::printf("  out of reach: %s %s\n", quoted(r.label).c_str(),
                    printed(r.above ? "%.0f to %.0f mm up, above the band"
                                    : "%.0f to %.0f mm up, below the band",
                            r.lowMm, r.highMm)
                        .c_str());
}

void printHeading(const CheckRig& rig, const AccessMinimums& m) {
    const ScreenGeometry& g = rig.geometry;
    if (!g.physical().configured)
        std::printf(
            "no screen size and height configured (display.diagonal_inches and "
            "display.bottom_edge_mm, or --diagonal-inches and --bottom-edge-mm): measuring as the "
            "lobby's screen\n");
    const RowSpan rows = reachableRows(g, m.reach);
    std::printf("screen: %s, %.3f mm a pixel\n", describe(g).c_str(), g.mmPerPx());
    std::printf("reach: %.0f to %.0f mm above the floor, rows %.0f to %.0f; reach mode %s\n",
                m.reach.lowMm, m.reach.highMm, rows.top, rows.bottom,
                rig.options.access.reach ? "on" : "off");
    std::printf(
        "minimums: targets %.0f mm on their shorter side; text legible from %.2f m (kanji "
        "%.0f', Latin capitals %.0f' of arc)\n\n",
        m.targetMm, m.readingMm / 1000, leastMinutesOfArc(Script::Japanese),
        leastMinutesOfArc(Script::Latin));
}

// Measures and prints every visitor screen in every language; how many fail.
int checkAll(CheckRig& rig, const AccessMinimums& m) {
    printHeading(rig, m);
    int failing = 0, checked = 0;
    for (const std::string& code : rig.pack.manifest.languages) {
        Language language;
        if (!parseLanguageCode(code, language)) continue;
        for (const ScreenRef& screen : visitorScreens(rig.pack)) {
            const ScreenAccess a = measure(rig, screen, language);
            const std::string name =
                screenName(screen.id) + (screen.param.empty() ? "" : ":" + screen.param);
            printScreen(name, language, a, m);
            ++checked;
            if (!a.passes()) ++failing;
        }
    }
    std::printf("\n%d of %d screens fall short\n", failing, checked);
    return failing;
}

}  // namespace

int runAccessCheck(const AppOptions& options, const std::string& packDir) {
    std::optional<Pack> pack = loadPackForKiosk(packDir);
    if (!pack) return 1;
    const HeadlessOptions& size = options.headless;
    const ScreenRotation turn{options.config.display.rotation, float(size.width),
                              float(size.height)};
    const float width = turn.contentWidth(), height = turn.contentHeight();
    const float shortSide = std::min(width, height);
    ImGuiContextScope imgui;
    platform::NullDisplaySettings displaySettings;
    displaySettings.width = size.width;
    displaySettings.height = size.height;
    platform::NullDisplay display(displaySettings);
    ui::LanguageFonts fonts;
    if (!buildKioskFonts(*pack, options, shortSide, fonts)) return 1;
    std::string error;
    if (!display.startImGui(error)) return 1;
    KioskApp app(*pack, fonts, SessionSettings{}, shortSide);
    const PhysicalScreen physical = physicalScreenOf(options.config.display);
    app.setPhysicalScreen(physical);
    app.recordEveryFrame(true);
    CheckRig rig{*pack, app, display, options, ScreenGeometry(physical, width, height)};
    return checkAll(rig, AccessMinimums{}) == 0 ? 0 : 3;
}

}  // namespace kiosk
