#pragma once
#include <array>
#include <string>

namespace kiosk {

// The languages a visitor can choose. Japanese and English are every pack's
// base (Tokyo's guideline for signs in public places); Chinese in both scripts
// and Korean are offered where a pack declares them. The order is the order of
// the language list on screen.
enum class Language { Japanese, English, ChineseSimplified, ChineseTraditional, Korean };
constexpr int kLanguageCount = 5;

const std::array<Language, kLanguageCount>& allLanguages();
int languageIndex(Language language);

// The BCP 47 tag packs use: "ja", "en", "zh-Hans", "zh-Hant", "ko".
const char* languageCode(Language language);
bool parseLanguageCode(const std::string& code, Language& out);
// The language's name in itself, as the language list shows it: 日本語,
// English, 简体中文, 繁體中文, 한국어.
const char* languageOwnName(Language language);
// Its name in English, for staff-facing messages ("Simplified Chinese").
const char* languageEnglishName(Language language);

// Whether the language's text is set without spaces between words, so that
// it breaks between characters (Japanese, Chinese), and whose Han characters
// need the glyph forms of that language.
bool usesHanWithoutSpaces(Language language);

// What separates the items of a run-in list of names: 「・」 in Japanese,
// 「、」 in Chinese, ", " in English and Korean.
const char* listSeparator(Language language);

// A text a visitor can see, in each language the pack has written it in.
struct LocalizedText {
    // The last three start empty, so that a text written {ja, en} is whole
    // (and the compiler does not ask for the languages it leaves out).
    std::string ja;
    std::string en;
    std::string zhHans{};
    std::string zhHant{};
    std::string ko{};

    const std::string& exactly(Language language) const;
    std::string& exactly(Language language);

    // The text in `language`, or, where that one is missing, the nearest
    // language a reader of it may follow: zh-Hant falls back to zh-Hans and
    // zh-Hans to zh-Hant (the same language in the other script), then both
    // to English; Korean to English; English to Japanese and Japanese to
    // English. The validator reports each missing text.
    const std::string& in(Language language) const;
    // The language `in(language)` takes its text from.
    Language shownIn(Language language) const;
    bool empty() const;
};

}  // namespace kiosk
