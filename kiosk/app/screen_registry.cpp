#include "screen_registry.hpp"

#include "screens/title_screen.hpp"

namespace kiosk {

namespace {

void drawTitle(const ScreenContext& context, const ui::Fonts& fonts) {
    ui::drawTitleScreen({context.pack, context.language, context.secondsShown}, fonts);
}

const std::vector<ScreenEntry> kScreens = {
    {"title", ui::kTitleSettleSeconds, drawTitle},
};

}  // namespace

const std::vector<ScreenEntry>& registeredScreens() { return kScreens; }

const ScreenEntry* findScreen(const std::string& name) {
    for (const auto& s : kScreens)
        if (name == s.name) return &s;
    return nullptr;
}

std::string screenNames() {
    std::string out;
    for (const auto& s : kScreens) out += (out.empty() ? "" : ", ") + std::string(s.name);
    return out;
}

}  // namespace kiosk
