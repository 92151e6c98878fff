#pragma once
#include <string>

namespace kiosk {

// The two languages every visitor-facing text comes in.
enum class Language { Japanese, English };

const char* languageCode(Language language);
bool parseLanguageCode(const std::string& code, Language& out);

// A text a visitor can see, in both languages.
struct LocalizedText {
    std::string ja;
    std::string en;

    // Falls back to the other language when one is empty, so a missing
    // translation shows something (the validator warns about it).
    const std::string& in(Language language) const;
    bool empty() const { return ja.empty() && en.empty(); }
};

}  // namespace kiosk
