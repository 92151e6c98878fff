#include "content/language_coverage.hpp"

#include <algorithm>

#include "content/manifest.hpp"

namespace kiosk {

namespace {

constexpr size_t kFirstMissingShown = 3;

bool hasAnyLanguage(const TextField& text) {
    for (const Language language : allLanguages())
        if (!text.in(language).empty()) return true;
    return false;
}

bool errorAt(const ProblemList& problems, const TextField& text) {
    for (const auto& p : problems.all())
        if (p.severity == Problem::Severity::Error && p.file == text.file &&
            p.pointer == text.pointer)
            return true;
    return false;
}

std::string firstMissing(const LanguageCoverage& c) {
    std::string out;
    for (size_t i = 0; i < c.missing.size() && i < kFirstMissingShown; ++i)
        out += (i ? ", " : "") + c.missing[i];
    return out;
}

}  // namespace

std::vector<LanguageCoverage> languageCoverage(const std::vector<TextField>& texts,
                                               const std::vector<std::string>& declared) {
    std::vector<LanguageCoverage> out;
    for (const Language language : allLanguages()) {
        LanguageCoverage c;
        c.language = language;
        c.declared =
            std::find(declared.begin(), declared.end(), languageCode(language)) != declared.end();
        c.texts = texts.size();
        for (const auto& t : texts) {
            if (!t.in(language).empty())
                ++c.present;
            else
                c.missing.push_back(t.place());
        }
        out.push_back(std::move(c));
    }
    return out;
}

void reportLanguageCoverage(const std::vector<LanguageCoverage>& coverage,
                            const std::vector<TextField>& texts, ProblemList& problems) {
    for (const auto& c : coverage) {
        if (!c.declared || c.missing.empty()) continue;
        problems.warning(kManifestFile, "/languages",
                         std::string(languageCode(c.language)) + ": " +
                             std::to_string(c.missing.size()) + " of " + std::to_string(c.texts) +
                             " texts lack it and show another language, first " + firstMissing(c));
    }
    for (const auto& t : texts)
        if (!hasAnyLanguage(t) && !errorAt(problems, t))
            problems.error(t.file, t.pointer, "has no text in any language");
}

std::vector<LanguageCoverage> packLanguageCoverage(const std::string& root,
                                                   const Manifest& manifest) {
    const auto documents = readTextDocuments(root, manifest.content);
    return languageCoverage(findTextFields(documents), manifest.languages);
}

void checkPackLanguages(const std::string& root, const Manifest& manifest, ProblemList& problems) {
    const auto documents = readTextDocuments(root, manifest.content);
    const auto texts = findTextFields(documents);
    reportLanguageCoverage(languageCoverage(texts, manifest.languages), texts, problems);
}

}  // namespace kiosk
