#include "session/language_switch.hpp"

#include <algorithm>

namespace kiosk {

namespace {

bool isChinese(Language l) {
    return l == Language::ChineseSimplified || l == Language::ChineseTraditional;
}

}  // namespace

std::string languageSwitchLabel(Language current, const std::vector<Language>& offered) {
    std::string label;
    bool chineseNamed = false;
    for (const Language l : offered) {
        if (l == current) continue;
        const bool bothChinese =
            isChinese(l) && std::count_if(offered.begin(), offered.end(), [&](Language o) {
                                return isChinese(o) && o != current;
                            }) == 2;
        if (bothChinese && chineseNamed) continue;
        if (!label.empty()) label += " · ";
        label += bothChinese ? "中文" : languageOwnName(l);
        chineseNamed = chineseNamed || bothChinese;
    }
    return label;
}

Intent languageSwitchIntent(Language current, const std::vector<Language>& offered) {
    if (offered.size() == 2) {
        const Language other = offered[0] == current ? offered[1] : offered[0];
        return Intent::setLanguage(other);
    }
    if (offered.size() < 2) return Intent::none();
    return Intent::open(ScreenId::Language);
}

Language companionLanguage(Language language) {
    return language == Language::Japanese ? Language::English : Language::Japanese;
}

}  // namespace kiosk
