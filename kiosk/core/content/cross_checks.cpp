#include "content/cross_checks.hpp"

#include <map>
#include <set>

#include "content/json_reader.hpp"
#include "content/ui_strings.hpp"

namespace kiosk {

std::string eventPointer(const Event& event) {
    return childPointer("/events", event.indexInFile);
}

namespace {

using EventsById = std::map<std::string, const Event*>;

// The events by id; an id used twice is reported.
EventsById indexEventIds(const Pack& pack, ProblemList& problems) {
    EventsById events;
    for (const auto& e : pack.events) {
        auto [it, fresh] = events.emplace(e.id, &e);
        if (!fresh)
            problems.error(e.file, eventPointer(e) + "/id",
                           "id \"" + e.id + "\" is used twice (also in " + it->second->file +
                               "); expected unique ids");
    }
    return events;
}

// Associations and companies share one set of ids.
void checkPartnerIds(const Pack& pack, ProblemList& problems) {
    const auto& files = pack.manifest.content;
    std::set<std::string> ids;
    for (size_t i = 0; i < pack.associations.size(); ++i)
        if (!ids.insert(pack.associations[i].id).second)
            problems.error(
                files.partners,
                childPointer("/associations", pack.associations[i].indexInFile) + "/id",
                "\"" + pack.associations[i].id + "\" is used twice; expected unique ids");
    for (size_t i = 0; i < pack.companies.size(); ++i)
        if (!ids.insert(pack.companies[i].id).second)
            problems.error(files.partners,
                           childPointer("/companies", pack.companies[i].indexInFile) + "/id",
                           "\"" + pack.companies[i].id + "\" is used twice; expected unique ids");
}

// Each event's associations, places and "after" event name something there.
void checkEventReferences(const Pack& pack, const EventsById& events,
                          const std::set<std::string>& codes, ProblemList& problems) {
    const bool haveMunicipalities = !pack.municipalities.empty();
    for (const auto& e : pack.events) {
        for (const auto& a : e.associations)
            if (!pack.findAssociation(a))
                problems.error(e.file, eventPointer(e) + "/associations",
                               "\"" + a + "\" is not an association of partners.json");
        if (haveMunicipalities)
            for (const auto& p : e.places)
                if (!codes.count(p))
                    problems.error(e.file, eventPointer(e) + "/places",
                                   "\"" + p + "\" is not in the municipality list");
        if (!e.date.known() && !e.date.after.empty() && !events.count(e.date.after))
            problems.error(e.file, eventPointer(e) + "/date/after",
                           "\"" + e.date.after + "\" is not an event id");
    }
}

// A pack without a municipality list has no codes to hold members to.
void checkMemberCodes(const Pack& pack, const std::set<std::string>& codes, ProblemList& problems) {
    const auto& files = pack.manifest.content;
    const bool haveMunicipalities = !pack.municipalities.empty();
    if (haveMunicipalities)
        for (size_t i = 0; i < pack.associations.size(); ++i)
            for (const auto& m : pack.associations[i].members)
                if (!codes.count(m))
                    problems.error(files.partners,
                                   childPointer("/associations", pack.associations[i].indexInFile) +
                                       "/members",
                                   "\"" + m + "\" is not in the municipality list");
}

void checkSlideEvents(const Pack& pack, const EventsById& events, ProblemList& problems) {
    const auto& files = pack.manifest.content;
    for (size_t i = 0; i < pack.playlist.size(); ++i) {
        const Slide& s = pack.playlist[i];
        // An event slide without "event" is already reported as missing it.
        if (s.type == "event" && !s.event.empty() && !events.count(s.event))
            problems.error(files.playlist, childPointer("/slides", s.indexInFile) + "/event",
                           "\"" + s.event + "\" is not an event id");
    }
}

void checkUiStrings(const Pack& pack, ProblemList& problems) {
    const auto& files = pack.manifest.content;
    for (const auto& key : requiredUiStringKeys())
        if (!pack.strings.count(key))
            problems.error(
                files.strings, childPointer("", key),
                "missing; the kiosk draws this UI string (expected {\"ja\": …, \"en\": …})");
}

}  // namespace

void checkReferences(const Pack& pack, ProblemList& problems) {
    const EventsById events = indexEventIds(pack, problems);
    checkPartnerIds(pack, problems);
    std::set<std::string> codes;
    for (const auto& m : pack.municipalities) codes.insert(m.code);
    checkEventReferences(pack, events, codes, problems);
    checkMemberCodes(pack, codes, problems);
    checkSlideEvents(pack, events, problems);
    checkUiStrings(pack, problems);
}

void checkTimeline(const Pack& pack, ProblemList& problems) {
    const Event* previous = nullptr;
    for (const auto& e : pack.events) {
        if (!e.date.known()) {
            if (e.date.yearHint == 0 && e.date.after.empty())
                problems.warning(
                    e.file, eventPointer(e) + "/date",
                    "date unknown with neither year nor after; it goes to the end of the timeline");
            continue;
        }
        if (previous && e.date.start < previous->date.start)
            problems.warning(e.file, eventPointer(e) + "/date/start",
                             e.date.start.iso() + " comes after " + previous->id + " (" +
                                 previous->date.start.iso() + "); expected timeline order");
        previous = &e;
        if (e.era.empty()) continue;
        const auto era = eraOf(e.date.start);
        const auto eraYear = gregorianYearOfEraLabel(e.era);
        if (!eraYear)
            problems.warning(
                e.file, eventPointer(e) + "/era",
                "\"" + e.era + "\" is not an era year; expected e.g. 平成28年 or 令和元年");
        else if (era && era->labelJa() != e.era)
            problems.warning(e.file, eventPointer(e) + "/era",
                             "\"" + e.era + "\" disagrees with the date " + e.date.start.iso() +
                                 " (" + era->labelJa() + ")");
    }
}

}  // namespace kiosk
