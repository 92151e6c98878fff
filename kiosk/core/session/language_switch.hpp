#pragma once
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "session/navigation.hpp"

namespace kiosk {

// The language button in the bottom bar names the languages a visitor can
// switch to, each in its own name, so that a reader of any of them finds it
// without reading the language on screen: "English · 中文 · 한국어" while
// Japanese shows. The two Chinese scripts share one name on the button
// ("中文"); the language list names each.
std::string languageSwitchLabel(Language current, const std::vector<Language>& offered);

// What the button does: with two languages it switches to the other at once
// (one touch, as before more were offered); with more it opens the list.
Intent languageSwitchIntent(Language current, const std::vector<Language>& offered);

// The language a text is shown beside the visitor's in, where a screen shows
// two (the title slide, Home's heading, "still there?"): English beside
// Japanese, and Japanese, the language of the place, beside all others.
Language companionLanguage(Language language);

}  // namespace kiosk
