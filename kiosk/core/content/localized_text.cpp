#include "content/localized_text.hpp"

namespace kiosk {

namespace {

struct LanguageNames {
    Language language;
    const char* code;
    const char* ownName;
    const char* englishName;
};

constexpr std::array<LanguageNames, kLanguageCount> kNames = {{
    {Language::Japanese, "ja", "日本語", "Japanese"},
    {Language::English, "en", "English", "English"},
    {Language::ChineseSimplified, "zh-Hans", "简体中文", "Simplified Chinese"},
    {Language::ChineseTraditional, "zh-Hant", "繁體中文", "Traditional Chinese"},
    {Language::Korean, "ko", "한국어", "Korean"},
}};

// Where each language looks next when an item lacks it, nearest first.
using FallbackOrder = std::array<Language, kLanguageCount>;
const FallbackOrder& fallbackOrder(Language language) {
    using L = Language;
    static const std::array<FallbackOrder, kLanguageCount> orders = {{
        {L::Japanese, L::English, L::ChineseTraditional, L::ChineseSimplified, L::Korean},
        {L::English, L::Japanese, L::ChineseSimplified, L::ChineseTraditional, L::Korean},
        {L::ChineseSimplified, L::ChineseTraditional, L::English, L::Japanese, L::Korean},
        {L::ChineseTraditional, L::ChineseSimplified, L::English, L::Japanese, L::Korean},
        {L::Korean, L::English, L::Japanese, L::ChineseSimplified, L::ChineseTraditional},
    }};
    return orders[size_t(languageIndex(language))];
}

}  // namespace

const std::array<Language, kLanguageCount>& allLanguages() {
    static const std::array<Language, kLanguageCount> all = {
        Language::Japanese, Language::English, Language::ChineseSimplified,
        Language::ChineseTraditional, Language::Korean};
    return all;
}

int languageIndex(Language language) {
    return static_cast<int>(language);
}

const char* languageCode(Language language) {
    return kNames[size_t(languageIndex(language))].code;
}

const char* languageOwnName(Language language) {
    return kNames[size_t(languageIndex(language))].ownName;
}

const char* languageEnglishName(Language language) {
    return kNames[size_t(languageIndex(language))].englishName;
}

bool parseLanguageCode(const std::string& code, Language& out) {
    for (const LanguageNames& names : kNames) {
        if (code == names.code) {
            out = names.language;
            return true;
        }
    }
    return false;
}

const char* listSeparator(Language language) {
    switch (language) {
        case Language::Japanese:
            return "・";
        case Language::ChineseSimplified:
        case Language::ChineseTraditional:
            return "、";
        default:
            return ", ";
    }
}

bool usesHanWithoutSpaces(Language language) {
    return language == Language::Japanese || language == Language::ChineseSimplified ||
           language == Language::ChineseTraditional;
}

const std::string& LocalizedText::exactly(Language language) const {
    switch (language) {
        case Language::Japanese:
            return ja;
        case Language::English:
            return en;
        case Language::ChineseSimplified:
            return zhHans;
        case Language::ChineseTraditional:
            return zhHant;
        case Language::Korean:
            return ko;
    }
    return ja;
}

std::string& LocalizedText::exactly(Language language) {
    return const_cast<std::string&>(static_cast<const LocalizedText&>(*this).exactly(language));
}

Language LocalizedText::shownIn(Language language) const {
    for (const Language candidate : fallbackOrder(language))
        if (!exactly(candidate).empty()) return candidate;
    return language;
}

const std::string& LocalizedText::in(Language language) const {
    return exactly(shownIn(language));
}

bool LocalizedText::empty() const {
    for (const Language l : allLanguages())
        if (!exactly(l).empty()) return false;
    return true;
}

}  // namespace kiosk
