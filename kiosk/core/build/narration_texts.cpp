#include "build/narration_texts.hpp"

#include <algorithm>
#include <set>

#include "content/date_format.hpp"
#include "text/text_template.hpp"
#include "text/utf8.hpp"

namespace kiosk {

namespace {

// Spaces and the separators that stand between a template's parts.
bool isTrimmed(char32_t c) {
    return c == U' ' || c == U'\u3000' || c == U'·' || c == U'・' || c == U':' || c == U'：' ||
           c == U',' || c == U'、' || c == U'–' || c == U'-' || c == U'(' || c == U')' ||
           c == U'（' || c == U'）' || c == U'/';
}

std::string trimmed(const std::string& text) {
    std::u32string s = decodeUtf8(text);
    size_t first = 0, last = s.size();
    while (first < last && isTrimmed(s[first])) ++first;
    while (last > first && isTrimmed(s[last - 1])) --last;
    return encodeUtf8(s.substr(first, last - first));
}

EventDate dayOf(const CalendarDate& date) {
    EventDate d;
    d.precision = DatePrecision::Day;
    d.start = d.end = date;
    return d;
}

class TextList {
  public:
    void add(Language language, const std::string& text) {
        if (!text.empty() && seen_.insert({language, text}).second)
            list_.push_back({language, text, false, ""});
    }
    // A place as `language`'s screens name it (Pack::placeName).
    void addPlace(Language language, const Pack& pack, const Municipality& place) {
        const std::string name = pack.placeName(place.code, language);
        if (name.empty() || !seen_.insert({language, name}).second) return;
        const bool prefecture = place.name == place.prefecture;
        list_.push_back(
            {language, name, true, prefecture ? std::string() : place.prefecture, place.reading});
    }
    std::vector<NarrationText> take() { return std::move(list_); }

  private:
    std::set<std::pair<Language, std::string>> seen_;
    std::vector<NarrationText> list_;
};

// Municipalities the map and partners screens name: every region on the map,
// every member, every place an event names.
std::vector<const Municipality*> shownMunicipalities(const Pack& pack) {
    std::set<std::string> codes;
    if (pack.map)
        for (const auto& r : pack.map->municipalities.regions) codes.insert(r.code);
    for (const auto& a : pack.associations) codes.insert(a.members.begin(), a.members.end());
    for (const auto& e : pack.events) codes.insert(e.places.begin(), e.places.end());
    std::vector<const Municipality*> out;
    for (const auto& code : codes)
        if (const Municipality* m = pack.findMunicipality(code)) out.push_back(m);
    return out;
}

void addContent(const Pack& pack, Language l, TextList& list) {
    for (const auto& e : pack.events) {
        list.add(l, formatEventDate(e.date, l));
        list.add(l, e.title.in(l));
        list.add(l, e.summary.in(l));
    }
    const std::string membersCount = pack.text("members_count", l);
    for (const auto& a : pack.associations) {
        list.add(l, a.name.in(l));
        list.add(l, fillTemplate(membersCount, {{"n", std::to_string(a.members.size())}}));
        list.add(l, formatEventDate(dayOf(a.agreementDate), l));
    }
    list.add(l, pack.stats.asOf.in(l));
    for (const auto& y : pack.stats.years) list.add(l, y.label.in(l));
    for (const auto& series : pack.stats.series) {
        list.add(l, series.label.in(l));
        for (const auto& v : series.values)
            if (v) list.add(l, groupThousands(*v));  // the figure as the screen shows it
    }
    for (const auto& note : pack.stats.notes) list.add(l, note.in(l));
    for (const auto& c : pack.companies) {
        list.add(l, c.name.in(l));
        list.add(l, formatEventDate(dayOf(c.agreementDate), l));
    }
}

}  // namespace

std::vector<std::string> templatePieces(const std::string& pattern) {
    std::vector<std::string> pieces;
    size_t at = 0;
    while (at <= pattern.size()) {
        const size_t open = pattern.find('{', at);
        const size_t close = open == std::string::npos ? open : pattern.find('}', open);
        const size_t end = close == std::string::npos ? pattern.size() : open;
        const std::string piece = trimmed(pattern.substr(at, end - at));
        if (!piece.empty()) pieces.push_back(piece);
        if (close == std::string::npos) break;
        at = close + 1;
    }
    return pieces;
}

int largestComposedNumber(const Pack& pack) {
    size_t largest = std::max<size_t>(200, pack.events.size());
    for (const auto& a : pack.associations) largest = std::max(largest, a.members.size());
    return int(largest);
}

std::vector<std::string> composedNumbers(const Pack& pack) {
    std::set<long long> numbers;
    for (int n = 0; n <= largestComposedNumber(pack); ++n) numbers.insert(n);
    for (const auto& e : pack.events)
        if (e.date.timelineYear()) numbers.insert(e.date.timelineYear());
    for (const auto& y : pack.stats.years) numbers.insert(y.fiscalYear);
    for (const auto& s : pack.stats.series)
        for (const auto& v : s.values)
            if (v) numbers.insert(*v);
    numbers.insert(long(pack.associations.size()));
    numbers.insert(long(pack.companies.size()));
    std::vector<std::string> out;
    for (long long n : numbers) out.push_back(std::to_string(n));
    return out;
}

std::vector<Language> narratedLanguages(const Pack& pack) {
    std::vector<Language> out = {Language::Japanese, Language::English};
    for (const std::string& code : pack.manifest.languages)
        if (code == languageCode(Language::Korean)) out.push_back(Language::Korean);
    return out;
}

std::vector<NarrationText> narrationTexts(const Pack& pack) {
    TextList list;
    const std::vector<const Municipality*> places = shownMunicipalities(pack);
    for (const Language l : narratedLanguages(pack)) {
        for (const auto& [key, text] : pack.strings)
            for (const std::string& piece : templatePieces(text.in(l))) list.add(l, piece);
        addContent(pack, l, list);
        std::set<std::string> prefectures;
        for (const Municipality* m : places) {
            prefectures.insert(m->code.substr(0, 2) + "000");
            list.addPlace(l, pack, *m);
        }
        for (const std::string& code : prefectures)
            if (const Municipality* p = pack.findMunicipality(code)) list.addPlace(l, pack, *p);
        for (const std::string& n : composedNumbers(pack)) list.add(l, n);
    }
    return list.take();
}

}  // namespace kiosk
