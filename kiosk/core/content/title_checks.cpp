#include "content/title_checks.hpp"

#include <map>

#include "content/cross_checks.hpp"
#include "content/localized_text.hpp"

namespace kiosk {

namespace {

// The languages the pack declares, known to the kiosk, in the pack's order.
std::vector<std::pair<Language, std::string>> offeredLanguages(const Pack& pack) {
    std::vector<std::pair<Language, std::string>> languages;
    for (const auto& code : pack.manifest.languages) {
        Language language;
        if (parseLanguageCode(code, language)) languages.emplace_back(language, code);
    }
    return languages;
}

}  // namespace

void checkDistinctTitles(const Pack& pack, ProblemList& problems) {
    for (const auto& [language, code] : offeredLanguages(pack)) {
        // (year, title) -> the first event of that year with that title
        std::map<std::pair<int, std::string>, const Event*> firstWithTitle;
        for (const auto& e : pack.events) {
            const std::string& title = e.title.exactly(language);
            const int year = e.date.timelineYear();
            if (title.empty() || year == 0) continue;
            const auto [it, fresh] = firstWithTitle.emplace(std::make_pair(year, title), &e);
            if (fresh) continue;
            const Event& first = *it->second;
            problems.warning(e.file, eventPointer(e) + "/title/" + code,
                             "\"" + title + "\" is also the title of " + first.id + " (" +
                                 first.file + ") in " + std::to_string(year) + "; expected " +
                                 e.id + " to have a title of its own that says what happened");
        }
    }
}

}  // namespace kiosk
