#include "session/screen_id.hpp"

namespace kiosk {

std::string screenName(ScreenId id) {
    return std::string(kScreenNames[size_t(id)]);
}

std::optional<ScreenId> parseScreenName(std::string_view text) {
    for (ScreenId id : kAllScreens)
        if (kScreenNames[size_t(id)] == text) return id;
    return std::nullopt;
}

std::optional<ScreenRef> parseScreenRef(std::string_view text) {
    const size_t colon = text.find(':');
    const auto id = parseScreenName(text.substr(0, colon));
    if (!id) return std::nullopt;
    return ScreenRef{
        *id, colon == std::string_view::npos ? std::string() : std::string(text.substr(colon + 1))};
}

}  // namespace kiosk
