#include "config/setting_text.hpp"

#include <cmath>

#include "config/config_json.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

// 60 rather than 60.0; 2.5 as it is.
std::string numberText(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return json(value).dump();
}

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

}  // namespace

std::string defaultText(const Setting& setting) {
    const json value = settingToJson(setting, KioskConfig{});
    if (value.is_null()) return "none";
    if (value.is_string())
        return value.get<std::string>().empty() ? "none" : value.get<std::string>();
    if (value.is_number()) return numberText(value.get<double>());
    if (value.is_array()) {
        std::string out;
        for (const auto& item : value) out += (out.empty() ? "" : " ") + item.get<std::string>();
        return out.empty() ? "none" : out;
    }
    return value.dump();
}

std::string allowedText(const Setting& setting) {
    switch (setting.kind) {
        case SettingKind::Whole:
        case SettingKind::Number:
            return numberText(setting.min) + " to " + numberText(setting.max);
        case SettingKind::Bytes:
            return numberText(setting.min) + " to " + numberText(setting.max) + " bytes";
        case SettingKind::Choice:
        case SettingKind::WholeChoice:
            return listed(setting.choices);
        default:
            return "";
    }
}

std::string describe(const Setting& setting) {
    std::string text = setting.doc + " (default " + defaultText(setting);
    if (const std::string allowed = allowedText(setting); !allowed.empty()) text += "; " + allowed;
    return text + ")";
}

std::string flagHelp(const Setting& setting) {
    if (setting.flagChoice.empty()) return describe(setting);
    return describe(setting) + "; " + setting.flag + " sets " + setting.flagChoice;
}

}  // namespace kiosk
