#include "content/pack.hpp"

namespace kiosk {

namespace {
struct CategoryName {
    EventCategory category;
    const char* id;
};
const CategoryName kCategoryNames[] = {
    {EventCategory::Agreement, "agreement"},
    {EventCategory::EventFair, "event_fair"},
    {EventCategory::Exhibition, "exhibition"},
    {EventCategory::LectureSymposium, "lecture_symposium"},
    {EventCategory::MayorsMeeting, "mayors_meeting"},
    {EventCategory::NationalPolicy, "national_policy"},
    {EventCategory::PublicationWeb, "publication_web"},
    {EventCategory::Other, "other"},
};
const std::vector<EventCategory> kAllCategories = {
    EventCategory::Agreement,        EventCategory::EventFair,     EventCategory::Exhibition,
    EventCategory::LectureSymposium, EventCategory::MayorsMeeting, EventCategory::NationalPolicy,
    EventCategory::PublicationWeb,   EventCategory::Other};
}  // namespace

const char* categoryId(EventCategory category) {
    for (const auto& c : kCategoryNames)
        if (c.category == category) return c.id;
    return "other";
}

std::optional<EventCategory> parseCategoryId(const std::string& id) {
    for (const auto& c : kCategoryNames)
        if (id == c.id) return c.category;
    return std::nullopt;
}

const std::vector<EventCategory>& allCategories() {
    return kAllCategories;
}

const char* precisionId(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Day:
            return "day";
        case DatePrecision::Days:
            return "days";
        case DatePrecision::Range:
            return "range";
        case DatePrecision::Month:
            return "month";
        case DatePrecision::Unknown:
            return "unknown";
    }
    return "unknown";
}

const Event* Pack::findEvent(const std::string& id) const {
    for (const auto& e : events)
        if (e.id == id) return &e;
    return nullptr;
}

const Association* Pack::findAssociation(const std::string& id) const {
    for (const auto& a : associations)
        if (a.id == id) return &a;
    return nullptr;
}

const Municipality* Pack::findMunicipality(const std::string& code) const {
    for (const auto& m : municipalities)
        if (m.code == code) return &m;
    return nullptr;
}

const QrMatrix* Pack::findLinkCode(const std::string& link) const {
    const auto it = linkCodes.find(link);
    return it == linkCodes.end() ? nullptr : &it->second;
}

std::string Pack::placeName(const std::string& code, Language language) const {
    const Municipality* m = findMunicipality(code.size() == 2 ? code + "000" : code);
    if (!m) return code;
    const std::string& shown = m->shownName.in(language);
    return shown.empty() ? m->name : shown;
}

std::vector<std::string> Pack::placeWithPrefecture(const std::string& code,
                                                   Language language) const {
    const Municipality* m = findMunicipality(code);
    const std::string prefecture = code.substr(0, 2) + "000";
    if (!m || code == prefecture || !findMunicipality(prefecture))
        return {placeName(code, language)};
    // English names the smaller place first; the others go from the larger.
    if (language == Language::English)
        return {placeName(code, language), placeName(prefecture, language)};
    return {placeName(prefecture, language), placeName(code, language)};
}

std::string Pack::placeLine(const std::string& code, Language language) const {
    const std::vector<std::string> parts = placeWithPrefecture(code, language);
    std::string line;
    for (const std::string& part : parts)
        line += (line.empty() ? "" : language == Language::English ? ", " : " ") + part;
    return line;
}

const LocalizedText* Pack::findString(const std::string& key) const {
    const auto it = strings.find(key);
    return it == strings.end() ? nullptr : &it->second;
}

std::string Pack::text(const std::string& key, Language language) const {
    const LocalizedText* found = findString(key);
    return found ? found->in(language) : key;
}

}  // namespace kiosk
