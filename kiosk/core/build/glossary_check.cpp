#include "build/glossary_check.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "content/json_reader.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

constexpr size_t kFoundShownChars = 60;

size_t codePoints(const std::string& s) {
    return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The first `limit` characters of a UTF-8 string, "…" marking a cut.
std::string shortened(const std::string& s, size_t limit) {
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if ((s[i] & 0xC0) != 0x80 && chars++ == limit) return s.substr(0, i) + "…";
    return s;
}

std::string asciiLower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return s;
}

bool contains(const std::string& text, const std::string& rendering, Language language) {
    if (language == Language::English)
        return asciiLower(text).find(asciiLower(rendering)) != std::string::npos;
    return text.find(rendering) != std::string::npos;
}

// Blanks every occurrence of `term` in `japanese` (so that a shorter term
// inside it is not counted again); true when there was one.
bool takeTerm(std::string& japanese, const std::string& term) {
    bool found = false;
    for (size_t at = japanese.find(term); at != std::string::npos;
         at = japanese.find(term, at + term.size())) {
        std::fill(japanese.begin() + long(at), japanese.begin() + long(at + term.size()), '\0');
        found = true;
    }
    return found;
}

std::optional<GlossaryTerm> parseTerm(JsonReader& reader, const json& entry,
                                      const std::string& pointer,
                                      const std::vector<std::string>& languages) {
    if (!reader.requireObject(entry, pointer)) return {};
    GlossaryTerm term;
    bool ok = true;
    for (const auto& [key, value] : entry.items()) {
        const std::string where = childPointer(pointer, key);
        Language language;
        if (!parseLanguageCode(key, language)) {
            reader.error(where, "unknown key; expected language codes only");
            ok = false;
        } else if (!value.is_string() || value.get<std::string>().empty()) {
            reader.error(where, "is not a rendering; expected a non-empty string");
            ok = false;
        } else if (language == Language::Japanese) {
            term.ja = value.get<std::string>();
        } else {
            term.renderings[language] = value.get<std::string>();
        }
    }
    if (!entry.contains("ja")) {
        reader.error(pointer, "lacks \"ja\", the term itself");
        ok = false;
    }
    for (const auto& code : languages)
        if (code != "ja" && !entry.contains(code)) {
            reader.error(pointer, "lacks \"" + code + "\"; the pack offers that language");
            ok = false;
        }
    if (!ok) return {};
    return term;
}

}  // namespace

std::optional<Glossary> parseGlossary(const json& document, const std::string& file,
                                      const std::vector<std::string>& languages,
                                      ProblemList& problems) {
    JsonReader reader(file, problems);
    if (!reader.requireObject(document, "")) return {};
    bool ok = true;
    for (const auto& [key, value] : document.items())
        if (key != "about" && key != "terms") {
            reader.error(childPointer("", key), "unknown key; expected \"about\" and \"terms\"");
            ok = false;
        }
    const json* terms = reader.field(document, "", "terms", true);
    if (!terms || !reader.requireArray(*terms, "/terms")) return {};
    Glossary glossary;
    std::set<std::string> seen;
    for (size_t i = 0; i < terms->size(); ++i) {
        const std::string pointer = childPointer("/terms", i);
        auto term = parseTerm(reader, (*terms)[i], pointer, languages);
        if (term && !seen.insert(term->ja).second) {
            reader.error(childPointer(pointer, "ja"),
                         "\"" + term->ja + "\" is already a term; expected one rendering each");
            term.reset();
        }
        if (term)
            glossary.terms.push_back(std::move(*term));
        else
            ok = false;
    }
    if (!ok) return {};
    std::stable_sort(glossary.terms.begin(), glossary.terms.end(),
                     [](const GlossaryTerm& a, const GlossaryTerm& b) {
                         return codePoints(a.ja) > codePoints(b.ja);
                     });
    return glossary;
}

void checkGlossary(const Glossary& glossary, const std::vector<TextField>& texts,
                   ProblemList& problems) {
    for (const auto& text : texts) {
        std::string japanese = text.in(Language::Japanese);
        if (japanese.empty()) continue;
        for (const auto& term : glossary.terms) {
            if (!takeTerm(japanese, term.ja)) continue;
            for (const auto& [language, rendering] : term.renderings) {
                const std::string found = text.in(language);
                if (found.empty() || contains(found, rendering, language)) continue;
                const std::string code = languageCode(language);
                problems.warning(text.file, childPointer(text.pointer, code),
                                 "glossary: " + term.ja + " reads \"" + rendering + "\" in " +
                                     code + "; found \"" + shortened(found, kFoundShownChars) +
                                     "\"");
            }
        }
    }
}

void checkSourceGlossary(const std::string& sourceRoot, const Manifest& manifest,
                         ProblemList& problems) {
    if (!std::filesystem::exists(std::filesystem::path(sourceRoot) / kTermGlossaryFile)) return;
    const auto document = readJsonFile(sourceRoot, kTermGlossaryFile, problems);
    if (!document) return;
    const auto glossary = parseGlossary(*document, kTermGlossaryFile, manifest.languages, problems);
    if (!glossary) return;
    const std::vector<TextDocument> documents = readTextDocuments(sourceRoot, manifest.content);
    checkGlossary(*glossary, findTextFields(documents), problems);
}

}  // namespace kiosk
