#include "content/localized_text.hpp"

namespace kiosk {

const char* languageCode(Language language) {
    return language == Language::Japanese ? "ja" : "en";
}

bool parseLanguageCode(const std::string& code, Language& out) {
    if (code == "ja") {
        out = Language::Japanese;
        return true;
    }
    if (code == "en") {
        out = Language::English;
        return true;
    }
    return false;
}

const std::string& LocalizedText::in(Language language) const {
    const std::string& wanted = language == Language::Japanese ? ja : en;
    if (!wanted.empty()) return wanted;
    return language == Language::Japanese ? en : ja;
}

}  // namespace kiosk
